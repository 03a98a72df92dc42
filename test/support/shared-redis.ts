import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { startTestService } from './test-service.ts';
import type { TestService } from './test-service.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';

/** The Redis the tests use (started by .ci/run when it does not answer). */
export const testRedisUrl = 'redis://127.0.0.1:6379';

/**
 * Starts instances of the service in front of one mock SAP, sharing one Redis under a key
 * prefix of their own, as several instances run in production; `close` stops them and deletes
 * their keys.
 */
export async function startSharedInstances(
  sap: MockSap,
  count: number,
): Promise<{ instances: TestService[]; close(): Promise<void> }> {
  const prefix = `cs-bridge-test:${randomUUID()}:`;
  const env = { REDIS_URL: testRedisUrl, REDIS_KEY_PREFIX: prefix };
  const instances = await Promise.all(
    Array.from({ length: count }, () => startTestService(env, { mockSap: sap })),
  );
  return {
    instances,
    close: async () => {
      await Promise.all(instances.map((instance) => instance.close()));
      await deleteKeys(prefix);
    },
  };
}

/** A service whose writes run as jobs on a queue and key prefix of its own in the test Redis. */
export interface QueuedTestService extends TestService {
  /** The settings the service was started with, to start more processes on the same queue. */
  env: Record<string, string>;
}

/**
 * Starts the service with REDIS_URL on a fresh queue name and key prefix, so that its jobs
 * meet no other test's; `close` also deletes its keys. `env` overrides the fast test timings.
 */
export async function startQueuedService(
  env: Record<string, string> = {},
  options: { mockSap?: MockSap } = {},
): Promise<QueuedTestService> {
  const id = randomUUID();
  const queuedEnv = {
    REDIS_URL: testRedisUrl,
    REDIS_KEY_PREFIX: `cs-bridge-test:${id}:`,
    WRITE_QUEUE_NAME: `writes-${id}`,
    WRITE_BACKOFF_BASE_MS: '50',
    WRITE_BACKOFF_MAX_MS: '400',
    SAP_BREAKER_OPEN_MS: '300',
    JOB_LOCK_DURATION_MS: '2000',
    JOB_STALLED_INTERVAL_MS: '500',
    ...env,
  };
  const started = await startTestService(queuedEnv, options);
  return {
    ...started,
    env: queuedEnv,
    close: async () => {
      await started.close();
      await deleteKeys(queuedEnv.REDIS_KEY_PREFIX);
    },
  };
}

/** Deletes every key under a prefix in the test Redis. */
export async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(testRedisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
}
