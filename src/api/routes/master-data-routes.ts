import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import type { MasterDataService } from '../../domain/master-data-service.ts';
import type { WarrantyService } from '../../domain/warranty-service.ts';
import { SAP_CALL_PROBLEMS, jsonResponse, problemResponses } from '../openapi/route-docs.ts';
import { IdParamsSchema } from '../schemas/common-schemas.ts';
import {
  CustomerListSchema,
  CustomerQuerySchema,
  CustomerSchema,
  EquipmentDetailSchema,
  EquipmentListSchema,
  EquipmentQuerySchema,
} from '../schemas/master-data-schemas.ts';
import { parseInput } from '../validation.ts';

/** The read-only routes of customers and equipment (an equipment record with its coverage). */
export function createMasterDataRouter(
  masterData: MasterDataService,
  warranty: Pick<WarrantyService, 'coverageOfEquipment'>,
): Router {
  const router = Router();

  router.get('/v1/customers', async (req, res) => {
    const query = parseInput(CustomerQuerySchema, req.query);
    res.json({ items: await masterData.listCustomers(query) });
  });

  router.get('/v1/customers/:id', async (req, res) => {
    res.json(await masterData.getCustomer(req.params.id));
  });

  router.get('/v1/equipment', async (req, res) => {
    const query = parseInput(EquipmentQuerySchema, req.query);
    res.json({ items: await masterData.listEquipment(query) });
  });

  router.get('/v1/equipment/:id', async (req, res) => {
    const equipment = await masterData.getEquipment(req.params.id);
    res.json({ ...equipment, ...(await warranty.coverageOfEquipment(equipment.id)) });
  });

  return router;
}

/** Describes the customer and equipment routes in the OpenAPI registry. */
export function registerMasterDataPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get',
    path: '/v1/customers',
    tags: ['customers'],
    summary: 'Searches customers by name or city',
    request: { query: CustomerQuerySchema },
    responses: {
      200: jsonResponse('A page of customers.', CustomerListSchema),
      ...problemResponses([400, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/customers/{id}',
    tags: ['customers'],
    summary: 'Reads a customer',
    request: { params: IdParamsSchema },
    responses: {
      200: jsonResponse('The customer.', CustomerSchema),
      ...problemResponses([404, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/equipment',
    tags: ['equipment'],
    summary: 'Lists equipment by customer, serial number or material',
    request: { query: EquipmentQuerySchema },
    responses: {
      200: jsonResponse('A page of equipment.', EquipmentListSchema),
      ...problemResponses([400, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/equipment/{id}',
    tags: ['equipment'],
    summary: 'Reads an equipment record',
    request: { params: IdParamsSchema },
    responses: {
      200: jsonResponse(
        'The equipment with its warranty status and contracts.',
        EquipmentDetailSchema,
      ),
      ...problemResponses([404, ...SAP_CALL_PROBLEMS]),
    },
  });
}
