import { Counter, Histogram } from 'prom-client';
import type { Registry } from 'prom-client';
import { METRIC_PREFIX } from './metrics-registry.ts';

/** One answered HTTP request; `route` is the route pattern (`/v1/orders/:id`), never the path. */
export interface HttpRequestObservation {
  method: string;
  route: string;
  status: number;
  durationSeconds: number;
}

/** Counts HTTP requests and their durations by method, route pattern and status. */
export interface HttpMetrics {
  observeRequest(request: HttpRequestObservation): void;
}

const LABELS = ['method', 'route', 'status'] as const;

/** Registers the HTTP request counter and duration histogram in a registry. */
export function createHttpMetrics(registry: Registry): HttpMetrics {
  const requests = new Counter({
    name: `${METRIC_PREFIX}http_requests_total`,
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: LABELS,
    registers: [registry],
  });
  const durations = new Histogram({
    name: `${METRIC_PREFIX}http_request_duration_seconds`,
    help: 'Time from receiving an HTTP request to the end of its answer, in seconds.',
    labelNames: LABELS,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });

  return {
    observeRequest(request) {
      const labels = { method: request.method, route: request.route, status: request.status };
      requests.inc(labels);
      durations.observe(labels, request.durationSeconds);
    },
  };
}
