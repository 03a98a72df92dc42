import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import type { PartService } from '../../domain/part-service.ts';
import {
  JSON_BODY_PROBLEMS,
  SAP_CALL_PROBLEMS,
  jsonBody,
  jsonResponse,
  problemResponses,
} from '../openapi/route-docs.ts';
import {
  AvailabilityQuerySchema,
  PartAvailabilitySchema,
  PartListSchema,
  PartParamsSchema,
  PartPlantParamsSchema,
  PartQuerySchema,
  PartSchema,
  ReorderPolicySchema,
  RequisitionListSchema,
  RequisitionQuerySchema,
} from '../schemas/part-schemas.ts';
import { parseInput } from '../validation.ts';
import type { WriteGateway } from '../writes/write-gateway.ts';
import { sapObjectKey } from '../writes/write-operations.ts';

/** The routes of spare parts under `/v1/parts` and of `/v1/purchase-requisitions`. */
export function createPartRouter(parts: PartService, writes: WriteGateway): Router {
  const router = Router();

  router.get('/v1/parts', async (req, res) => {
    const query = parseInput(PartQuerySchema, req.query);
    res.json({ items: await parts.list(query) });
  });

  router.get('/v1/parts/:materialId', async (req, res) => {
    const { materialId } = parseInput(PartParamsSchema, req.params);
    res.json(await parts.get(materialId));
  });

  router.get('/v1/parts/:materialId/availability', async (req, res) => {
    const { materialId } = parseInput(PartParamsSchema, req.params);
    const { quantity, ...place } = parseInput(AvailabilityQuerySchema, req.query);
    res.json(await parts.availability(materialId, place, quantity));
  });

  router.put(
    '/v1/parts/:materialId/plants/:plant/reorder-policy',
    writes.route('parts.set-reorder-policy', {
      parse: ({ params, body }) => ({
        ...parseInput(PartPlantParamsSchema, params),
        policy: parseInput(ReorderPolicySchema, body),
      }),
      objectKey: ({ materialId, plant }) => sapObjectKey('part', materialId, plant),
      run: async ({ materialId, plant, policy }) => ({
        status: 200,
        body: await parts.setReorderPolicy(materialId, plant, policy),
      }),
    }),
  );

  router.get('/v1/purchase-requisitions', async (req, res) => {
    const query = parseInput(RequisitionQuerySchema, req.query);
    res.json({ items: await parts.listRequisitions(query) });
  });

  return router;
}

/** Describes the part and requisition routes in the OpenAPI registry. */
export function registerPartPaths(registry: OpenAPIRegistry): void {
  const tags = ['parts'];

  registry.registerPath({
    method: 'get',
    path: '/v1/parts',
    tags,
    summary: 'Lists spare parts with their stock, or those at or below a reorder point',
    request: { query: PartQuerySchema },
    responses: {
      200: jsonResponse('A page of parts, by material number.', PartListSchema),
      ...problemResponses([400, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/parts/{materialId}',
    tags,
    summary: 'Reads a part with its stock, reservations, orders and reorder policy per plant',
    request: { params: PartParamsSchema },
    responses: {
      200: jsonResponse('The part.', PartSchema),
      ...problemResponses([400, 404, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/parts/{materialId}/availability',
    tags,
    summary: "Checks a quantity against SAP's availability check in a plant or storage location",
    request: { params: PartParamsSchema, query: AvailabilityQuerySchema },
    responses: {
      200: jsonResponse('What SAP can promise.', PartAvailabilitySchema),
      ...problemResponses([400, 404, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'put',
    path: '/v1/parts/{materialId}/plants/{plant}/reorder-policy',
    tags,
    summary: 'Replaces the reorder point, reorder quantity and safety stock of a part in a plant',
    description:
      'Written to the material master with BAPI_MATERIAL_SAVEDATA. The part is checked for ' +
      'replenishment at once: a new reorder point above the available stock raises a ' +
      'requisition.',
    request: { params: PartPlantParamsSchema, body: jsonBody(ReorderPolicySchema) },
    responses: {
      200: jsonResponse('The part with its new policy.', PartSchema),
      ...problemResponses([...JSON_BODY_PROBLEMS, 404, 409, 422, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/purchase-requisitions',
    tags,
    summary: 'Lists purchase requisition items, newest first',
    request: { query: RequisitionQuerySchema },
    responses: {
      200: jsonResponse('A page of requisition items.', RequisitionListSchema),
      ...problemResponses([400, ...SAP_CALL_PROBLEMS]),
    },
  });
}
