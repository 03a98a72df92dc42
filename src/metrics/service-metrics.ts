import type { Registry } from 'prom-client';
import type { RfcObserver } from '../backends/rfc/rfc-observer.ts';
import type { BillingEvent } from '../domain/billing-service.ts';
import type { ReplenishmentHooks } from '../domain/replenishment-service.ts';
import { createBillingMetrics } from './billing-metrics.ts';
import { createHttpMetrics } from './http-metrics.ts';
import type { HttpMetrics } from './http-metrics.ts';
import { createMetricsRegistry } from './metrics-registry.ts';
import { createReplenishmentMetrics } from './replenishment-metrics.ts';
import { createSapMetrics } from './sap-metrics.ts';
import { createWarrantyCacheMetrics } from './warranty-metrics.ts';
import { createWriteMetrics } from './write-metrics.ts';
import type { WriteMetrics } from './write-metrics.ts';

/** The metrics of one service instance: its registry and what each layer reports into it. */
export interface ServiceMetrics {
  readonly registry: Registry;
  readonly http: HttpMetrics;
  readonly sap: RfcObserver;
  readonly countWarrantyCacheLookup: (result: 'hit' | 'miss') => void;
  readonly replenishment: Required<Pick<ReplenishmentHooks, 'onOutcome' | 'onScan'>>;
  readonly countBilling: (event: BillingEvent) => void;
  readonly writes: WriteMetrics;
}

/** Makes a fresh registry with every metric of the service in it. */
export function createServiceMetrics(): ServiceMetrics {
  const registry = createMetricsRegistry();
  return {
    registry,
    http: createHttpMetrics(registry),
    sap: createSapMetrics(registry),
    countWarrantyCacheLookup: createWarrantyCacheMetrics(registry),
    replenishment: createReplenishmentMetrics(registry),
    countBilling: createBillingMetrics(registry),
    writes: createWriteMetrics(registry),
  };
}
