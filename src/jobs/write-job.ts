/** One write of the API, as it is queued: the operation's name, the path's ids and the body. */
export interface WriteRequest {
  /** The operation's stable name, such as `notifications.create`. */
  operation: string;
  /** The path the write was sent to, named as `instance` in its problem documents. */
  path: string;
  params: Record<string, string>;
  body: unknown;
}

/** What a write answered: its HTTP status, the created object's path and the body. */
export interface WriteOutcome {
  status: number;
  location?: string | undefined;
  body: unknown;
}

/** An RFC 9457 problem document as a job keeps it: at least its status and code. */
export type StoredProblem = Record<string, unknown> & { status: number; code?: string };

/** A write that failed: the problem document, and whether trying again later can help. */
export interface WriteFailure {
  problem: StoredProblem;
  retryable: boolean;
}

/** The states of a job as the API shows them. */
export const jobStates = ['queued', 'running', 'succeeded', 'failed'] as const;

/** The state of a job as the API shows it. */
export type JobState = (typeof jobStates)[number];

/** A job as `GET /v1/jobs/{id}` shows it. */
export interface JobView {
  id: string;
  operation: string;
  state: JobState;
  /** Attempts made so far (a job waiting for its first run has made none). */
  attempts: number;
  createdAt: string;
  finishedAt: string | null;
  /** When the job succeeded: the status, the created object's path and the answer's body. */
  result: WriteOutcome | null;
  /** The last attempt's problem: why it failed, or why it waits for another attempt. */
  error: StoredProblem | null;
}

/** How a write is run. */
export interface WriteContext {
  /**
   * The job ran before (it failed, or its worker died): SAP may have committed that attempt and
   * only the answer was lost, so the write first checks whether it has taken effect.
   */
  rerun: boolean;
}

/** Runs one write and answers its outcome; a failure is thrown as an error. */
export type WriteExecutor = (request: WriteRequest, context: WriteContext) => Promise<WriteOutcome>;

/** Turns whatever a write threw into its problem document and whether a retry can help. */
export type FailureDescriber = (error: unknown, request: WriteRequest) => WriteFailure;
