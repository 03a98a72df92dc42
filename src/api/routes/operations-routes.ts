import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import type { Registry } from 'prom-client';
import type { CircuitState } from '../../backends/circuit-breaker.ts';
import type { BackendHealth, SapBackend } from '../../backends/port.ts';
import type { ComponentHealth } from '../../jobs/worker-health.ts';
import type { OpenApiDocument } from '../openapi/openapi-document.ts';
import { jsonResponse } from '../openapi/route-docs.ts';
import { createDocsRouter } from '../openapi/swagger-ui.ts';
import {
  HealthSchema,
  MetricsExpositionSchema,
  ReadinessSchema,
} from '../schemas/operations-schemas.ts';
import type { Readiness } from '../schemas/operations-schemas.ts';
import { z } from '../schemas/zod-openapi.ts';

/** How long `/readyz` waits for SAP before it calls the service not ready. */
export const READINESS_TIMEOUT_MS = 5_000;

/** What the operations routes need. */
export interface OperationsDeps {
  backend: SapBackend;
  openApiDocument: OpenApiDocument;
  /** The registry `/metrics` exposes; no `/metrics` route without one. */
  metricsRegistry?: Registry | undefined;
  /** Checks of Redis and the write worker, where this process has them. */
  readiness?: ReadinessExtras | undefined;
}

/** What `/readyz` reports beside SAP. */
export interface ReadinessExtras {
  circuit?: () => CircuitState;
  redis?: () => Promise<ComponentHealth>;
  worker?: () => Promise<ComponentHealth>;
}

/** The routes for operators and tools: health, readiness, the OpenAPI document and its UI. */
export function createOperationsRouter(deps: OperationsDeps): Router {
  const router = Router();

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (req, res) => {
    const readiness = await checkReadiness(
      deps.backend,
      (error) => {
        req.log.warn({ err: error }, 'readiness check failed');
      },
      deps.readiness,
    );
    res.status(readiness.status === 'ready' ? 200 : 503).json(readiness);
  });

  const documentJson = JSON.stringify(deps.openApiDocument);
  router.get('/openapi.json', (_req, res) => {
    res.type('json').send(documentJson);
  });

  const registry = deps.metricsRegistry;
  if (registry) {
    router.get('/metrics', async (_req, res) => {
      const exposition = await registry.metrics();
      res.set('Content-Type', registry.contentType).send(exposition);
    });
  }

  router.use(createDocsRouter('/openapi.json'));
  return router;
}

/**
 * Asks the backend whether SAP answers, and Redis and the worker whether they work, each within
 * READINESS_TIMEOUT_MS; ready when every one is up.
 */
export async function checkReadiness(
  backend: SapBackend,
  onError: (error: unknown) => void,
  extras: ReadinessExtras = {},
): Promise<Readiness> {
  const [health, redis, worker] = await Promise.all([
    withTimeout(backend.ping(), READINESS_TIMEOUT_MS).catch((error: unknown): BackendHealth => {
      onError(error);
      return { ok: false, detail: 'SAP did not answer the ping.' };
    }),
    extras.redis && checkComponent(extras.redis, 'Redis', onError),
    extras.worker && checkComponent(extras.worker, 'The worker check', onError),
  ]);

  const sap = {
    status: health.ok ? 'up' : 'down',
    backend: backend.kind,
    detail: health.detail,
    ...(extras.circuit ? { circuit: extras.circuit() } : {}),
  } as const;
  const checks = {
    sap,
    ...(redis === undefined ? {} : { redis }),
    ...(worker === undefined ? {} : { worker }),
  };
  const ready = [sap, redis, worker].every((check) => check === undefined || check.status === 'up');
  return { status: ready ? 'ready' : 'not-ready', checks };
}

function checkComponent(
  check: () => Promise<ComponentHealth>,
  name: string,
  onError: (error: unknown) => void,
): Promise<ComponentHealth> {
  return withTimeout(check(), READINESS_TIMEOUT_MS).catch((error: unknown): ComponentHealth => {
    onError(error);
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'down', detail: `${name} failed: ${reason}` };
  });
}

/** Describes the operations routes in the OpenAPI registry. */
export function registerOperationsPaths(registry: OpenAPIRegistry): void {
  const tags = ['operations'];

  registry.registerPath({
    method: 'get',
    path: '/healthz',
    tags,
    summary: 'Says the process is up',
    responses: { 200: jsonResponse('The process is up.', HealthSchema) },
  });

  registry.registerPath({
    method: 'get',
    path: '/readyz',
    tags,
    summary: 'Says whether SAP answers, and Redis and the write worker work',
    responses: {
      200: jsonResponse('Every component is up.', ReadinessSchema),
      503: jsonResponse('A component is down.', ReadinessSchema),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/metrics',
    tags,
    summary: 'Prometheus metrics of the service',
    description:
      'HTTP requests by route pattern and status, SAP calls by function module, LUW outcomes, ' +
      'warranty cache look-ups and the process metrics, all prefixed `cs_bridge_`.',
    responses: {
      200: {
        description: 'The metrics in the Prometheus text exposition format 0.0.4.',
        content: { 'text/plain': { schema: MetricsExpositionSchema } },
      },
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/openapi.json',
    tags,
    summary: 'This OpenAPI 3.1 document',
    responses: {
      200: jsonResponse('The OpenAPI document.', z.record(z.string(), z.unknown())),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/docs',
    tags,
    summary: 'Swagger UI for this API',
    responses: {
      200: { description: 'An HTML page.', content: { 'text/html': { schema: z.string() } } },
    },
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`No answer within ${ms} ms.`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}
