import { STATUS_CODES } from 'node:http';
import {
  AppError,
  SapConflictError,
  SapLockedError,
  SapRefusedError,
  ValidationError,
} from '../errors.ts';
import type { SapMessage } from '../errors.ts';
import { BillingIncompleteError } from '../domain/billing-errors.ts';
import type { Problem } from './schemas/common-schemas.ts';

/** The media type of every error answer (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** How long a caller should wait before retrying when SAP is unavailable, in seconds. */
export const RETRY_AFTER_SECONDS = 30;

/** A problem document with the status and headers to answer it with. */
export interface ProblemAnswer {
  status: number;
  headers: Record<string, string>;
  body: Problem;
}

const TITLES: Record<string, string> = {
  VALIDATION_FAILED: 'The request is not valid',
  MALFORMED_JSON: 'The request body is not valid JSON',
  MALFORMED_PATH: 'The path is not validly percent-encoded',
  BODY_NOT_DECODABLE: 'The request body does not decode with its Content-Encoding',
  PAYLOAD_TOO_LARGE: 'The request body is too large',
  UNSUPPORTED_MEDIA_TYPE: 'The request body has an unsupported media type',
  ROUTE_NOT_FOUND: 'No such route',
  NOT_FOUND: 'The object does not exist in SAP',
  SAP_REFUSED: 'SAP refused the request',
  SAP_STATUS_CONFLICT: "The change conflicts with the object's status in SAP",
  SAP_OBJECT_LOCKED: 'The object is locked in SAP',
  INSUFFICIENT_STOCK: 'The stock in SAP does not cover the quantity',
  UNPROCESSABLE_INPUT: 'The request names objects SAP cannot use this way',
  SERIAL_NUMBER_AMBIGUOUS: 'The serial number belongs to several materials',
  SAP_UNAVAILABLE: 'SAP is unavailable',
  PRICE_MISSING: 'SAP has no sales price for something the bill needs',
  PRICE_CURRENCY_MISMATCH: 'The prices of the bill are in several currencies',
  PERIOD_OUTSIDE_CONTRACT: 'The contract is not valid in the period',
  CONTRACT_WITHOUT_FEE: 'The contract has no periodic fee',
  ORDER_NOT_BILLABLE: 'Only a technically completed order is billed',
  ALREADY_BILLED: 'The order or period is billed already',
  BILLING_INCOMPLETE: 'The debit memo request was made but not billed',
  IDEMPOTENCY_KEY_REUSED: 'The Idempotency-Key was used with another request',
  QUEUE_UNAVAILABLE: 'The write queue is unavailable',
  JOB_NOT_FAILED: 'Only a failed job can be retried',
  JOBS_DISABLED: 'Writes run inline here: there are no jobs',
  LOCK_TIMEOUT: 'Another instance holds the lock too long',
};

const GENERIC_DETAIL = 'An unexpected error occurred; the request id names it in our logs.';

/** Turns any thrown value into the problem document the API answers with. */
export function toProblem(error: unknown, instance: string): ProblemAnswer {
  if (!(error instanceof AppError) || isHidden(error)) return internalProblem(instance);

  const body: Problem = {
    type: problemType(error.code),
    title: TITLES[error.code] ?? STATUS_CODES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    instance,
    code: error.code,
  };
  if (error instanceof ValidationError) body.errors = error.issues;
  if (hasSapMessages(error)) body.sap = { messages: error.messages };
  Object.assign(body, error.references);

  const headers: Record<string, string> = {};
  if (error.status === 503) {
    headers['Retry-After'] = String(error.retryAfterSeconds ?? RETRY_AFTER_SECONDS);
  }
  return { status: error.status, headers, body };
}

/** The `type` URI of a problem code: `urn:sap-cs-bridge:problem:<code in kebab-case>`. */
export function problemType(code: string): string {
  return `urn:sap-cs-bridge:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}

// A 5xx that a retry cannot mend is our fault: its message may carry internals. A retryable
// one (SAP unavailable, a lock not granted in time) says what to wait for.
function isHidden(error: AppError): boolean {
  return error.status >= 500 && !error.retryable;
}

function hasSapMessages(error: AppError): error is AppError & { messages: SapMessage[] } {
  if (error instanceof BillingIncompleteError) return error.messages.length > 0;
  return (
    error instanceof SapRefusedError ||
    error instanceof SapConflictError ||
    error instanceof SapLockedError
  );
}

function internalProblem(instance: string): ProblemAnswer {
  const body: Problem = {
    type: problemType('INTERNAL_ERROR'),
    title: 'Internal error',
    status: 500,
    detail: GENERIC_DETAIL,
    instance,
    code: 'INTERNAL_ERROR',
  };
  return { status: 500, headers: {}, body };
}
