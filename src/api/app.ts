import express from 'express';
import type { Express, Router } from 'express';
import type { Logger } from 'pino';
import type { SapBackend } from '../backends/port.ts';
import type { BillingService } from '../domain/billing-service.ts';
import type { ContractService } from '../domain/contract-service.ts';
import type { MasterDataService } from '../domain/master-data-service.ts';
import type { NotificationService } from '../domain/notification-service.ts';
import type { WarrantyService } from '../domain/warranty-service.ts';
import type { OrderService } from '../domain/order-service.ts';
import type { PartService } from '../domain/part-service.ts';
import type { IdempotencyStore } from '../jobs/idempotency-store.ts';
import type { ObjectSequence } from '../jobs/object-sequence.ts';
import type { WriteQueue } from '../jobs/write-queue.ts';
import type { ServiceMetrics } from '../metrics/service-metrics.ts';
import { answerProblems, answerRouteNotFound } from './middleware/error-handler.ts';
import { parseJsonBody } from './middleware/json-body.ts';
import { assignRequestId } from './middleware/request-id.ts';
import { logRequests } from './middleware/request-logging.ts';
import { recordRequestMetrics } from './middleware/request-metrics.ts';
import { createOpenApiDocument } from './openapi/openapi-document.ts';
import { createBillingRouter } from './routes/billing-routes.ts';
import { createContractRouter } from './routes/contract-routes.ts';
import { createMasterDataRouter } from './routes/master-data-routes.ts';
import { createNotificationRouter } from './routes/notification-routes.ts';
import { createJobRouter } from './routes/job-routes.ts';
import { createOperationsRouter } from './routes/operations-routes.ts';
import type { ReadinessExtras } from './routes/operations-routes.ts';
import { createWarrantyRouter } from './routes/warranty-routes.ts';
import { createOrderRouter } from './routes/order-routes.ts';
import { createPartRouter } from './routes/part-routes.ts';
import { WriteGateway } from './writes/write-gateway.ts';
import type { WriteOperations } from './writes/write-operations.ts';

/** The request body size the API accepts when the caller of createApp gives no limit. */
export const DEFAULT_BODY_LIMIT = '1mb';

/** How long a write request waits for its job when the caller of createApp does not say. */
export const DEFAULT_WRITE_WAIT_MS = 5_000;

/** What the HTTP API needs: the use cases, the backend for `/readyz` and a logger. */
export interface AppDeps {
  notifications: NotificationService;
  masterData: MasterDataService;
  contracts: ContractService;
  warranty: WarrantyService;
  orders: OrderService;
  parts: PartService;
  billing: BillingService;
  backend: SapBackend;
  /** Where every write is defined; a worker runs queued writes from it by name. */
  operations: WriteOperations;
  /** Remembers Idempotency-Keys. */
  idempotency: IdempotencyStore;
  /** The write queue; without it writes run inline. */
  queue?: WriteQueue | undefined;
  /** Keeps the order of queued writes per SAP object. */
  sequence?: ObjectSequence | undefined;
  /** How long a write request waits for its job before it answers 202. */
  writeWaitMs?: number | undefined;
  /** What `/readyz` checks beside SAP. */
  readiness?: ReadinessExtras | undefined;
  /** The mock SAP's control API (`/_mock/...`), served when the mock SAP runs in process. */
  mockControl?: Router | undefined;
  logger: Logger;
  /** The largest accepted request body, in the `bytes` notation of express (`'1mb'`). */
  bodyLimit?: string | undefined;
  /** The service's metrics; without them requests are not counted and `/metrics` is absent. */
  metrics?: Pick<ServiceMetrics, 'registry' | 'http'> | undefined;
}

/** Builds the express app of the API v1; it does not listen and reads no configuration. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');

  app.use(assignRequestId());
  app.use(logRequests(deps.logger));
  if (deps.metrics) app.use(recordRequestMetrics(deps.metrics.http));
  app.use(parseJsonBody(deps.bodyLimit ?? DEFAULT_BODY_LIMIT));

  const writes = new WriteGateway({
    operations: deps.operations,
    idempotency: deps.idempotency,
    queue: deps.queue,
    sequence: deps.sequence,
    waitMs: deps.writeWaitMs ?? DEFAULT_WRITE_WAIT_MS,
  });
  app.use(createNotificationRouter(deps.notifications, writes));
  app.use(createMasterDataRouter(deps.masterData, deps.warranty));
  app.use(createContractRouter(deps.contracts, writes));
  app.use(createWarrantyRouter(deps.warranty));
  app.use(createOrderRouter(deps.orders, writes));
  app.use(createPartRouter(deps.parts, writes));
  app.use(createBillingRouter(deps.billing, writes));
  app.use(createJobRouter(deps.queue, deps.idempotency));
  if (deps.mockControl) app.use(deps.mockControl);
  app.use(
    createOperationsRouter({
      backend: deps.backend,
      openApiDocument: createOpenApiDocument(),
      metricsRegistry: deps.metrics?.registry,
      readiness: deps.readiness,
    }),
  );

  app.use(answerRouteNotFound());
  app.use(answerProblems());
  return app;
}
