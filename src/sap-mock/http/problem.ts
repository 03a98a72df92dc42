import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { MockSapUsageError } from '../mock-sap-error.ts';

/** The media type of every error answer of the mock's control API (RFC 9457). */
export const problemContentType = 'application/problem+json';

/** One problem with a request field, in zod's terms. */
export interface ProblemIssue {
  path: string;
  code: string;
  message: string;
}

/** A request the control API refuses, with its HTTP status and the fields at fault. */
export class MockRequestError extends Error {
  readonly status: number;
  readonly issues: ProblemIssue[];

  constructor(status: number, message: string, issues: ProblemIssue[] = []) {
    super(message);
    this.name = 'MockRequestError';
    this.status = status;
    this.issues = issues;
  }
}

/** Parses request input with a strict schema; throws a 400 MockRequestError naming the fields. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;

  const issues = result.error.issues.flatMap((issue): ProblemIssue[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code !== 'unrecognized_keys') {
      return [{ path, code: issue.code, message: issue.message }];
    }
    return issue.keys.map((key) => ({
      path: path === '' ? key : `${path}.${key}`,
      code: issue.code,
      message: `Unknown field "${key}"`,
    }));
  });
  const fields = [...new Set(issues.map((issue) => issue.path || '(body)'))];
  throw new MockRequestError(400, `The request is not valid: ${fields.join(', ')}`, issues);
}

/** Answers a problem document. */
export function sendProblem(
  response: Response,
  status: number,
  detail: string,
  issues: ProblemIssue[] = [],
): void {
  const title = STATUS_CODES[status] ?? 'Error';
  const type = `urn:sap-cs-bridge:mock-sap:problem:${title.toLowerCase().replaceAll(' ', '-')}`;
  response
    .status(status)
    .type(problemContentType)
    .send(JSON.stringify({ type, title, status, detail, errors: issues }));
}

/** Answers 404 for a route the mock does not serve. */
export const routeNotFound: RequestHandler = (request, response) => {
  sendProblem(response, 404, `No route ${request.method} ${request.path}`);
};

/** Turns errors of the control API into problem documents: 400, 409, or 500. */
// Express knows an error handler by its four parameters, so `_next` stays although unused.
export const problemErrorHandler: ErrorRequestHandler = (
  error: unknown,
  _request,
  response,
  _next,
) => {
  if (error instanceof MockRequestError) {
    sendProblem(response, error.status, error.message, error.issues);
  } else if (error instanceof MockSapUsageError) {
    sendProblem(response, 409, error.message);
  } else if (isBodyParserError(error)) {
    sendProblem(response, error.status, `The request body is not accepted: ${error.message}`);
  } else {
    sendProblem(response, 500, error instanceof Error ? error.message : String(error));
  }
};

// body-parser marks its own errors with `type` and a 4xx status (bad JSON, too large).
function isBodyParserError(error: unknown): error is Error & { status: number } {
  if (!(error instanceof Error)) return false;
  const { status, type } = error as Error & { status?: unknown; type?: unknown };
  return typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500;
}
