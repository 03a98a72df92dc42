import { Registry, collectDefaultMetrics } from 'prom-client';

/** The prefix of every metric name the service exposes, the process metrics included. */
export const METRIC_PREFIX = 'cs_bridge_';

/**
 * Makes a registry for one service instance (never prom-client's global one, so that several
 * services in one process keep their own counts) with the process metrics: CPU, memory, event
 * loop lag, garbage collection.
 */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  return registry;
}
