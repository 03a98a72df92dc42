import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import type { Request, Response } from 'express';
import { AmbiguousSerialNumberError } from '../../domain/warranty-errors.ts';
import type { WarrantyService } from '../../domain/warranty-service.ts';
import { SAP_CALL_PROBLEMS, jsonResponse, problemResponses } from '../openapi/route-docs.ts';
import { PROBLEM_CONTENT_TYPE, toProblem } from '../problem-details.ts';
import {
  AmbiguousSerialNumberProblemSchema,
  WarrantyCheckSchema,
  WarrantyParamsSchema,
  WarrantyQuerySchema,
} from '../schemas/warranty-schemas.ts';
import { parseInput } from '../validation.ts';

/** The web shop's warranty check under `/v1/warranty-status`. */
export function createWarrantyRouter(warranty: WarrantyService): Router {
  const router = Router();

  router.get('/v1/warranty-status/:serialNumber', async (req, res) => {
    const { serialNumber } = parseInput(WarrantyParamsSchema, req.params);
    const query = parseInput(WarrantyQuerySchema, req.query);
    try {
      res.json(await warranty.check(serialNumber, query));
    } catch (error) {
      if (!(error instanceof AmbiguousSerialNumberError)) throw error;
      answerAmbiguous(error, req, res);
    }
  });

  return router;
}

// The problem document names the materials to choose from, so the caller can ask again.
function answerAmbiguous(error: AmbiguousSerialNumberError, req: Request, res: Response): void {
  const problem = toProblem(error, req.originalUrl.split('?')[0] ?? req.originalUrl);
  res
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .json({ ...problem.body, materials: error.materials });
}

/** Describes the warranty check in the OpenAPI registry. */
export function registerWarrantyPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get',
    path: '/v1/warranty-status/{serialNumber}',
    tags: ['warranty'],
    summary: 'Tells whether a serial number is under warranty or a service contract on a day',
    description:
      '`active` when a customer warranty or a service contract covers the machine on the day ' +
      '(first and last day included), `expired` when something covered it before but nothing ' +
      'does on the day, `none` otherwise. Vendor warranties are listed but do not count. ' +
      'Answers are cached for a short time.',
    request: { params: WarrantyParamsSchema, query: WarrantyQuerySchema },
    responses: {
      200: jsonResponse('The coverage of the machine on the day.', WarrantyCheckSchema),
      ...problemResponses([400, 404]),
      409: {
        description: 'The serial number exists for several materials; `materials` lists them.',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: AmbiguousSerialNumberProblemSchema } },
      },
      ...problemResponses(SAP_CALL_PROBLEMS),
    },
  });
}
