import { AppError } from '../../errors.ts';
import type { WriteFailure, WriteOutcome, WriteRequest } from '../../jobs/write-job.ts';
import { toProblem } from '../problem-details.ts';

/** One write of the API: how its input is checked, and what it does with checked input. */
export interface WriteOperation<I> {
  /** Checks the path's ids and the body; throws ValidationError naming every bad field. */
  parse(request: Pick<WriteRequest, 'params' | 'body'>): I;
  /** Performs the write and answers what the HTTP request answers. */
  run(input: I): Promise<WriteOutcome>;
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

  /** Checks a request's input without running it (before anything is queued). */
  check(request: WriteRequest): void {
    this.#require(request.operation).parse(request);
  }

  /** Checks a request's input and runs it. */
  execute(request: WriteRequest): Promise<WriteOutcome> {
    const operation = this.#require(request.operation);
    return operation.run(operation.parse(request));
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
