/** One function module call that reached the system. */
export interface CallRecord {
  functionModule: string;
  user: string;
  handle: number;
  at: Date;
}

/**
 * The latest calls of a system in a fixed-size ring buffer: once full, each new call overwrites
 * the oldest, so that recording stays constant-time however long the system runs.
 */
export class CallLog {
  readonly capacity: number;
  readonly #records: (CallRecord | undefined)[];
  /** Where the next record goes: the oldest record's slot once the buffer is full. */
  #next = 0;
  #size = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`A call log needs a positive capacity, not ${String(capacity)}`);
    }
    this.capacity = capacity;
    this.#records = new Array<CallRecord | undefined>(capacity).fill(undefined);
  }

  /** Remembers a call, forgetting the oldest one when the log is full. */
  record(call: CallRecord): void {
    this.#records[this.#next] = call;
    this.#next = (this.#next + 1) % this.capacity;
    this.#size = Math.min(this.#size + 1, this.capacity);
  }

  /** Forgets every call. */
  clear(): void {
    this.#records.fill(undefined);
    this.#next = 0;
    this.#size = 0;
  }

  /** Copies of the remembered calls, oldest first. */
  entries(): CallRecord[] {
    const start = (this.#next - this.#size + this.capacity) % this.capacity;
    const copies: CallRecord[] = [];
    for (let offset = 0; offset < this.#size; offset += 1) {
      const call = this.#records[(start + offset) % this.capacity];
      if (call !== undefined) copies.push({ ...call, at: new Date(call.at) });
    }
    return copies;
  }
}
