import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { readRedisDurability } from '../../src/jobs/redis-durability.ts';
import { testRedisUrl } from '../support/shared-redis.ts';

const redis = new Redis(testRedisUrl);

afterAll(async () => {
  await redis.quit();
});

describe('readRedisDurability', () => {
  it('reads the eviction policy and persistence of the Redis, with what to change', async () => {
    const [, policy] = (await redis.call('CONFIG', 'GET', 'maxmemory-policy')) as string[];
    const [, appendonly] = (await redis.call('CONFIG', 'GET', 'appendonly')) as string[];

    const durability = await readRedisDurability(redis);

    expect(durability.maxmemoryPolicy).toBe(policy);
    expect(durability.appendonly).toBe(appendonly === 'yes');
    expect(durability.warnings.some((warning) => warning.startsWith('maxmemory-policy'))).toBe(
      policy !== 'noeviction',
    );
    expect(durability.warnings.some((warning) => warning.startsWith('appendonly'))).toBe(
      appendonly === 'no',
    );
  });

  it('answers nulls and no warning when Redis refuses CONFIG GET', async () => {
    const refusing = {
      call: () => Promise.reject(new Error("ERR unknown command 'CONFIG'")),
    } as unknown as Redis;

    expect(await readRedisDurability(refusing)).toEqual({
      maxmemoryPolicy: null,
      appendonly: null,
      warnings: [],
    });
  });
});
