import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';
import type { BillingEvent } from '../domain/billing-service.ts';
import { METRIC_PREFIX } from './metrics-registry.ts';

/** Registers the billing metrics in a registry; answers the hook that counts into them. */
export function createBillingMetrics(registry: Registry): (event: BillingEvent) => void {
  const calls = new Counter({
    name: `${METRIC_PREFIX}billing_calls_total`,
    help: 'Calls to bill an order or a contract period, by kind and outcome.',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });
  return (event) => {
    calls.inc({ kind: event.kind, outcome: event.outcome });
  };
}
