import express from 'express';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { SapBackend } from '../backends/port.ts';
import type { BillingService } from '../domain/billing-service.ts';
import type { ContractService } from '../domain/contract-service.ts';
import type { MasterDataService } from '../domain/master-data-service.ts';
import type { NotificationService } from '../domain/notification-service.ts';
import type { WarrantyService } from '../domain/warranty-service.ts';
import type { OrderService } from '../domain/order-service.ts';
import type { PartService } from '../domain/part-service.ts';
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
import { createOperationsRouter } from './routes/operations-routes.ts';
import { createWarrantyRouter } from './routes/warranty-routes.ts';
import { createOrderRouter } from './routes/order-routes.ts';
import { createPartRouter } from './routes/part-routes.ts';

/** The request body size the API accepts when the caller of createApp gives no limit. */
export const DEFAULT_BODY_LIMIT = '1mb';

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

  app.use(createNotificationRouter(deps.notifications));
  app.use(createMasterDataRouter(deps.masterData, deps.warranty));
  app.use(createContractRouter(deps.contracts));
  app.use(createWarrantyRouter(deps.warranty));
  app.use(createOrderRouter(deps.orders));
  app.use(createPartRouter(deps.parts));
  app.use(createBillingRouter(deps.billing));
  app.use(
    createOperationsRouter({
      backend: deps.backend,
      openApiDocument: createOpenApiDocument(),
      metricsRegistry: deps.metrics?.registry,
    }),
  );

  app.use(answerRouteNotFound());
  app.use(answerProblems());
  return app;
}
