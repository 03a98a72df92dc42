import { z } from './zod-openapi.ts';

/** The answer of `GET /healthz`. */
export const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health');

/** The answer of `GET /readyz`, ready or not. */
export const ReadinessSchema = z
  .object({
    status: z.enum(['ready', 'not-ready']),
    checks: z.object({
      sap: z.object({
        status: z.enum(['up', 'down']),
        backend: z.enum(['mock', 'rfc', 'odata']),
        detail: z.string(),
      }),
    }),
  })
  .openapi('Readiness');

/** The JSON shape of a readiness answer. */
export type Readiness = z.infer<typeof ReadinessSchema>;

/** The answer of `GET /metrics`: Prometheus text exposition. */
export const MetricsExpositionSchema = z.string().openapi({
  example: 'cs_bridge_http_requests_total{method="GET",route="/v1/orders/:id",status="200"} 2\n',
});
