import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigurationError } from '../errors.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const timeZone = z.string().refine(isKnownTimeZone, { error: 'not a known IANA time zone' });

/** The environment variables the service reads, with their defaults. */
export const configSchema = z
  .object({
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: integer(0, 65_535).default(8080),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'a size such as 1mb or 512kb')
      .default('1mb'),
    SAP_BACKEND: z.enum(['mock', 'rfc', 'odata']).default('mock'),
    SAP_CALL_TIMEOUT_MS: integer(100, 600_000).default(30_000),
    SAP_TIMEZONE: timeZone.default('UTC'),
    SAP_RFC_DEST: z.string().min(1).optional(),
    SAP_RFC_ASHOST: z.string().min(1).optional(),
    SAP_RFC_SYSNR: z
      .string()
      .regex(/^\d{2}$/, 'two digits such as 00')
      .optional(),
    SAP_RFC_CLIENT: z
      .string()
      .regex(/^\d{3}$/, 'three digits such as 100')
      .optional(),
    SAP_RFC_USER: z.string().min(1).optional(),
    SAP_RFC_PASSWD: z.string().min(1).optional(),
    SAP_RFC_LANG: z
      .string()
      .regex(/^[A-Za-z]{1,2}$/, 'a language key such as EN')
      .default('EN'),
    SAP_RFC_POOL_LOW: integer(0, 100).default(2),
    SAP_RFC_POOL_HIGH: integer(1, 100).default(4),
    MAPPINGS_DIR: z.string().min(1).default(`${repoRoot}mappings`),
    MOCK_SAP_SEED_DIR: z.string().min(1).optional(),
    // Seconds a warranty check is reused (0 turns the cache off), and how many are kept.
    WARRANTY_CACHE_TTL_SECONDS: integer(0, 86_400).default(60),
    WARRANTY_CACHE_MAX_ENTRIES: integer(1, 10_000_000).default(100_000),
    // Seconds between replenishment scans over every part at or below its reorder point
    // (0 turns the periodic scan off; goods issued through the service are checked at once).
    REPLENISHMENT_SCAN_INTERVAL_SECONDS: integer(0, 86_400).default(300),
    // A Redis that several instances share; without it, coordination stays within the process.
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'a redis:// or rediss:// URL')
      .optional(),
    // How long a Redis lock outlives a holder that died (it is renewed while its holder works).
    REDIS_LOCK_LEASE_MS: integer(300, 600_000).default(30_000),
    // Prepended to every key the service writes to Redis.
    REDIS_KEY_PREFIX: z.string().min(1).max(100).default('cs-bridge:'),
    // The BullMQ queue of API writes (with REDIS_URL); instances that share it share the work.
    WRITE_QUEUE_NAME: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,100}$/, 'letters, digits, _ and - only')
      .default('sap-writes'),
    // How long a write request waits for its job before it answers 202 Accepted.
    WRITE_WAIT_MS: integer(0, 120_000).default(5_000),
    // Jobs this process runs at the same time (0: this process only queues, others work).
    WRITE_WORKER_CONCURRENCY: integer(0, 64).default(4),
    // Attempts per job, and the backoff between them: doubling from the base up to the cap,
    // each pause drawn at random from its upper half. The defaults retry for about 7 hours.
    WRITE_ATTEMPTS: integer(1, 1_000).default(50),
    WRITE_BACKOFF_BASE_MS: integer(10, 3_600_000).default(1_000),
    WRITE_BACKOFF_MAX_MS: integer(10, 86_400_000).default(600_000),
    // BullMQ's job lock: a job whose worker died is taken up again after about lock + interval.
    JOB_LOCK_DURATION_MS: integer(500, 600_000).default(30_000),
    JOB_STALLED_INTERVAL_MS: integer(100, 600_000).default(30_000),
    // Times a job may lose its worker (a crash, a kill) before it is failed instead of rerun.
    JOB_MAX_STALLED_COUNT: integer(0, 1_000).default(5),
    // How long succeeded and failed jobs (and their answers) stay readable at /v1/jobs/{id}.
    JOB_RETENTION_SECONDS: integer(60, 30 * 86_400).default(86_400),
    JOB_FAILED_RETENTION_SECONDS: integer(60, 90 * 86_400).default(7 * 86_400),
    // How long an Idempotency-Key is remembered (in Redis, or in memory without REDIS_URL).
    IDEMPOTENCY_TTL_SECONDS: integer(1, 30 * 86_400).default(86_400),
    IDEMPOTENCY_MAX_KEYS_IN_MEMORY: integer(1, 10_000_000).default(100_000),
    // Unanswered SAP calls in a row that open the circuit, and how long it stays open before
    // one probe call is let through (0 failures turns the circuit breaker off).
    SAP_BREAKER_FAILURES: integer(0, 1_000).default(5),
    SAP_BREAKER_OPEN_MS: integer(10, 3_600_000).default(30_000),
    // On SIGTERM: how long running jobs and requests get to finish before the process leaves.
    SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(25_000),
    // Where `cs-bridge mock-sap` serves the mock SAP (RFC over HTTP and its control API).
    MOCK_SAP_PORT: integer(0, 65_535).default(8099),
    // A mock SAP served by `cs-bridge mock-sap` to use instead of an in-process one.
    MOCK_SAP_URL: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'an http:// URL such as http://127.0.0.1:8099')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.SAP_BACKEND !== 'rfc' || env.SAP_RFC_DEST !== undefined) return;
    for (const key of [
      'SAP_RFC_ASHOST',
      'SAP_RFC_SYSNR',
      'SAP_RFC_CLIENT',
      'SAP_RFC_USER',
    ] as const) {
      if (env[key] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'required with SAP_BACKEND=rfc unless SAP_RFC_DEST names a sapnwrfc.ini entry',
        });
      }
    }
  });

/** The validated configuration of one service instance. */
export type Config = z.infer<typeof configSchema>;

/**
 * Reads the configuration from environment variables; a bad value throws a ConfigurationError
 * whose message names every setting that is wrong.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = configSchema.safeParse(present);
  if (result.success) return result.data;

  const lines = result.error.issues.map((issue) => {
    const setting = issue.path.join('.');
    const given = env[setting];
    return `  ${setting}: ${issue.message}${given === undefined ? '' : ` (got '${given}')`}`;
  });
  throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`);
}

function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
