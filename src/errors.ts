/** One message of an SAP `RETURN` (BAPIRET2, BAPIRET1 or BAPIRETURN), as the API shows it. */
export interface SapMessage {
  type: 'E' | 'A' | 'W' | 'I' | 'S' | 'X';
  id: string;
  number: string;
  message: string;
}

/** One validation issue in zod's shape. */
export interface ValidationIssue {
  path: string;
  code: string;
  message: string;
}

/** Options every application error takes. */
export interface AppErrorOptions {
  /** Whether trying the same call again later can succeed (SAP down, lock, timeout). */
  retryable?: boolean;
  cause?: unknown;
  /** SAP objects the error is about, shown as members of the problem document. */
  references?: Partial<Record<ProblemReference, string>>;
  /** When a retry can help: how many seconds to wait, if the error knows better than a guess. */
  retryAfterSeconds?: number;
}

/** The names of SAP objects an error may point to in its problem document. */
export type ProblemReference = 'invoiceId' | 'debitMemoRequestId';

/** The base of every error this service raises on purpose: a stable code and an HTTP status. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly retryable: boolean;
  readonly references: Partial<Record<ProblemReference, string>>;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: string, status: number, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.retryable = options.retryable ?? false;
    this.references = options.references ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** Input that breaks the API contract: nothing was sent to SAP. */
export class ValidationError extends AppError {
  readonly issues: ValidationIssue[];

  constructor(
    issues: ValidationIssue[],
    message = 'The request is not valid.',
    options: { code?: string; status?: number } = {},
  ) {
    super(options.code ?? 'VALIDATION_FAILED', options.status ?? 400, message);
    this.issues = issues;
  }
}

/**
 * Well-formed input naming what SAP does not have or does not allow (an unknown customer,
 * another customer's equipment): a 422 whose `errors` name the fields; nothing was written.
 */
export class UnprocessableInputError extends ValidationError {
  constructor(issues: ValidationIssue[], message = 'SAP cannot process the request.') {
    super(issues, message, { code: 'UNPROCESSABLE_INPUT', status: 422 });
  }
}

/** An object addressed in the path does not exist in SAP. */
export class NotFoundError extends AppError {
  constructor(objectName: string, id: string, options: AppErrorOptions = {}) {
    super('NOT_FOUND', 404, `${objectName} ${id} does not exist.`, options);
  }
}

/** SAP refused a business operation; its `RETURN` messages say why. */
export class SapRefusedError extends AppError {
  readonly messages: SapMessage[];

  constructor(messages: SapMessage[], options: AppErrorOptions & { code?: string } = {}) {
    super(options.code ?? 'SAP_REFUSED', 422, firstErrorText(messages), options);
    this.messages = messages;
  }
}

/** SAP refused a status change (or another change that conflicts with the object's state). */
export class SapConflictError extends AppError {
  readonly messages: SapMessage[];

  constructor(messages: SapMessage[], options: AppErrorOptions & { code?: string } = {}) {
    super(options.code ?? 'SAP_STATUS_CONFLICT', 409, firstErrorText(messages), options);
    this.messages = messages;
  }
}

/** The object is locked by another SAP session; trying again later can succeed. */
export class SapLockedError extends AppError {
  readonly messages: SapMessage[];

  constructor(messages: SapMessage[], options: AppErrorOptions = {}) {
    super('SAP_OBJECT_LOCKED', 409, firstErrorText(messages), { retryable: true, ...options });
    this.messages = messages;
  }
}

/** SAP could not be reached or did not answer in time. */
export class SapUnavailableError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super('SAP_UNAVAILABLE', 503, message, { retryable: true, ...options });
  }
}

/** Configuration or a mapping file is wrong; the service must not start. */
export class ConfigurationError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super('CONFIGURATION_INVALID', 500, message, options);
  }
}

function firstErrorText(messages: SapMessage[]): string {
  const first = messages.find((m) => m.type === 'E' || m.type === 'A' || m.type === 'X');
  return first?.message ?? messages[0]?.message ?? 'SAP refused the request.';
}
