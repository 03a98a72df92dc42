import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** The header that carries the request id, in both directions. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

// Letters, digits and a few separators: safe to log and to echo in a header.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Takes the caller's request id when it is a sane token, else makes a UUID; echoes it back. */
export function assignRequestId(): RequestHandler {
  return (req, res, next) => {
    const given = req.get(REQUEST_ID_HEADER);
    const id = given !== undefined && SANE_REQUEST_ID.test(given) ? given : randomUUID();

    req.id = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}
