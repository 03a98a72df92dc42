import { z } from './zod-openapi.ts';

/** The answer of `GET /healthz`. */
export const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health');

/** One component's health in a readiness answer. */
export const ComponentHealthSchema = z.object({
  status: z.enum(['up', 'down']),
  detail: z.string(),
});

/** The answer of `GET /readyz`, ready or not. */
export const ReadinessSchema = z
  .object({
    status: z.enum(['ready', 'not-ready']),
    checks: z.object({
      sap: z.object({
        status: z.enum(['up', 'down']),
        backend: z.enum(['mock', 'rfc', 'odata']),
        detail: z.string(),
        circuit: z
          .enum(['closed', 'open', 'half-open'])
          .optional()
          .openapi({ description: 'The circuit breaker in front of SAP.' }),
      }),
      redis: ComponentHealthSchema.optional().openapi({
        description: 'Only with REDIS_URL: whether Redis answers a PING.',
      }),
      worker: ComponentHealthSchema.optional().openapi({
        description: 'Only where this process runs the write worker: whether it takes jobs.',
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
