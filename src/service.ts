import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { createApp } from './api/app.ts';
import { loadMappings } from './backends/mapping/load-mappings.ts';
import { openNodeRfcPool } from './backends/rfc/node-rfc-pool.ts';
import { createRfcBackend } from './backends/rfc/rfc-backend.ts';
import type { RfcPool } from './backends/rfc/rfc-client.ts';
import type { SapBackend } from './backends/port.ts';
import type { Config } from './config/config.ts';
import { BillingService } from './domain/billing-service.ts';
import type { BillingEvent } from './domain/billing-service.ts';
import { ContractService } from './domain/contract-service.ts';
import { MasterDataService } from './domain/master-data-service.ts';
import { NotificationService } from './domain/notification-service.ts';
import { WarrantyService } from './domain/warranty-service.ts';
import { OrderService } from './domain/order-service.ts';
import { PartService } from './domain/part-service.ts';
import { ReplenishmentService } from './domain/replenishment-service.ts';
import type { ReplenishmentHooks } from './domain/replenishment-service.ts';
import { ConfigurationError } from './errors.ts';
import { openRedis } from './jobs/redis-connection.ts';
import { RedisKeyedLock } from './jobs/redis-keyed-lock.ts';
import { createLogger } from './logger.ts';
import { createServiceMetrics } from './metrics/service-metrics.ts';
import type { ServiceMetrics } from './metrics/service-metrics.ts';
import { MockRfcPool, MockSap } from './sap-mock/index.ts';

/** A running instance of the service: the HTTP app, the SAP backend and their shutdown. */
export interface Service {
  readonly app: Express;
  readonly backend: SapBackend;
  readonly logger: Logger;
  /** The in-process mock SAP when SAP_BACKEND=mock, for tests and the control API. */
  readonly mockSap: MockSap | null;
  /** This instance's metrics, exposed at `GET /metrics`. */
  readonly metrics: ServiceMetrics;
  /** Keeps spare parts above their reorder points (after goods issues and periodically). */
  readonly replenishment: ReplenishmentService;
  /** Starts answering HTTP on the configured host and port; resolves with the bound address. */
  listen(): Promise<{ host: string; port: number; url: string }>;
  /** Stops accepting requests, lets running ones finish and closes the SAP connections. */
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
  const mockSap =
    config.SAP_BACKEND === 'mock'
      ? (options.mockSap ?? MockSap.create(mockSapOptions(config)))
      : null;
  const pool = mockSap ? mockPool(mockSap, config) : await realPool(config);
  const backend = createRfcBackend({
    kind: config.SAP_BACKEND === 'mock' ? 'mock' : 'rfc',
    pool,
    mappings,
    logger: logger.child({ component: 'sap' }),
    timeoutMs: config.SAP_CALL_TIMEOUT_MS,
    languageIso: config.SAP_RFC_LANG.toUpperCase(),
    timeZone: config.SAP_TIMEZONE,
    observer: metrics.sap,
  });

  const warranty = new WarrantyService(backend.warranty, backend.contracts, {
    timeZone: config.SAP_TIMEZONE,
    cacheTtlSeconds: config.WARRANTY_CACHE_TTL_SECONDS,
    cacheMaxEntries: config.WARRANTY_CACHE_MAX_ENTRIES,
    onCacheLookup: metrics.countWarrantyCacheLookup,
  });
  const contracts = new ContractService(backend.contracts, backend.masterData, {
    timeZone: config.SAP_TIMEZONE,
    onCoverageChanged: (serialNumbers) => {
      warranty.invalidateSerialNumbers(serialNumbers);
    },
  });

  const redis =
    config.REDIS_URL === undefined
      ? undefined
      : openRedis(config.REDIS_URL, logger.child({ component: 'redis' }));
  const replenishment = new ReplenishmentService(backend.parts, backend.requisitions, {
    ...replenishmentHooks(logger.child({ component: 'replenishment' }), metrics),
    ...(redis === undefined
      ? {}
      : {
          lock: new RedisKeyedLock(redis, {
            prefix: `${config.REDIS_KEY_PREFIX}lock:replenishment:`,
            leaseMs: 30_000,
            waitMs: 30_000,
          }),
        }),
  });
  if (config.REPLENISHMENT_SCAN_INTERVAL_SECONDS > 0) {
    replenishment.startScanning(config.REPLENISHMENT_SCAN_INTERVAL_SECONDS * 1000);
  }

  const app = createApp({
    notifications: new NotificationService(backend.notifications),
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
                leaseMs: 30_000,
                waitMs: 30_000,
              }),
      },
    ),
    backend,
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
      if (server) {
        const closing = server;
        await new Promise<void>((resolve) => {
          closing.close(() => {
            resolve();
          });
        });
        closing.closeAllConnections();
      }
      await replenishment.stopScanning();
      await redis?.quit().catch(() => undefined);
      await backend.close();
    },
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

function mockSapOptions(config: Config) {
  return config.MOCK_SAP_SEED_DIR === undefined ? {} : { seedDir: config.MOCK_SAP_SEED_DIR };
}

function mockPool(sap: MockSap, config: Config): RfcPool {
  return new MockRfcPool(sap, {
    connectionParameters: { user: 'CS_BRIDGE', client: '100', lang: config.SAP_RFC_LANG },
    poolOptions: { low: config.SAP_RFC_POOL_LOW, high: config.SAP_RFC_POOL_HIGH },
  });
}

function realPool(config: Config): Promise<RfcPool> {
  const parameters: Record<string, string> = { lang: config.SAP_RFC_LANG };
  const settings = {
    dest: config.SAP_RFC_DEST,
    ashost: config.SAP_RFC_ASHOST,
    sysnr: config.SAP_RFC_SYSNR,
    client: config.SAP_RFC_CLIENT,
    user: config.SAP_RFC_USER,
    passwd: config.SAP_RFC_PASSWD,
  };
  for (const [key, value] of Object.entries(settings)) {
    if (value !== undefined) parameters[key] = value;
  }

  return openNodeRfcPool({
    connectionParameters: parameters,
    low: config.SAP_RFC_POOL_LOW,
    high: config.SAP_RFC_POOL_HIGH,
    timeoutSeconds: Math.ceil(config.SAP_CALL_TIMEOUT_MS / 1000),
  });
}
