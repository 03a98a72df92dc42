import { Counter, Histogram } from 'prom-client';
import type { Registry } from 'prom-client';
import type { ReplenishmentHooks } from '../domain/replenishment-service.ts';
import { METRIC_PREFIX } from './metrics-registry.ts';

/** Registers the replenishment metrics in a registry; answers the hooks that count into them. */
export function createReplenishmentMetrics(
  registry: Registry,
): Required<Pick<ReplenishmentHooks, 'onOutcome' | 'onScan'>> {
  const checks = new Counter({
    name: `${METRIC_PREFIX}replenishment_checks_total`,
    help: 'Replenishment checks of a part in a plant, by outcome (raised, none, failed).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const scans = new Histogram({
    name: `${METRIC_PREFIX}replenishment_scan_duration_seconds`,
    help: 'Duration of the scans over every part at or below its reorder point.',
    buckets: [0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [registry],
  });
  return {
    onOutcome: (outcome) => {
      checks.inc({ outcome: outcome.action });
    },
    onScan: (_result, durationMs) => {
      scans.observe(durationMs / 1000);
    },
  };
}
