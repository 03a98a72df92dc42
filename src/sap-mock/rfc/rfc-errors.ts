// Errors shaped like node-rfc's (sap-bapi.md §7.4): callers tell them apart by `name`, and the
// fields carry the NW RFC SDK's error group, return code and key.

/** Where in the call a parameter conversion failed, as node-rfc reports it. */
export interface RfmPath {
  rfm: string;
  parameter: string;
  table?: string;
  table_line?: number;
  field?: string;
}

/** A binding-side error of node-rfc (wrong JS type, closed connection, managed client misuse). */
export class NodeRfcError extends Error {
  readonly rfmPath: RfmPath | undefined;

  constructor(message: string, rfmPath?: RfmPath) {
    super(message);
    this.name = 'nodeRfcError';
    this.rfmPath = rfmPath;
  }
}

/** The fields an RFC library error carries. */
export interface RfcLibErrorFields {
  group: number;
  code: number;
  codeString: string;
  key: string;
  message: string;
}

/** An error of the NW RFC library: invalid parameters, communication, logon, cancel. */
export class RfcLibError extends Error {
  readonly group: number;
  readonly code: number;
  readonly codeString: string;
  readonly key: string;

  constructor(fields: RfcLibErrorFields) {
    super(fields.message);
    this.name = 'RfcLibError';
    this.group = fields.group;
    this.code = fields.code;
    this.codeString = fields.codeString;
    this.key = fields.key;
  }
}

/** The fields an ABAP error carries: the RFC return code and the ABAP message, if any. */
export interface AbapErrorFields extends RfcLibErrorFields {
  abapMsgClass?: string;
  abapMsgType?: string;
  abapMsgNumber?: string;
  abapMsgV1?: string;
  abapMsgV2?: string;
  abapMsgV3?: string;
  abapMsgV4?: string;
}

/** An error raised in ABAP: an exception of the function module, a message, or a dump. */
export class AbapError extends Error {
  readonly group: number;
  readonly code: number;
  readonly codeString: string;
  readonly key: string;
  readonly abapMsgClass: string;
  readonly abapMsgType: string;
  readonly abapMsgNumber: string;
  readonly abapMsgV1: string;
  readonly abapMsgV2: string;
  readonly abapMsgV3: string;
  readonly abapMsgV4: string;

  constructor(fields: AbapErrorFields) {
    super(fields.message);
    this.name = 'ABAPError';
    this.group = fields.group;
    this.code = fields.code;
    this.codeString = fields.codeString;
    this.key = fields.key;
    this.abapMsgClass = fields.abapMsgClass ?? '';
    this.abapMsgType = fields.abapMsgType ?? '';
    this.abapMsgNumber = fields.abapMsgNumber ?? '';
    this.abapMsgV1 = fields.abapMsgV1 ?? '';
    this.abapMsgV2 = fields.abapMsgV2 ?? '';
    this.abapMsgV3 = fields.abapMsgV3 ?? '';
    this.abapMsgV4 = fields.abapMsgV4 ?? '';
  }
}

/** An exception raised by a classic function module (RAISE name): ABAPError code 5, group 1. */
export function abapException(key: string, message = key): AbapError {
  return new AbapError({
    group: 1,
    code: 5,
    codeString: 'RFC_ABAP_EXCEPTION',
    key,
    message,
    abapMsgType: 'E',
  });
}

/** RFC_INVALID_PARAMETER for a parameter or field the function module does not have. */
export function invalidParameterError(name: string): RfcLibError {
  return new RfcLibError({
    group: 5,
    code: 20,
    codeString: 'RFC_INVALID_PARAMETER',
    key: 'RFC_INVALID_PARAMETER',
    message: `field '${name}' not found`,
  });
}

/** The error a call raises when the function module does not exist in the system. */
export function functionNotFoundError(functionModule: string): AbapError {
  // node-rfc's shape for a missing function module is not documented (sap-bapi.md §7.4): this
  // is a guess modelled on the ABAP exception FU_NOT_FOUND with message FL 046.
  return new AbapError({
    group: 1,
    code: 5,
    codeString: 'RFC_ABAP_EXCEPTION',
    key: 'FU_NOT_FOUND',
    message: `ID:FL Type:E Number:046 ${functionModule}`,
    abapMsgClass: 'FL',
    abapMsgType: 'E',
    abapMsgNumber: '046',
    abapMsgV1: functionModule,
  });
}
