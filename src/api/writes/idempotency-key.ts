import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { AppError, ValidationError } from '../../errors.ts';

/** The header a caller names a write with, so that sending it again does not write twice. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

// Visible ASCII only: the key is echoed in logs and used in Redis key names.
const SANE_KEY = /^[\x21-\x7E]{1,255}$/;

/** The request's Idempotency-Key; undefined without one, ValidationError for a malformed one. */
export function readIdempotencyKey(req: Request): string | undefined {
  const key = req.get(IDEMPOTENCY_KEY_HEADER);
  if (key === undefined) return undefined;
  if (SANE_KEY.test(key)) return key;

  const message = 'Give 1 to 255 visible ASCII characters, such as a UUID.';
  throw new ValidationError(
    [{ path: `headers.${IDEMPOTENCY_KEY_HEADER}`, code: 'invalid_format', message }],
    `The request is not valid: headers.${IDEMPOTENCY_KEY_HEADER}.`,
  );
}

/** A hash of what a key promises to repeat: the method, the path and the body's content. */
export function fingerprintWrite(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonicalJson(body)}`)
    .digest('base64url');
}

/** The id of the job of a key: a hash, since BullMQ job ids must not contain ':'. */
export function jobIdOfKey(key: string): string {
  return `key-${createHash('sha256').update(key).digest('base64url')}`;
}

/** The same Idempotency-Key came with another request than the first time. */
export class IdempotencyKeyReusedError extends AppError {
  constructor(key: string) {
    super(
      'IDEMPOTENCY_KEY_REUSED',
      422,
      `The Idempotency-Key ${key} was first used with another request; ` +
        'use a new key for a new request.',
    );
  }
}

// Object members in key order, so that the same content always hashes the same.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const members = entries.map(
      ([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`,
    );
    return `{${members.join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}
