import type { ResponseConfig, ZodRequestBody } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import { PROBLEM_CONTENT_TYPE } from '../problem-details.ts';
import { ProblemSchema } from '../schemas/common-schemas.ts';

/** The problem answers a route can give, by HTTP status. */
export type ProblemStatus = 400 | 404 | 409 | 413 | 415 | 422 | 500 | 503;

const PROBLEM_DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'The input is not valid (`errors` names each field) or the body is not JSON.',
  404: 'SAP does not know the object, or no such route.',
  409: "SAP refused the change in the object's current status, or the object is locked.",
  413: 'The request body is larger than the limit.',
  415: 'The request body is not application/json.',
  422: 'SAP refused the request; `sap.messages` quotes SAP.',
  500: 'An unexpected error; the request id names it in the logs.',
  503: 'SAP is unavailable; retry after `Retry-After` seconds.',
};

/** A required JSON request body with the given schema. */
export function jsonBody(schema: z.ZodType): ZodRequestBody {
  return { required: true, content: { 'application/json': { schema } } };
}

/** A JSON response with the given schema. */
export function jsonResponse(description: string, schema: z.ZodType): ResponseConfig {
  return { description, content: { 'application/json': { schema } } };
}

/** The problem+json responses for the given statuses. */
export function problemResponses(statuses: ProblemStatus[]): Record<string, ResponseConfig> {
  const responses: Record<string, ResponseConfig> = {};
  for (const status of statuses) {
    responses[status] = {
      description: PROBLEM_DESCRIPTIONS[status],
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
    };
  }
  return responses;
}

/** The problems every call that reaches SAP can answer with. */
export const SAP_CALL_PROBLEMS: ProblemStatus[] = [500, 503];

/** The problems every write with a JSON body can answer with. */
export const JSON_BODY_PROBLEMS: ProblemStatus[] = [400, 413, 415];
