import type { Server } from 'node:http';
import type { Redis } from 'ioredis';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { createApp } from './api/app.ts';
import { WriteOperations, describeWriteFailure } from './api/writes/write-operations.ts';
import { CircuitBreaker } from './backends/circuit-breaker.ts';
import { loadMappings } from './backends/mapping/load-mappings.ts';
import { createRfcBackend } from './backends/rfc/rfc-backend.ts';
import type { SapBackend } from './backends/port.ts';
import type { Config } from './config/config.ts';
import { BillingService } from './domain/billing-service.ts';
import type { BillingEvent } from './domain/billing-service.ts';
import { ContractService } from './domain/contract-service.ts';
import { KeyedLock } from './domain/keyed-lock.ts';
import { MasterDataService } from './domain/master-data-service.ts';
import { NotificationService } from './domain/notification-service.ts';
import { WarrantyService } from './domain/warranty-service.ts';
import { OrderService } from './domain/order-service.ts';
import { PartService } from './domain/part-service.ts';
import { ReplenishmentService } from './domain/replenishment-service.ts';
import type { ReplenishmentHooks } from './domain/replenishment-service.ts';
import { ConfigurationError } from './errors.ts';
import { MemoryIdempotencyStore } from './jobs/idempotency-store.ts';
import type { IdempotencyStore } from './jobs/idempotency-store.ts';
import { ObjectSequence } from './jobs/object-sequence.ts';
import { RedisIdempotencyStore } from './jobs/redis-idempotency-store.ts';
import { openRedis } from './jobs/redis-connection.ts';
import { readRedisDurability } from './jobs/redis-durability.ts';
import { RedisKeyedLock } from './jobs/redis-keyed-lock.ts';
import type { ComponentHealth } from './jobs/worker-health.ts';
import { openWritePipeline } from './jobs/write-pipeline.ts';
import type { WritePipeline } from './jobs/write-pipeline.ts';
import { createLogger } from './logger.ts';
import { createServiceMetrics } from './metrics/service-metrics.ts';
import { openSapPool } from './sap-pool.ts';
import type { ServiceMetrics } from './metrics/service-metrics.ts';
import { createMockControlRouter } from './sap-mock/index.ts';
import type { MockSap } from './sap-mock/index.ts';

/** A running instance of the service: the HTTP app, the SAP backend and their shutdown. */
export interface Service {
  readonly app: Express;
  readonly backend: SapBackend;
  readonly logger: Logger;
  /**
   * The in-process mock SAP when SAP_BACKEND=mock (null when MOCK_SAP_URL names a served one),
   * for tests and the control API.
   */
  readonly mockSap: MockSap | null;
  /** This instance's metrics, exposed at `GET /metrics`. */
  readonly metrics: ServiceMetrics;
  /** Keeps spare parts above their reorder points (after goods issues and periodically). */
  readonly replenishment: ReplenishmentService;
  /** Stops calling SAP while it is down. */
  readonly breaker: CircuitBreaker;
  /** The write queue and worker, with REDIS_URL; writes run inline without. */
  readonly writes: WritePipeline | undefined;
  /** Starts answering HTTP on the configured host and port; resolves with the bound address. */
  listen(): Promise<{ host: string; port: number; url: string }>;
  /**
   * Stops accepting requests and jobs, lets running ones finish within SHUTDOWN_TIMEOUT_MS, and
   * closes the Redis and SAP connections.
   */
  close(): Promise<void>;
}

/** Things a caller may hand in instead of having them made from the configuration. */
export interface ServiceOptions {
  logger?: Logger;
  mockSap?: MockSap;
}

/** Builds the service for a configuration: mappings, backend, use cases and the HTTP app. */
export async function createService(
  config: Config,
  options: ServiceOptions = {},
): Promise<Service> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  if (config.SAP_BACKEND === 'odata') {
    throw new ConfigurationError(
      'SAP_BACKEND=odata is not available in this version; use rfc (or mock).',
    );
  }

  const metrics = createServiceMetrics();
  const mappings = loadMappings(config.MAPPINGS_DIR, 'rfc', config.SAP_TIMEZONE);
  const { pool, mockSap } = await openSapPool(config, options.mockSap);
  const breaker = new CircuitBreaker({
    failureThreshold: config.SAP_BREAKER_FAILURES,
    openMs: config.SAP_BREAKER_OPEN_MS,
    onStateChange: (state) => {
      metrics.writes.setCircuit(state);
      logger.warn({ circuit: state }, 'SAP circuit breaker changed state');
    },
  });
  const backend = createRfcBackend({
    kind: config.SAP_BACKEND === 'mock' ? 'mock' : 'rfc',
    pool,
    mappings,
    logger: logger.child({ component: 'sap' }),
    timeoutMs: config.SAP_CALL_TIMEOUT_MS,
    languageIso: config.SAP_RFC_LANG.toUpperCase(),
    timeZone: config.SAP_TIMEZONE,
    observer: metrics.sap,
    breaker,
  });

  const warranty = new WarrantyService(backend.warranty, backend.contracts, {
    timeZone: config.SAP_TIMEZONE,
    cacheTtlSeconds: config.WARRANTY_CACHE_TTL_SECONDS,
    cacheMaxEntries: config.WARRANTY_CACHE_MAX_ENTRIES,
    onCacheLookup: metrics.countWarrantyCacheLookup,
  });
  const redis =
    config.REDIS_URL === undefined
      ? undefined
      : openRedis(config.REDIS_URL, logger.child({ component: 'redis' }));
  // Creates by a caller's reference run one at a time per reference, across instances with Redis.
  const createLock =
    redis === undefined
      ? new KeyedLock()
      : new RedisKeyedLock(redis, {
          prefix: `${config.REDIS_KEY_PREFIX}lock:create:`,
          leaseMs: config.REDIS_LOCK_LEASE_MS,
          waitMs: 30_000,
        });
  const contracts = new ContractService(backend.contracts, backend.masterData, {
    lock: createLock,
    timeZone: config.SAP_TIMEZONE,
    onCoverageChanged: (serialNumbers) => {
      warranty.invalidateSerialNumbers(serialNumbers);
    },
  });

  const replenishment = new ReplenishmentService(backend.parts, backend.requisitions, {
    ...replenishmentHooks(logger.child({ component: 'replenishment' }), metrics),
    ...(redis === undefined
      ? {}
      : {
          lock: new RedisKeyedLock(redis, {
            prefix: `${config.REDIS_KEY_PREFIX}lock:replenishment:`,
            leaseMs: config.REDIS_LOCK_LEASE_MS,
            waitMs: 30_000,
          }),
        }),
  });
  if (redis !== undefined) warnAboutDurability(redis, logger.child({ component: 'redis' }));
  if (config.REPLENISHMENT_SCAN_INTERVAL_SECONDS > 0) {
    replenishment.startScanning(config.REPLENISHMENT_SCAN_INTERVAL_SECONDS * 1000);
  }

  const idempotency: IdempotencyStore =
    redis === undefined
      ? new MemoryIdempotencyStore({
          ttlMs: config.IDEMPOTENCY_TTL_SECONDS * 1000,
          maxKeys: config.IDEMPOTENCY_MAX_KEYS_IN_MEMORY,
        })
      : new RedisIdempotencyStore(redis, {
          prefix: `${config.REDIS_KEY_PREFIX}idempotency:`,
          ttlMs: config.IDEMPOTENCY_TTL_SECONDS * 1000,
        });
  const operations = new WriteOperations();
  const sequence =
    redis === undefined
      ? undefined
      : new ObjectSequence(redis, {
          prefix: `${config.REDIS_KEY_PREFIX}sequence:`,
          ttlMs: config.JOB_FAILED_RETENTION_SECONDS * 1000,
        });
  const writes =
    config.REDIS_URL === undefined
      ? undefined
      : openWritePipeline(writeSettings(config, config.REDIS_URL), {
          execute: (request, context) => operations.execute(request, context),
          describeFailure: describeWriteFailure,
          idempotency,
          sequence,
          logger: logger.child({ component: 'writes' }),
          sapRetryInMs: () => breaker.retryInMs,
          onAttempt: metrics.writes.countAttempt,
        });

  const app = createApp({
    notifications: new NotificationService(backend.notifications, { lock: createLock }),
    masterData: new MasterDataService(backend.masterData),
    contracts,
    warranty,
    orders: new OrderService(
      {
        orders: backend.orders,
        masterData: backend.masterData,
        notifications: backend.notifications,
      },
      { onStockLowered: (places) => replenishment.replenishEach(places) },
      { lock: createLock },
    ),
    parts: new PartService(backend.parts, backend.requisitions, replenishment),
    billing: new BillingService(
      {
        billing: backend.billing,
        orders: backend.orders,
        notifications: backend.notifications,
        contracts: backend.contracts,
        warranty: backend.warranty,
      },
      {
        timeZone: config.SAP_TIMEZONE,
        onOutcome: reportBilling(logger.child({ component: 'billing' }), metrics),
        lock:
          redis === undefined
            ? undefined
            : new RedisKeyedLock(redis, {
                prefix: `${config.REDIS_KEY_PREFIX}lock:billing:`,
                leaseMs: config.REDIS_LOCK_LEASE_MS,
                waitMs: 30_000,
              }),
      },
    ),
    backend,
    operations,
    idempotency,
    queue: writes?.queue,
    sequence,
    writeWaitMs: config.WRITE_WAIT_MS,
    readiness: {
      circuit: () => breaker.state,
      ...(redis === undefined ? {} : { redis: () => pingRedis(redis) }),
      ...(writes?.checkWorker === undefined ? {} : { worker: writes.checkWorker }),
    },
    mockControl: mockSap === null ? undefined : createMockControlRouter(mockSap),
    logger,
    bodyLimit: config.BODY_LIMIT,
    metrics,
  });

  let server: Server | undefined;
  return {
    app,
    backend,
    logger,
    mockSap,
    metrics,
    replenishment,
    breaker,
    writes,
    listen: () =>
      new Promise((resolve, reject) => {
        const listening = app.listen(config.PORT, config.HOST, () => {
          const address = listening.address();
          const port = typeof address === 'object' && address ? address.port : config.PORT;
          resolve({ host: config.HOST, port, url: `http://${config.HOST}:${port}` });
        });
        listening.once('error', reject);
        server = listening;
      }),
    close: async () => {
      const deadline = Date.now() + config.SHUTDOWN_TIMEOUT_MS;
      const remaining = () => Math.max(0, deadline - Date.now());
      if (server) await closeServer(server, remaining());
      await writes?.close(remaining());
      await replenishment.stopScanning();
      await redis?.quit().catch(() => undefined);
      await backend.close();
    },
  };
}

// Stops accepting connections and waits up to `timeoutMs` for running requests to finish.
async function closeServer(server: Server, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
      server.closeIdleConnections();
    }),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  server.closeAllConnections();
}

// Jobs live in Redis: an evicting or non-persistent Redis can lose accepted writes.
function warnAboutDurability(redis: Redis, logger: Logger): void {
  readRedisDurability(redis).then(
    ({ warnings, ...settings }) => {
      for (const warning of warnings) logger.warn({ ...settings, warning }, 'redis may lose jobs');
    },
    () => undefined,
  );
}

async function pingRedis(redis: Redis): Promise<ComponentHealth> {
  try {
    await redis.ping();
    return { status: 'up', detail: 'Redis answers.' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'down', detail: `Redis does not answer: ${reason}` };
  }
}

function writeSettings(config: Config, redisUrl: string) {
  return {
    redisUrl,
    keyPrefix: config.REDIS_KEY_PREFIX,
    queueName: config.WRITE_QUEUE_NAME,
    concurrency: config.WRITE_WORKER_CONCURRENCY,
    attempts: config.WRITE_ATTEMPTS,
    backoffBaseMs: config.WRITE_BACKOFF_BASE_MS,
    backoffMaxMs: config.WRITE_BACKOFF_MAX_MS,
    lockDurationMs: config.JOB_LOCK_DURATION_MS,
    stalledIntervalMs: config.JOB_STALLED_INTERVAL_MS,
    maxStalledCount: config.JOB_MAX_STALLED_COUNT,
    retentionSeconds: config.JOB_RETENTION_SECONDS,
    failedRetentionSeconds: config.JOB_FAILED_RETENTION_SECONDS,
  };
}

// Replenishment reports into the logs and the metrics.
function replenishmentHooks(logger: Logger, metrics: ServiceMetrics): ReplenishmentHooks {
  return {
    onOutcome: (outcome) => {
      metrics.replenishment.onOutcome(outcome);
      const place = { materialId: outcome.materialId, plant: outcome.plant };
      if (outcome.action === 'raised') {
        const { id, quantity, unit } = outcome.requisition;
        logger.info({ ...place, requisition: id, quantity, unit }, 'purchase requisition raised');
      } else if (outcome.action === 'failed') {
        logger.warn({ ...place, err: outcome.error }, 'replenishment check failed');
      } else {
        logger.debug({ ...place, reason: outcome.reason }, 'no requisition needed');
      }
    },
    onScan: (result, durationMs) => {
      metrics.replenishment.onScan(result, durationMs);
      logger.info({ ...result, durationMs: Math.round(durationMs) }, 'replenishment scan done');
    },
    onScanError: (error) => {
      logger.warn({ err: error }, 'replenishment scan failed');
    },
  };
}

// Billing reports into the logs and the metrics: invoices at info, half-done bills at warn.
function reportBilling(logger: Logger, metrics: ServiceMetrics): (event: BillingEvent) => void {
  return ({ error, gross, ...event }) => {
    metrics.countBilling({ ...event, gross });
    const fields = { ...event, ...(gross === undefined ? {} : { gross: gross.amount }) };
    if (event.outcome === 'invoiced') logger.info(fields, 'invoice made');
    else if (event.outcome === 'incomplete')
      logger.warn({ ...fields, err: error }, 'billing incomplete');
    else if (event.outcome === 'failed') logger.warn({ ...fields, err: error }, 'billing failed');
    else logger.debug(fields, 'billing answered without invoice');
  };
}
