import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger, LevelWithSilent } from 'pino';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';

/** Request headers whose values never reach a log. */
export const REDACTED_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'x-api-key'];

const REDACTED = '[Redacted]';

/**
 * Logs one JSON line per request (method, path, status, duration in ms, request id) and gives
 * each request a child logger as `req.log`.
 */
export function logRequests(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    quietReqLogger: true,
    wrapSerializers: false,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    serializers: { req: serializeRequest, res: serializeResponse, err: pino.stdSerializers.err },
    customLogLevel: chooseLevel,
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
  });
}

// 5xx at error; 4xx are the caller's business, so info like everything else.
function chooseLevel(_req: IncomingMessage, res: ServerResponse, error?: Error): LevelWithSilent {
  return error !== undefined || res.statusCode >= 500 ? 'error' : 'info';
}

// The query string stays out: searches carry names and other personal data.
function serializeRequest(req: IncomingMessage & { originalUrl?: string }) {
  const url = req.originalUrl ?? req.url ?? '';
  return { method: req.method, path: url.split('?')[0], headers: redactHeaders(req.headers) };
}

function serializeResponse(res: ServerResponse) {
  return { status: res.statusCode };
}

function redactHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const copy = { ...headers };
  for (const name of REDACTED_HEADERS) {
    if (copy[name] !== undefined) copy[name] = REDACTED;
  }
  return copy;
}
