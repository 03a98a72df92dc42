import { AppError } from '../errors.ts';

/** Redis, which holds the write queue, did not take or give back a job: nothing was queued. */
export class QueueUnavailableError extends AppError {
  constructor(cause: unknown) {
    super(
      'QUEUE_UNAVAILABLE',
      503,
      'Redis, which holds the write queue, is not reachable: nothing was queued or read.',
      {
        retryable: true,
        cause,
      },
    );
  }
}

/** Runs a queue or Redis call; a failure of Redis itself becomes a QueueUnavailableError. */
export async function viaRedis<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new QueueUnavailableError(error);
  }
}
