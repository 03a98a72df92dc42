import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, SapUnavailableError } from '../../src/errors.ts';
import { MemoryIdempotencyStore } from '../../src/jobs/idempotency-store.ts';
import type { IdempotencyStore } from '../../src/jobs/idempotency-store.ts';
import { openWritePipeline } from '../../src/jobs/write-pipeline.ts';
import type { WritePipeline } from '../../src/jobs/write-pipeline.ts';
import type { JobView, WriteContext, WriteRequest } from '../../src/jobs/write-job.ts';
import { eventually } from '../api/job-polling.ts';
import { deleteKeys, testRedisUrl } from '../support/shared-redis.ts';

const logger = pino({ level: 'silent' });
let pipeline: WritePipeline | undefined;
let prefix = '';

afterEach(async () => {
  await pipeline?.close(1_000);
  await deleteKeys(prefix);
});

const request: WriteRequest = {
  operation: 'notifications.create',
  path: '/v1/notifications',
  params: {},
  body: { subject: 'x' },
};

// The worker over the real Redis, with the write itself played by `execute`.
function start(
  execute: (context: WriteContext) => Promise<unknown>,
  idempotency: IdempotencyStore = new MemoryIdempotencyStore({ ttlMs: 60_000, maxKeys: 10 }),
): WritePipeline {
  prefix = `cs-bridge-test:${randomUUID()}:`;
  pipeline = openWritePipeline(
    {
      redisUrl: testRedisUrl,
      keyPrefix: prefix,
      queueName: 'worker-test',
      concurrency: 1,
      attempts: 5,
      backoffBaseMs: 20,
      backoffMaxMs: 40,
      lockDurationMs: 2_000,
      stalledIntervalMs: 500,
      maxStalledCount: 1,
      retentionSeconds: 60,
      failedRetentionSeconds: 60,
    },
    {
      execute: async (_request, context) => ({ status: 201, body: await execute(context) }),
      describeFailure: (error) => ({
        problem: { status: error instanceof AppError ? error.status : 500, code: 'X' },
        retryable: error instanceof AppError && error.retryable,
      }),
      idempotency,
      logger,
      sapRetryInMs: () => 0,
    },
  );
  return pipeline;
}

async function settled(writes: WritePipeline, id: string): Promise<JobView> {
  let job = await writes.queue.get(id);
  await eventually(async () => {
    job = await writes.queue.get(id);
    return job.state === 'succeeded' || job.state === 'failed';
  }, `job ${id} finished`);
  return job;
}

describe('the write worker', () => {
  it('retries a retryable failure and tells the next run that it is a rerun', async () => {
    const contexts: WriteContext[] = [];
    const writes = start((context) => {
      contexts.push(context);
      if (contexts.length === 1) return Promise.reject(new SapUnavailableError('down'));
      return Promise.resolve({ id: '10000001' });
    });

    await writes.queue.add('job-1', { request });
    const job = await settled(writes, 'job-1');

    expect(job.state).toBe('succeeded');
    expect(job.attempts).toBe(2);
    expect(job.result).toEqual({ status: 201, body: { id: '10000001' } });
    expect(contexts).toEqual([{ rerun: false }, { rerun: true }]);
  });

  it('fails a refusal at once, without another attempt', async () => {
    let calls = 0;
    const writes = start(() => {
      calls += 1;
      return Promise.reject(new AppError('SAP_REFUSED', 422, 'no'));
    });

    await writes.queue.add('job-2', { request });
    const job = await settled(writes, 'job-2');

    expect(job.state).toBe('failed');
    expect(job.attempts).toBe(1);
    expect(job.error).toMatchObject({ status: 422 });
    expect(calls).toBe(1);
  });

  it('succeeds once even when the answer cannot be noted under the Idempotency-Key', async () => {
    let calls = 0;
    const broken: IdempotencyStore = {
      claim: () => Promise.resolve({ claimed: true }),
      complete: () => Promise.reject(new Error('Redis went away')),
      reopen: () => Promise.resolve(),
      release: () => Promise.resolve(),
    };
    const writes = start(() => {
      calls += 1;
      return Promise.resolve({ id: '10000002' });
    }, broken);

    await writes.queue.add('job-3', { request, idempotencyKey: 'key-3' });
    const job = await settled(writes, 'job-3');

    expect(job.state).toBe('succeeded');
    expect(calls).toBe(1);
  });
});
