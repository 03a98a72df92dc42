import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Opens a Redis connection of the service: by default a command waits at most two seconds and is
 * not retried across reconnects, so an unreachable Redis fails the work that needs it instead of
 * stalling it; connection errors are logged once per outage. A `blocking` connection (a queue
 * worker's, an event stream's) waits for Redis instead, as BullMQ needs.
 */
export function openRedis(
  url: string,
  logger: Logger,
  options: { blocking?: boolean; commandTimeoutMs?: number } = {},
): Redis {
  const redis = options.blocking
    ? new Redis(url, { maxRetriesPerRequest: null })
    : new Redis(url, {
        maxRetriesPerRequest: 1,
        commandTimeout: options.commandTimeoutMs ?? 2_000,
      });
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
