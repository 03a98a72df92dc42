import { AbapError, NodeRfcError, RfcLibError } from '../rfc/rfc-errors.ts';
import type { AbapErrorFields, RfcLibErrorFields, RfmPath } from '../rfc/rfc-errors.ts';

// RFC over HTTP carries node-rfc's values and errors as JSON. Every ABAP type the mock's DDIC
// knows travels as a string or a number (CHAR, NUMC, DATS, TIMS, packed as strings, INT4 as a
// number), so parameters and results need no encoding; binary types (RAW, XSTRING) would.

/** An error as it travels: its class name, message and own fields (group, code, key, …). */
export interface WireError {
  name: string;
  message: string;
  [field: string]: unknown;
}

/** The JSON form of an error thrown by the mock's RFC layer. */
export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  return {
    ...(Object.fromEntries(Object.entries(error)) as object),
    name: error.name,
    message: error.message,
  };
}

/** Re-creates an error of node-rfc's shape (RfcLibError, ABAPError, nodeRfcError) from JSON. */
export function fromWireError(wire: unknown): Error {
  const fields = (typeof wire === 'object' && wire !== null ? wire : {}) as Record<string, unknown>;
  const message = typeof fields['message'] === 'string' ? fields['message'] : 'Unknown RFC error';
  const name = typeof fields['name'] === 'string' ? fields['name'] : 'Error';

  if (name === 'RfcLibError') return new RfcLibError(libFields(fields, message));
  if (name === 'ABAPError') return new AbapError(abapFields(fields, message));
  if (name === 'nodeRfcError') {
    const path = fields['rfmPath'];
    return new NodeRfcError(message, isRfmPath(path) ? path : undefined);
  }
  const error = new Error(message);
  error.name = name;
  return error;
}

function libFields(fields: Record<string, unknown>, message: string): RfcLibErrorFields {
  return {
    group: typeof fields['group'] === 'number' ? fields['group'] : 0,
    code: typeof fields['code'] === 'number' ? fields['code'] : 0,
    codeString: typeof fields['codeString'] === 'string' ? fields['codeString'] : '',
    key: typeof fields['key'] === 'string' ? fields['key'] : '',
    message,
  };
}

function abapFields(fields: Record<string, unknown>, message: string): AbapErrorFields {
  const text = (name: string): string => {
    const value = fields[name];
    return typeof value === 'string' ? value : '';
  };
  return {
    ...libFields(fields, message),
    abapMsgClass: text('abapMsgClass'),
    abapMsgType: text('abapMsgType'),
    abapMsgNumber: text('abapMsgNumber'),
    abapMsgV1: text('abapMsgV1'),
    abapMsgV2: text('abapMsgV2'),
    abapMsgV3: text('abapMsgV3'),
    abapMsgV4: text('abapMsgV4'),
  };
}

function isRfmPath(value: unknown): value is RfmPath {
  if (typeof value !== 'object' || value === null) return false;
  const path = value as Record<string, unknown>;
  return typeof path['rfm'] === 'string' && typeof path['parameter'] === 'string';
}
