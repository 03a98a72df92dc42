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
      const redis = new Redis(testRedisUrl);
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    },
  };
}
