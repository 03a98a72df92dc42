import { Counter, Histogram } from 'prom-client';
import type { Registry } from 'prom-client';
import type { RfcObserver } from '../backends/rfc/rfc-observer.ts';
import { METRIC_PREFIX } from './metrics-registry.ts';

/** Registers the SAP call and LUW metrics in a registry and fills them from the RFC gateway. */
export function createSapMetrics(registry: Registry): RfcObserver {
  const calls = new Counter({
    name: `${METRIC_PREFIX}sap_calls_total`,
    help: 'Function module calls to SAP, by function module and outcome (ok, error, timeout).',
    labelNames: ['function_module', 'outcome'] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: `${METRIC_PREFIX}sap_call_duration_seconds`,
    help: 'Duration of function module calls to SAP, in seconds.',
    labelNames: ['function_module'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const luws = new Counter({
    name: `${METRIC_PREFIX}sap_luws_total`,
    help: 'LUWs run in SAP, by outcome (committed, rolled_back).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });

  return {
    onCall(event) {
      calls.inc({ function_module: event.functionModule, outcome: event.outcome });
      durations.observe({ function_module: event.functionModule }, event.durationSeconds);
    },
    onLuw(event) {
      luws.inc({ outcome: event.outcome });
    },
  };
}
