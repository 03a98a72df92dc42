import { AppError, SapUnavailableError } from '../../errors.ts';

/** RFC return codes after which SAP is unreachable for now (node-rfc's RFC_RC names). */
const unavailableCodes = new Set([
  'RFC_COMMUNICATION_FAILURE',
  'RFC_LOGON_FAILURE',
  'RFC_CLOSED',
  'RFC_CANCELED',
  'RFC_TIMEOUT',
  'RFC_INVALID_HANDLE',
  'RFC_MEMORY_INSUFFICIENT',
]);

/** Turns an error thrown by node-rfc (or the mock SAP's client) into a service error. */
export function translateRfcError(error: unknown, functionModule: string): AppError {
  if (error instanceof AppError) return error;

  const fields = (typeof error === 'object' && error !== null ? error : {}) as Record<
    string,
    unknown
  >;
  const name = typeof fields.name === 'string' ? fields.name : 'Error';
  const codeString = typeof fields.codeString === 'string' ? fields.codeString : '';
  const message = typeof fields.message === 'string' ? fields.message : String(error);

  if (name === 'RfcLibError' && unavailableCodes.has(codeString)) {
    return new SapUnavailableError(`SAP is not reachable (${codeString}): ${message}`, {
      cause: error,
    });
  }
  return new AppError('SAP_CALL_FAILED', 502, `${functionModule} failed: ${name}: ${message}`, {
    cause: error,
  });
}
