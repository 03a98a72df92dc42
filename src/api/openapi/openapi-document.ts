import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { registerBillingPaths } from '../routes/billing-routes.ts';
import { registerContractPaths } from '../routes/contract-routes.ts';
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
  registerOperationsPaths(registry);

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
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
      { name: 'operations', description: 'Health, readiness, metrics and this document.' },
    ],
  });
}
