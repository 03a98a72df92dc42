import { MockSapUsageError } from '../mock-sap-error.ts';

/** ABAP data types the mock DDIC knows: CHAR, NUMC, DATS, TIMS, packed decimals and INT4. */
export type FieldKind = 'C' | 'N' | 'D' | 'T' | 'P' | 'I';

/** The DDIC type of one field: kind, length in characters (digits for P) and decimals. */
export interface FieldType {
  readonly kind: FieldKind;
  readonly length: number;
  readonly decimals: number;
}

const specPattern = /^(?<kind>[CNP])(?<length>\d+)(?:\.(?<decimals>\d+))?$|^(?<fixed>[DTI])$/;

/** Reads a compact type notation: 'C40', 'N4', 'D', 'T', 'P13.3', 'I'. */
export function parseFieldType(spec: string): FieldType {
  const groups = specPattern.exec(spec)?.groups;
  if (groups === undefined) throw new MockSapUsageError(`Invalid DDIC type notation '${spec}'`);

  const fixed = groups['fixed'];
  if (fixed === 'D') return { kind: 'D', length: 8, decimals: 0 };
  if (fixed === 'T') return { kind: 'T', length: 6, decimals: 0 };
  if (fixed === 'I') return { kind: 'I', length: 10, decimals: 0 };

  const kind = groups['kind'] as FieldKind;
  return { kind, length: Number(groups['length']), decimals: Number(groups['decimals'] ?? 0) };
}

/** The initial value of a type in internal format ('' for CHAR, '0000' for NUMC4, '00000000' …). */
export function initialValue(type: FieldType): string {
  switch (type.kind) {
    case 'C':
      return '';
    case 'N':
    case 'D':
    case 'T':
      return '0'.repeat(type.length);
    case 'P':
      return type.decimals > 0 ? `0.${'0'.repeat(type.decimals)}` : '0';
    case 'I':
      return '0';
  }
}

/** Whether a value is the initial value of its type (SAP's IS INITIAL). */
export function isInitial(type: FieldType, value: string): boolean {
  if (type.kind === 'C') return value.trimEnd() === '';
  if (type.kind === 'P' || type.kind === 'I') return Number(value) === 0;
  return /^0*$/.test(value);
}

/** Brings a stored value to its internal format: CHAR without trailing blanks, NUMC zero-padded. */
export function toInternal(type: FieldType, value: string): string {
  switch (type.kind) {
    case 'C':
      return value.trimEnd();
    case 'N':
      return value.trim() === '' ? initialValue(type) : value.trim().padStart(type.length, '0');
    case 'D':
    case 'T':
      return value.trim() === '' ? initialValue(type) : value;
    case 'P':
      return formatPacked(type, value);
    case 'I':
      return value.trim() === '' ? '0' : String(Math.trunc(Number(value)));
  }
}

/** Formats a packed number as node-rfc returns it by default: a string with its decimals. */
export function formatPacked(type: FieldType, value: string | number): string {
  const text = String(value).trim();
  if (text === '') return initialValue(type);

  const number = Number(text);
  if (!Number.isFinite(number)) return text;
  return number.toFixed(type.decimals);
}

/** Whether a value fits its field: CHAR length, NUMC digits, DATS/TIMS shape, packed digits. */
export function fitsField(type: FieldType, value: string): boolean {
  switch (type.kind) {
    case 'C':
      return value.trimEnd().length <= type.length;
    case 'N':
      return /^\d*$/.test(value) && value.length <= type.length;
    case 'D':
    case 'T':
      return new RegExp(`^\\d{${type.length}}$`).test(value);
    case 'P':
      return /^-?\d+(\.\d+)?$/.test(value) && fitsPackedDigits(type, value);
    case 'I':
      return /^-?\d+$/.test(value);
  }
}

function fitsPackedDigits(type: FieldType, value: string): boolean {
  const [whole = '', fraction = ''] = value.replace('-', '').split('.');
  return fraction.length <= type.decimals && whole.length <= type.length - type.decimals;
}
