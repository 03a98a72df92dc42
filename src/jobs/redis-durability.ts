import type { Redis } from 'ioredis';

/** What the service asks of the Redis that holds its queue, and what it found. */
export interface RedisDurability {
  /** `noeviction`, or the policy that can delete queued jobs under memory pressure. */
  maxmemoryPolicy: string | null;
  /** Whether the append-only file keeps writes across a restart. */
  appendonly: boolean | null;
  /** What an operator should change; empty when nothing. */
  warnings: string[];
}

/**
 * Reads Redis's eviction policy and persistence: BullMQ's jobs are lost when Redis evicts keys
 * (any policy but `noeviction`) or restarts without an append-only file. A managed Redis that
 * refuses CONFIG GET answers nulls and no warning.
 */
export async function readRedisDurability(redis: Redis): Promise<RedisDurability> {
  const [policy, appendonly] = await Promise.all([
    configValue(redis, 'maxmemory-policy'),
    configValue(redis, 'appendonly'),
  ]);
  const warnings: string[] = [];
  if (policy !== null && policy !== 'noeviction') {
    warnings.push(`maxmemory-policy is ${policy}: Redis may evict queued jobs; use noeviction`);
  }
  if (appendonly === 'no') {
    warnings.push('appendonly is no: jobs accepted before a Redis restart are lost');
  }
  return {
    maxmemoryPolicy: policy,
    appendonly: appendonly === null ? null : appendonly === 'yes',
    warnings,
  };
}

async function configValue(redis: Redis, name: string): Promise<string | null> {
  try {
    const answer = (await redis.call('CONFIG', 'GET', name)) as string[];
    return answer[1] ?? null;
  } catch {
    return null;
  }
}
