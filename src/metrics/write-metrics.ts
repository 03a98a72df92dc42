import { Counter, Gauge } from 'prom-client';
import type { Registry } from 'prom-client';
import type { CircuitState } from '../backends/circuit-breaker.ts';
import type { WriteAttemptOutcome } from '../jobs/write-worker.ts';
import { METRIC_PREFIX } from './metrics-registry.ts';

/** What the write worker and the circuit breaker report into. */
export interface WriteMetrics {
  countAttempt: (event: { operation: string; outcome: WriteAttemptOutcome }) => void;
  setCircuit: (state: CircuitState) => void;
}

const circuitValues: Record<CircuitState, number> = { closed: 0, 'half-open': 1, open: 2 };

/** Registers the metrics of queued writes and of SAP's circuit breaker in a registry. */
export function createWriteMetrics(registry: Registry): WriteMetrics {
  const attempts = new Counter({
    name: `${METRIC_PREFIX}write_job_attempts_total`,
    help: 'Attempts of queued writes by operation and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const circuit = new Gauge({
    name: `${METRIC_PREFIX}sap_circuit_state`,
    help: 'The circuit breaker in front of SAP: 0 closed, 1 half-open (probing), 2 open.',
    registers: [registry],
  });
  circuit.set(0);
  return {
    countAttempt: ({ operation, outcome }) => {
      attempts.inc({ operation, outcome });
    },
    setCircuit: (state) => {
      circuit.set(circuitValues[state]);
    },
  };
}
