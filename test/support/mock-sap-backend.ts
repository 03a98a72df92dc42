import { pino } from 'pino';
import { loadMappings } from '../../src/backends/mapping/load-mappings.ts';
import type { SapBackend } from '../../src/backends/port.ts';
import { createRfcBackend } from '../../src/backends/rfc/rfc-backend.ts';
import type { RfcPool } from '../../src/backends/rfc/rfc-client.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { KeyedRunner } from '../../src/domain/keyed-lock.ts';
import { OrderService } from '../../src/domain/order-service.ts';
import type { OrderServiceHooks } from '../../src/domain/order-service.ts';
import { MockRfcPool, MockSap } from '../../src/sap-mock/index.ts';

const mappings = loadMappings(loadConfig({}).MAPPINGS_DIR, 'rfc', 'UTC');

/** The RFC backend over a fresh in-process mock SAP, for use cases tested against real BAPIs. */
export interface MockSapBackend {
  backend: SapBackend;
  sap: MockSap;
}

/**
 * Opens the RFC backend (BAPIs through MockRfcPool) on a freshly seeded mock SAP, or on the
 * given one through the given pool (such as RFC over HTTP).
 */
export function openMockSapBackend(
  sap = MockSap.create(),
  pool: RfcPool = new MockRfcPool(sap, { connectionParameters: { user: 'cs_bridge' } }),
): MockSapBackend {
  const backend = createRfcBackend({
    kind: 'mock',
    pool,
    mappings,
    logger: pino({ level: 'silent' }),
    timeoutMs: 5_000,
    languageIso: 'EN',
    timeZone: 'UTC',
  });
  return { backend, sap };
}

/** A lock that records the keys it is asked for and runs the work at once. */
export function recordingRunner() {
  const keys: string[] = [];
  return {
    keys,
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      keys.push(key);
      return work();
    },
  };
}

/** An OrderService over a backend's ports, with the given lock and hooks. */
export function orderServiceOver(
  backend: SapBackend,
  options: { lock?: KeyedRunner | undefined; hooks?: OrderServiceHooks } = {},
): OrderService {
  const ports = {
    orders: backend.orders,
    masterData: backend.masterData,
    notifications: backend.notifications,
  };
  return new OrderService(ports, options.hooks ?? {}, options.lock ? { lock: options.lock } : {});
}
