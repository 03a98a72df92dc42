import { RfcLibError } from '../rfc/rfc-errors.ts';

/** The error node-rfc raises when the partner went away (RFC_COMMUNICATION_FAILURE). */
export function communicationFailure(partner: string, detail = 'partner not reached'): RfcLibError {
  return new RfcLibError({
    group: 4,
    code: 1,
    codeString: 'RFC_COMMUNICATION_FAILURE',
    key: 'RFC_COMMUNICATION_FAILURE',
    message: `Connection to partner ${partner} broken: ${detail}`,
  });
}

/** The error for a connection handle the partner no longer knows (RFC_INVALID_HANDLE). */
export function invalidHandleError(connection: string): RfcLibError {
  return new RfcLibError({
    group: 4,
    code: 13,
    codeString: 'RFC_INVALID_HANDLE',
    key: 'RFC_INVALID_HANDLE',
    message: `An invalid handle was passed to the API call: connection ${connection} is closed`,
  });
}

/** The error of a call cancelled by the caller or by its timeout (RFC_CANCELED). */
export function cancelledError(): RfcLibError {
  return new RfcLibError({
    group: 4,
    code: 7,
    codeString: 'RFC_CANCELED',
    key: 'RFC_CANCELED',
    message: 'Connection was canceled',
  });
}
