import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { registerBillingPaths } from '../routes/billing-routes.ts';
import { registerContractPaths } from '../routes/contract-routes.ts';
import { registerJobPaths } from '../routes/job-routes.ts';
import { registerMasterDataPaths } from '../routes/master-data-routes.ts';
import { registerNotificationPaths } from '../routes/notification-routes.ts';
import { registerOperationsPaths } from '../routes/operations-routes.ts';
import { registerWarrantyPaths } from '../routes/warranty-routes.ts';
import { registerOrderPaths } from '../routes/order-routes.ts';
import { registerPartPaths } from '../routes/part-routes.ts';

/** An OpenAPI 3.1 document, as the generator makes it. */
export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

/** Builds the OpenAPI 3.1 document of the whole API from the schemas the routes validate with. */
export function createOpenApiDocument(): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  registerNotificationPaths(registry);
  registerMasterDataPaths(registry);
  registerContractPaths(registry);
  registerWarrantyPaths(registry);
  registerOrderPaths(registry);
  registerPartPaths(registry);
  registerBillingPaths(registry);
  registerJobPaths(registry);
  registerOperationsPaths(registry);

  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'sap-cs-bridge',
      version: '1.0.0',
      description:
        'One service-management API over SAP Customer Service. Errors are RFC 9457 ' +
        'problem documents with a stable `code`.',
    },
    tags: [
      { name: 'notifications', description: 'Service notifications.' },
      { name: 'orders', description: 'Service orders: operations, confirmations, parts used.' },
      {
        name: 'parts',
        description: 'Spare parts: stock, availability, reorder policy, purchase requisitions.',
      },
      { name: 'customers', description: 'Customers (sold-to parties).' },
      { name: 'equipment', description: "Equipment of customers' installed base." },
      { name: 'contracts', description: 'Service contracts covering equipment.' },
      { name: 'warranty', description: "The web shop's warranty check by serial number." },
      { name: 'jobs', description: 'Writes accepted as jobs (with Redis): state, result, retry.' },
      { name: 'operations', description: 'Health, readiness, metrics and this document.' },
    ],
  });
  describeWrites(document);
  return document;
}

const WRITE_METHODS = ['post', 'put', 'patch'] as const;

// Every write of the API takes an Idempotency-Key and a Prefer header and may answer 202 with
// its job; said once here instead of in every route's description.
function describeWrites(document: OpenApiDocument): void {
  const parameters = [
    {
      name: 'Idempotency-Key',
      in: 'header' as const,
      required: false,
      description:
        'Names the write: the same key with the same request answers the first answer ' +
        '(`Idempotent-Replayed: true`) and writes nothing again; with another request it is a 422.',
      schema: { type: 'string' as const, minLength: 1, maxLength: 255 },
    },
    {
      name: 'Prefer',
      in: 'header' as const,
      required: false,
      description:
        'With Redis: `respond-async` answers 202 at once; `wait=N` waits at most N seconds for ' +
        'the job before answering 202.',
      schema: { type: 'string' as const, examples: ['respond-async', 'wait=2'] },
    },
  ];
  const accepted = {
    description:
      'With Redis: the job did not finish within the wait (SAP slow or down) or the caller ' +
      'preferred respond-async; `Location` is the job, which ends with the usual answer.',
    headers: { Location: { schema: { type: 'string' as const }, example: '/v1/jobs/7f0c…' } },
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Job' } } },
  };

  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!path.startsWith('/v1/') || path.startsWith('/v1/jobs')) continue;
    for (const method of WRITE_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      operation.parameters = [...(operation.parameters ?? []), ...parameters];
      operation.responses = { ...operation.responses, 202: accepted };
    }
  }
}
