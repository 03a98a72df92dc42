import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Opens the service's Redis connection: a command waits at most two seconds and is not retried
 * across reconnects, so an unreachable Redis fails the work that needs it instead of stalling
 * it; connection errors are logged once per outage.
 */
export function openRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2_000 });
  let reported = false;
  redis.on('error', (error: unknown) => {
    if (reported) return;
    reported = true;
    logger.warn({ err: error }, 'redis connection failed; retrying');
  });
  redis.on('ready', () => {
    if (reported) logger.info('redis connection restored');
    reported = false;
  });
  return redis;
}
