import { DelayedError, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { backoffDelay } from './backoff.ts';
import { answerOf } from './idempotency-store.ts';
import type { IdempotencyStore, StoredAnswer } from './idempotency-store.ts';
import { encodeProblem } from './job-view.ts';
import type { ObjectSequence } from './object-sequence.ts';
import type { WriteJob, WriteJobData } from './job-view.ts';
import type { WriteQueue } from './write-queue.ts';
import { WRITE_BACKOFF_TYPE } from './write-queue.ts';
import type { FailureDescriber, WriteExecutor, WriteOutcome } from './write-job.ts';

/** How a write worker runs its jobs. */
export interface WriteWorkerOptions {
  queue: WriteQueue;
  prefix: string;
  connect: () => Redis;
  execute: WriteExecutor;
  describeFailure: FailureDescriber;
  idempotency: IdempotencyStore;
  /** Keeps the order of writes per SAP object; every job runs when taken without it. */
  sequence?: ObjectSequence | undefined;
  logger: Logger;
  concurrency: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  maxStalledCount: number;
  /** Milliseconds until SAP may be called again; above 0 while the circuit breaker is open. */
  sapRetryInMs?: () => number;
  /** Told about every attempt's outcome (for metrics). */
  onAttempt?: (event: { operation: string; outcome: WriteAttemptOutcome }) => void;
}

// How long a job waits before it looks again whether the earlier writes to its object ended.
const ORDER_WAIT_MS = 200;

/** How one attempt of a job ended. */
export type WriteAttemptOutcome = 'succeeded' | 'retrying' | 'failed' | 'paused';

/** How the worker is doing, as `/readyz` reports it. */
export interface WorkerStatus {
  running: boolean;
  startedAt: Date;
  /** When the worker last took a job, or null before the first. */
  lastTakenAt: Date | null;
}

/**
 * The consumer side of the write queue: runs each job's write against SAP, retries with a capped
 * jittered backoff only what a retry can help (SAP unreachable, a timeout, a lock held by another
 * user), fails business refusals at once with SAP's messages on the job, and records the final
 * answer under the job's Idempotency-Key. While SAP's circuit is open it pauses the queue instead
 * of spending attempts.
 */
export class WriteWorker {
  readonly #worker: Worker<WriteJobData, WriteOutcome>;
  readonly #options: WriteWorkerOptions;
  readonly #connection: Redis;
  readonly #startedAt = new Date();
  #lastTakenAt: Date | null = null;

  constructor(options: WriteWorkerOptions) {
    this.#options = options;
    this.#connection = options.connect();
    this.#worker = new Worker<WriteJobData, WriteOutcome>(
      options.queue.name,
      (job, token) => this.#process(job, token),
      {
        connection: this.#connection,
        prefix: options.prefix,
        concurrency: options.concurrency,
        lockDuration: options.lockDurationMs,
        stalledInterval: options.stalledIntervalMs,
        maxStalledCount: options.maxStalledCount,
        settings: {
          backoffStrategy: (attemptsMade, type) => {
            if (type !== WRITE_BACKOFF_TYPE) return 0;
            return backoffDelay(attemptsMade, {
              baseMs: options.backoffBaseMs,
              maxMs: options.backoffMaxMs,
            });
          },
        },
      },
    );
    this.#worker.on('active', () => {
      this.#lastTakenAt = new Date();
    });
    this.#worker.on('error', (error) => {
      options.logger.warn({ err: error }, 'write worker error');
    });
  }

  /** Whether the worker runs, and when it last took a job. */
  get status(): WorkerStatus {
    return {
      running: this.#worker.isRunning(),
      startedAt: this.#startedAt,
      lastTakenAt: this.#lastTakenAt,
    };
  }

  /**
   * Stops taking jobs and waits up to `timeoutMs` for the running ones; a job still running then
   * is left to BullMQ's stalled-job check, which gives it to another worker.
   */
  async close(timeoutMs: number): Promise<void> {
    // Without Redis no running job can record its end: waiting for them would gain nothing.
    const connected = this.#connection.status === 'ready';
    const finished = await within(
      this.#worker.close().then(() => true),
      connected ? timeoutMs : 0,
    );
    if (!finished) {
      this.#options.logger.warn({ timeoutMs, connected }, 'write worker closed with jobs running');
      await within(this.#worker.close(true), connected ? 1_000 : 0);
    }
    this.#connection.disconnect();
  }

  async #process(job: WriteJob, token: string | undefined): Promise<WriteOutcome> {
    const { request, idempotencyKey, requestId } = job.data;
    const attempt = job.attemptsMade + 1;
    const logger = this.#options.logger.child({
      jobId: job.id,
      operation: request.operation,
      attempt,
      ...(requestId === undefined ? {} : { requestId }),
    });
    await this.#waitForEarlierWrites(job, token);

    let outcome: WriteOutcome;
    try {
      // attemptsStarted also counts runs whose worker died before it could record anything;
      // waits for earlier writes to the object made no SAP call.
      const waits = job.data.orderWaits ?? 0;
      const rerun = job.attemptsMade > 0 || job.attemptsStarted - waits > 1;
      outcome = await this.#options.execute(request, { rerun });
    } catch (error) {
      return this.#fail(job, error, logger);
    }

    await this.#leaveSequence(job);
    if (idempotencyKey !== undefined) {
      await this.#remember(idempotencyKey, answerOf(outcome), logger);
    }
    logger.info({ status: outcome.status, location: outcome.location }, 'write job succeeded');
    this.#report(request.operation, 'succeeded');
    return outcome;
  }

  async #fail(job: WriteJob, error: unknown, logger: Logger): Promise<never> {
    const { request, idempotencyKey } = job.data;
    const { problem, retryable } = this.#options.describeFailure(error, request);
    const reason = encodeProblem(problem);

    const pauseMs = retryable ? (this.#options.sapRetryInMs?.() ?? 0) : 0;
    if (pauseMs > 0) {
      // SAP is down: the queue waits for the circuit's next probe; no attempt is spent.
      logger.warn({ pauseMs, code: problem.code }, 'SAP unavailable; write queue paused');
      this.#report(request.operation, 'paused');
      await this.#options.queue.queue.rateLimit(pauseMs);
      throw Worker.RateLimitError();
    }

    const attemptsLeft = (job.opts.attempts ?? 1) - (job.attemptsMade + 1);
    if (retryable && attemptsLeft > 0) {
      logger.warn({ err: error, code: problem.code, attemptsLeft }, 'write job will be retried');
      this.#report(request.operation, 'retrying');
      throw new Error(reason);
    }

    await this.#leaveSequence(job);
    if (idempotencyKey !== undefined) {
      const headers = { 'Content-Type': 'application/problem+json' };
      await this.#remember(
        idempotencyKey,
        { status: problem.status, headers, body: problem },
        logger,
      );
    }
    logger.warn({ err: error, code: problem.code, status: problem.status }, 'write job failed');
    this.#report(request.operation, 'failed');
    throw new UnrecoverableError(reason);
  }

  // Writes to one object run in the order they were accepted: while an earlier one has not ended,
  // this job goes back to wait (delayed, no attempt spent). An earlier job that ended or is gone
  // is taken off the list.
  async #waitForEarlierWrites(job: WriteJob, token: string | undefined): Promise<void> {
    const { sequence } = this.#options;
    const { objectKey } = job.data;
    if (sequence === undefined || objectKey === undefined || job.id === undefined) return;

    for (;;) {
      const head = await sequence.head(objectKey);
      if (head === null || head === job.id) return;
      const state = await this.#options.queue.queue.getJobState(head);
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') break;
      await sequence.remove(objectKey, head);
    }

    await job.updateData({ ...job.data, orderWaits: (job.data.orderWaits ?? 0) + 1 });
    await job.moveToDelayed(Date.now() + ORDER_WAIT_MS, token);
    throw new DelayedError();
  }

  // A job that has ended for good lets the next write to its object run.
  async #leaveSequence(job: WriteJob): Promise<void> {
    const { objectKey } = job.data;
    if (objectKey === undefined || job.id === undefined) return;
    await this.#options.sequence?.remove(objectKey, job.id).catch(() => undefined);
  }

  // The write is done in SAP: failing to note its answer must not fail (and rerun) the job. The
  // key's record names the job, whose own result answers a repeated request just as well.
  async #remember(key: string, answer: StoredAnswer, logger: Logger): Promise<void> {
    try {
      await this.#options.idempotency.complete(key, answer);
    } catch (error) {
      logger.warn({ err: error }, 'answer of an Idempotency-Key not recorded');
    }
  }

  #report(operation: string, outcome: WriteAttemptOutcome): void {
    this.#options.onAttempt?.({ operation, outcome });
  }
}

// Settles with the promise's value, or with undefined once `ms` have passed.
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => {
      resolve(undefined);
    }, ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
