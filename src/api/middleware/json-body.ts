import express from 'express';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import {
  IncompleteBodyError,
  MalformedJsonError,
  PayloadTooLargeError,
  UndecodableBodyError,
  UnsupportedMediaTypeError,
} from '../http-errors.ts';

const JSON_TYPES = ['application/json', 'application/*+json'];
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** Parses JSON bodies up to `limit` and turns every body problem into a typed error. */
export function parseJsonBody(limit: string): (RequestHandler | ErrorRequestHandler)[] {
  return [requireJsonOnWrites(), express.json({ limit, type: JSON_TYPES }), translateErrors(limit)];
}

// A write with a body must say it is JSON; a write without one (a status change) needs nothing.
function requireJsonOnWrites(): RequestHandler {
  return (req, _res, next) => {
    if (WRITE_METHODS.has(req.method) && carriesBody(req) && !req.is(JSON_TYPES)) {
      const given = req.get('Content-Type') ?? 'none';
      throw new UnsupportedMediaTypeError(`Send the body as application/json, not ${given}.`);
    }
    next();
  };
}

// fetch and many clients send `Content-Length: 0` on a bodiless POST: that is no body either.
function carriesBody(req: Request): boolean {
  if (req.get('Transfer-Encoding') !== undefined) return true;
  return Number(req.get('Content-Length') ?? 0) > 0;
}

function translateErrors(limit: string): ErrorRequestHandler {
  return (error: unknown, _req, _res, next) => {
    next(toBodyError(error, limit));
  };
}

function toBodyError(error: unknown, limit: string): unknown {
  const type = bodyParserErrorType(error);
  // A Content-Encoding whose data does not inflate: body-parser passes zlib's error on as a 400.
  if (type === undefined)
    return hasClientStatus(error) ? new UndecodableBodyError({ cause: error }) : error;

  const options = { cause: error };
  switch (type) {
    case 'entity.parse.failed':
      return new MalformedJsonError(options);
    case 'entity.too.large':
      return new PayloadTooLargeError(limit, options);
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new UnsupportedMediaTypeError(
        'The body uses a charset or encoding we cannot read.',
        options,
      );
    case 'request.aborted':
    case 'request.size.invalid':
      return new IncompleteBodyError(options);
    default:
      return error;
  }
}

function hasClientStatus(error: unknown): boolean {
  if (!(error instanceof Error) || !('status' in error)) return false;
  return error.status === 400;
}

// body-parser marks its errors with a `type` such as 'entity.parse.failed'.
function bodyParserErrorType(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('type' in error)) return undefined;
  return typeof error.type === 'string' ? error.type : undefined;
}
