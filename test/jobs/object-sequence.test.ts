import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { ObjectSequence } from '../../src/jobs/object-sequence.ts';
import { deleteKeys, testRedisUrl } from '../support/shared-redis.ts';

const redis = new Redis(testRedisUrl);
const prefix = `cs-bridge-test:${randomUUID()}:sequence:`;
const sequence = new ObjectSequence(redis, { prefix, ttlMs: 60_000 });

afterAll(async () => {
  await deleteKeys(prefix);
  await redis.quit();
});

describe('ObjectSequence', () => {
  it('hands out the writes of one object in the order they were appended', async () => {
    await sequence.append('order:4000061', 'a');
    await sequence.append('order:4000061', 'b');
    await sequence.append('order:4000062', 'c');

    expect(await sequence.head('order:4000061')).toBe('a');
    await sequence.remove('order:4000061', 'a');
    expect(await sequence.head('order:4000061')).toBe('b');
    expect(await sequence.head('order:4000062')).toBe('c');
  });

  it('keeps the first place of a job appended again, and forgets an object with no writes', async () => {
    await sequence.append('notification:1', 'x');
    await sequence.append('notification:1', 'y');
    await sequence.append('notification:1', 'x');

    expect(await redis.lrange(`${prefix}notification:1`, 0, -1)).toEqual(['x', 'y']);
    await sequence.remove('notification:1', 'x');
    await sequence.remove('notification:1', 'y');
    expect(await sequence.head('notification:1')).toBeNull();
    expect(await redis.exists(`${prefix}notification:1`)).toBe(0);
  });

  it('lets the list expire, so a forgotten object never blocks for ever', async () => {
    await sequence.append('part:200001:1000', 'p');

    const ttl = await redis.pttl(`${prefix}part:200001:1000`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });
});
