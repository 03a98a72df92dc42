import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { AppError, NotFoundError } from '../errors.ts';
import { QueueUnavailableError } from './queue-errors.ts';
import { bullStates, viewJob } from './job-view.ts';
import type { WriteJob, WriteJobData } from './job-view.ts';
import type { JobState, JobView, WriteOutcome } from './write-job.ts';

const FIRST_CONNECTION_WAIT_MS = 2_000;

/** The name of the backoff strategy the write worker implements. */
export const WRITE_BACKOFF_TYPE = 'capped-jitter';

/** How the write queue is reached and how long it keeps jobs. */
export interface WriteQueueOptions {
  name: string;
  /** The BullMQ key prefix, e.g. `cs-bridge:bull`. */
  prefix: string;
  /** Opens a new Redis connection; the queue and its event stream each take one. */
  connect: (role: 'queue' | 'events') => Redis;
  attempts: number;
  retentionSeconds: number;
  failedRetentionSeconds: number;
  /** Where the queue's connection errors go (its Redis connections log outages themselves). */
  logger: Logger;
}

/** A page of jobs in one state. */
export interface JobQuery {
  state: JobState;
  limit: number;
  offset: number;
}

/**
 * The producer side of the write queue: adds write jobs, waits for them, reads them and retries
 * failed ones. Jobs carry their own id, so adding an id that exists adds nothing.
 */
export class WriteQueue {
  readonly #queue: Queue<WriteJobData, WriteOutcome>;
  readonly #events: QueueEvents;
  readonly #connections: Redis[];
  readonly #producer: Redis;

  constructor(options: WriteQueueOptions) {
    const queueConnection = options.connect('queue');
    const eventsConnection = options.connect('events');
    this.#connections = [queueConnection, eventsConnection];
    this.#producer = queueConnection;
    this.#queue = new Queue<WriteJobData, WriteOutcome>(options.name, {
      connection: queueConnection,
      prefix: options.prefix,
      defaultJobOptions: {
        attempts: options.attempts,
        backoff: { type: WRITE_BACKOFF_TYPE },
        removeOnComplete: { age: options.retentionSeconds },
        removeOnFail: { age: options.failedRetentionSeconds },
      },
    });
    // Every request that waits for its job listens on the queue until the job ends.
    this.#queue.setMaxListeners(0);
    this.#events = new QueueEvents(options.name, {
      connection: eventsConnection,
      prefix: options.prefix,
    });
    // Without listeners BullMQ prints these errors to the console itself.
    const logError = (error: Error) => {
      options.logger.debug({ err: error }, 'write queue error');
    };
    this.#queue.on('error', logError);
    this.#events.on('error', logError);
  }

  /** The queue's name. */
  get name(): string {
    return this.#queue.name;
  }

  /** The BullMQ queue, for the worker's rate limit. */
  get queue(): Queue<WriteJobData, WriteOutcome> {
    return this.#queue;
  }

  /** Adds a job under its id (nothing is added when the id exists) and answers it as it is. */
  async add(jobId: string, data: WriteJobData): Promise<JobView> {
    await this.#requireConnection();
    await this.#queue.add(data.request.operation, data, { jobId });
    return this.get(jobId);
  }

  /** Waits up to `ms` for the job to finish; answers the job as it is then. */
  async waitFor(jobId: string, ms: number): Promise<JobView> {
    const job = await this.#job(jobId);
    if (ms > 0) {
      await job.waitUntilFinished(this.#events, ms).catch(() => undefined);
    }
    return this.get(jobId);
  }

  /** Reads a job; NotFoundError when the queue does not know it (or no longer keeps it). */
  async get(jobId: string): Promise<JobView> {
    await this.#requireConnection();
    // The state first: a job read after it can only be as far along, never behind.
    const state = await this.#queue.getJobState(jobId);
    const job = await this.#job(jobId);
    return viewJob(job, state);
  }

  /** Lists the jobs in one state, newest first. */
  async list(query: JobQuery): Promise<JobView[]> {
    await this.#requireConnection();
    const types = bullStates[query.state];
    const jobs = (await this.#queue.getJobs(
      types,
      query.offset,
      query.offset + query.limit - 1,
      false,
    )) as WriteJob[];
    return jobs.map((job) => viewJob(job, types[0] ?? 'waiting'));
  }

  /** Sends a failed job back to the queue with its attempts counted from zero. */
  async retry(jobId: string): Promise<WriteJob> {
    const job = await this.#job(jobId);
    const state = await job.getState();
    if (state !== 'failed') {
      throw new AppError('JOB_NOT_FAILED', 409, `Job ${jobId} is ${viewJob(job, state).state}.`);
    }
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return job;
  }

  /** How many jobs wait to be taken, wait for a retry, and run. */
  async counts(): Promise<{ waiting: number; delayed: number; running: number }> {
    await this.#requireConnection();
    const counts = await this.#queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active');
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      delayed: counts.delayed ?? 0,
      running: counts.active ?? 0,
    };
  }

  /** Closes the queue, its event stream and their connections, within `timeoutMs`. */
  async close(timeoutMs = 5_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    if (this.#producer.status !== 'ready') timeoutMs = 0;
    const closing = Promise.allSettled([this.#events.close(), this.#queue.close()]);
    await Promise.race([
      closing,
      new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
    // quit() waits for Redis; disconnect() does not, for a Redis that is gone.
    for (const connection of this.#connections) connection.disconnect();
  }

  // BullMQ waits for a connection that is not there; a request must not wait with it. Only a
  // first connection still being made is waited for, briefly.
  async #requireConnection(): Promise<void> {
    const producer = this.#producer;
    if (producer.status === 'ready') return;
    if (['wait', 'connecting', 'connect'].includes(producer.status)) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, FIRST_CONNECTION_WAIT_MS);
        producer.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      // Read again: the status changed while we waited (TypeScript narrowed it before).
      if ((producer.status as string) === 'ready') return;
    }
    throw new QueueUnavailableError(new Error(`Redis connection is ${producer.status}`));
  }

  async #job(jobId: string): Promise<WriteJob> {
    await this.#requireConnection();
    const job = (await this.#queue.getJob(jobId)) as WriteJob | undefined;
    if (job === undefined) throw new NotFoundError('Job', jobId);
    return job;
  }
}
