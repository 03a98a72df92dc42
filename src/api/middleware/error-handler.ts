import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { PROBLEM_CONTENT_TYPE, toProblem } from '../problem-details.ts';
import { MalformedPathError, RouteNotFoundError } from '../http-errors.ts';

/** Answers every request no route took with a 404 problem. */
export function answerRouteNotFound(): RequestHandler {
  return (req) => {
    throw new RouteNotFoundError(req.method, requestPath(req));
  };
}

/** Turns every error into an RFC 9457 problem answer; 5xx errors are handed to the request log. */
export function answerProblems(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }

    // express decodes path parameters itself and throws a URIError for a broken encoding.
    const known = error instanceof URIError ? new MalformedPathError(requestPath(req)) : error;
    const problem = toProblem(known, requestPath(req));
    if (problem.status >= 500) {
      // pino-http logs `res.err` with the request's line, so the cause is logged once, never sent.
      res.err =
        error instanceof Error ? error : new Error('A non-error was thrown.', { cause: error });
    }

    res.status(problem.status).set(problem.headers).type(PROBLEM_CONTENT_TYPE).json(problem.body);
  };
}

function requestPath(req: Request): string {
  return req.originalUrl.split('?')[0] ?? req.originalUrl;
}
