import type { Redis } from 'ioredis';
import { openRedis } from './redis-connection.ts';
import type { Logger } from 'pino';
import type { IdempotencyStore } from './idempotency-store.ts';
import type { ObjectSequence } from './object-sequence.ts';
import { checkWorker } from './worker-health.ts';
import type { ComponentHealth } from './worker-health.ts';
import type { FailureDescriber, WriteExecutor } from './write-job.ts';
import { WriteQueue } from './write-queue.ts';
import { WriteWorker } from './write-worker.ts';
import type { WriteAttemptOutcome } from './write-worker.ts';

/** The settings of queued writes (from the configuration). */
export interface WritePipelineSettings {
  redisUrl: string;
  keyPrefix: string;
  queueName: string;
  concurrency: number;
  attempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  maxStalledCount: number;
  retentionSeconds: number;
  failedRetentionSeconds: number;
}

/** What queued writes are run with. */
export interface WritePipelineDeps {
  execute: WriteExecutor;
  describeFailure: FailureDescriber;
  idempotency: IdempotencyStore;
  /** Keeps the order of writes per SAP object. */
  sequence?: ObjectSequence | undefined;
  logger: Logger;
  /** Milliseconds until SAP may be called again (the circuit breaker's). */
  sapRetryInMs: () => number;
  onAttempt?: (event: { operation: string; outcome: WriteAttemptOutcome }) => void;
}

/** The write queue of this process, with its worker when this process runs jobs. */
export interface WritePipeline {
  readonly queue: WriteQueue;
  readonly worker: WriteWorker | undefined;
  /** Whether the worker takes jobs; undefined where this process runs none. */
  checkWorker: (() => Promise<ComponentHealth>) | undefined;
  /** Stops taking jobs, lets running ones finish within `timeoutMs`, and closes Redis. */
  close(timeoutMs: number): Promise<void>;
}

/**
 * Opens the write queue on Redis and, unless the concurrency is 0, a worker that runs its jobs:
 * the producer fails fast when Redis is away, the worker and the event stream wait for it.
 */
export function openWritePipeline(
  settings: WritePipelineSettings,
  deps: WritePipelineDeps,
): WritePipeline {
  const prefix = `${settings.keyPrefix}bull`;
  // The producer fails fast; the worker and the event stream block, so they wait for Redis.
  const connect = (role: 'queue' | 'events' | 'worker'): Redis =>
    openRedis(
      settings.redisUrl,
      deps.logger.child({ redis: role }),
      role === 'queue' ? { commandTimeoutMs: 5_000 } : { blocking: true },
    );
  const queue = new WriteQueue({
    name: settings.queueName,
    prefix,
    connect,
    attempts: settings.attempts,
    retentionSeconds: settings.retentionSeconds,
    failedRetentionSeconds: settings.failedRetentionSeconds,
    logger: deps.logger,
  });

  const worker =
    settings.concurrency === 0
      ? undefined
      : new WriteWorker({
          queue,
          prefix,
          connect: () => connect('worker'),
          ...deps,
          concurrency: settings.concurrency,
          backoffBaseMs: settings.backoffBaseMs,
          backoffMaxMs: settings.backoffMaxMs,
          lockDurationMs: settings.lockDurationMs,
          stalledIntervalMs: settings.stalledIntervalMs,
          maxStalledCount: settings.maxStalledCount,
        });

  const stallMs = Math.max(30_000, 2 * (settings.lockDurationMs + settings.stalledIntervalMs));
  return {
    queue,
    worker,
    checkWorker:
      worker &&
      (() =>
        checkWorker({
          worker: worker.status,
          queue,
          stallMs,
          sapRetryInMs: deps.sapRetryInMs(),
        })),
    close: async (timeoutMs) => {
      await worker?.close(timeoutMs);
      await queue.close();
    },
  };
}
