import { AppError } from '../../errors.ts';
import type {
  WriteContext,
  WriteFailure,
  WriteOutcome,
  WriteRequest,
} from '../../jobs/write-job.ts';
import { toProblem } from '../problem-details.ts';

/** One write of the API: how its input is checked, and what it does with checked input. */
export interface WriteOperation<I> {
  /** Checks the path's ids and the body; throws ValidationError naming every bad field. */
  parse(request: Pick<WriteRequest, 'params' | 'body'>): I;
  /** Performs the write and answers what the HTTP request answers. */
  run(input: I): Promise<WriteOutcome>;
  /**
   * Answers the outcome when the write has taken effect already, else null; asked before a job
   * runs again, so that a transition SAP committed is not refused as a conflict the second time.
   * Writes that look up their object by a reference first need none.
   */
  settled?(input: I): Promise<WriteOutcome | null>;
  /**
   * The SAP object the write changes (`order:4000061`), when it changes an existing one: queued
   * writes to one object run one after another, in the order they were accepted.
   */
  objectKey?(input: I): string | undefined;
}

/**
 * Every write of the API by its stable name, so that a queued write can be run by a worker that
 * only knows its name, path ids and body: each run checks the input again.
 */
export class WriteOperations {
  readonly #operations = new Map<string, WriteOperation<unknown>>();

  /** Adds an operation; a name can be given once. */
  define<I>(name: string, operation: WriteOperation<I>): void {
    if (this.#operations.has(name)) throw new Error(`Write operation ${name} is defined twice`);
    this.#operations.set(name, operation);
  }

  /** Checks a request's input and runs it; a rerun first asks whether it has taken effect. */
  async execute(
    request: WriteRequest,
    context: WriteContext = { rerun: false },
  ): Promise<WriteOutcome> {
    const operation = this.#require(request.operation);
    const input = operation.parse(request);
    if (context.rerun && operation.settled) {
      const outcome = await operation.settled(input);
      if (outcome !== null) return outcome;
    }
    return operation.run(input);
  }

  /** The names of the defined operations. */
  names(): string[] {
    return [...this.#operations.keys()];
  }

  #require(name: string): WriteOperation<unknown> {
    const operation = this.#operations.get(name);
    if (operation === undefined) {
      throw new AppError('UNKNOWN_OPERATION', 500, `No write operation is named ${name}.`);
    }
    return operation;
  }
}

/** The problem document a failed write answers, and whether trying it again can help. */
export function describeWriteFailure(error: unknown, request: WriteRequest): WriteFailure {
  const { body } = toProblem(error, request.path);
  return { problem: body, retryable: error instanceof AppError && error.retryable };
}

/** The key of an SAP object whose writes are kept in order: `order:4000061` (ids without zeros). */
export function sapObjectKey(kind: string, ...ids: string[]): string {
  const parts = ids.map((id) =>
    id
      .trim()
      .replace(/^0+(?=.)/, '')
      .toUpperCase(),
  );
  return [kind, ...parts].join(':');
}
