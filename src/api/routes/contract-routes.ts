import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import type { ContractService } from '../../domain/contract-service.ts';
import {
  JSON_BODY_PROBLEMS,
  SAP_CALL_PROBLEMS,
  jsonBody,
  jsonResponse,
  problemResponses,
} from '../openapi/route-docs.ts';
import { IdParamsSchema } from '../schemas/common-schemas.ts';
import {
  ContractListSchema,
  ContractQuerySchema,
  ContractSchema,
  NewContractSchema,
} from '../schemas/contract-schemas.ts';
import { z } from '../schemas/zod-openapi.ts';
import { parseInput } from '../validation.ts';
import type { WriteGateway } from '../writes/write-gateway.ts';

/** The routes of service contracts under `/v1/contracts`. */
export function createContractRouter(contracts: ContractService, writes: WriteGateway): Router {
  const router = Router();

  router.post(
    '/v1/contracts',
    writes.route('contracts.create', {
      parse: ({ body }) => parseInput(NewContractSchema, body),
      run: async (input) => {
        const { contract, created } = await contracts.create(input);
        return { status: created ? 201 : 200, location: contractPath(contract.id), body: contract };
      },
    }),
  );

  router.get('/v1/contracts', async (req, res) => {
    const query = parseInput(ContractQuerySchema, req.query);
    res.json({ items: await contracts.list(query) });
  });

  router.get('/v1/contracts/:id', async (req, res) => {
    res.json(await contracts.get(req.params.id));
  });

  return router;
}

/** The path of one contract, as `Location` gives it. */
export function contractPath(id: string): string {
  return `/v1/contracts/${encodeURIComponent(id)}`;
}

/** Describes the contract routes in the OpenAPI registry. */
export function registerContractPaths(registry: OpenAPIRegistry): void {
  const tags = ['contracts'];

  registry.registerPath({
    method: 'post',
    path: '/v1/contracts',
    tags,
    summary: 'Makes a service contract covering equipment of one customer',
    description:
      'A 422 names the field when SAP does not know the customer or an equipment record, or ' +
      'when the equipment belongs to another customer; nothing is created then.',
    request: { body: jsonBody(NewContractSchema) },
    responses: {
      201: {
        ...jsonResponse('The contract was created.', ContractSchema),
        headers: z.object({
          Location: z.string().openapi({ example: '/v1/contracts/40000026' }),
        }),
      },
      ...problemResponses([...JSON_BODY_PROBLEMS, 409, 422, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/contracts',
    tags,
    summary: 'Lists contracts of a customer or covering an equipment record, newest first',
    request: { query: ContractQuerySchema },
    responses: {
      200: jsonResponse('A page of contracts.', ContractListSchema),
      ...problemResponses([400, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/contracts/{id}',
    tags,
    summary: 'Reads a service contract',
    request: { params: IdParamsSchema },
    responses: {
      200: jsonResponse('The contract.', ContractSchema),
      ...problemResponses([404, ...SAP_CALL_PROBLEMS]),
    },
  });
}
