import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';
import { METRIC_PREFIX } from './metrics-registry.ts';

/** Registers the warranty cache counter in a registry; the answer counts one look-up. */
export function createWarrantyCacheMetrics(registry: Registry): (result: 'hit' | 'miss') => void {
  const lookups = new Counter({
    name: `${METRIC_PREFIX}warranty_cache_lookups_total`,
    help: 'Look-ups in the warranty check cache, by result (hit, miss).',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  return (result) => {
    lookups.inc({ result });
  };
}
