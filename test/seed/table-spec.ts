import { longTextTable, tableDefinitions } from '../../src/sap-mock/ddic/tables.ts';

/** A field's ABAP type in short notation: C<len>, N<len>, D (DATS), T (TIMS) or P<digits>.<decimals>. */
export type FieldType = `C${number}` | `N${number}` | 'D' | 'T' | `P${number}.${number}`;

/** One table of the contract: its fields in order and which of them form the key. */
export interface TableSpec {
  fields: Readonly<Record<string, FieldType>>;
  keys: readonly string[];
}

/**
 * The tables of the mock SAP's seed with their fields and keys, read from the mock SAP's own DDIC
 * (the internal long-text store, which the seed keeps in texts.json, is left out).
 */
export const TABLE_SPECS: Readonly<Record<string, TableSpec>> = Object.fromEntries(
  [...tableDefinitions.values()]
    .filter((definition) => definition.name !== longTextTable)
    .map((definition) => [
      definition.name,
      {
        fields: Object.fromEntries(
          [...definition.fields].map(([name, type]) => [name, notationOf(type)]),
        ),
        keys: definition.keyFields,
      },
    ]),
);

function notationOf(type: { kind: string; length: number; decimals: number }): FieldType {
  if (type.kind === 'D' || type.kind === 'T') return type.kind;
  if (type.kind === 'P') return `P${type.length}.${type.decimals}`;
  return `${type.kind === 'N' ? 'N' : 'C'}${type.length}`;
}

/** Says why a value does not fit its field type, or returns undefined when it does. */
export function checkValue(value: unknown, type: FieldType): string | undefined {
  if (typeof value !== 'string') return `is ${typeof value}, not a string`;

  if (type === 'D') return value === '00000000' || isValidDate(value) ? undefined : 'is no DATS';
  if (type === 'T') return /^([01]\d|2[0-3])[0-5]\d[0-5]\d$/.test(value) ? undefined : 'is no TIMS';

  const packed = /^P(\d+)\.(\d+)$/.exec(type);
  if (packed) {
    const decimals = Number(packed[2]);
    const integerDigits = Number(packed[1]) - decimals;
    // As the mock formats packed numbers: no leading zeros, exactly their decimals, and no
    // decimal point without any ('12' for P5.0, '12.50' for P11.2).
    const fraction = decimals > 0 ? `\\.\\d{${String(decimals)}}` : '';
    const whole = integerDigits > 0 ? `(0|[1-9]\\d{0,${String(integerDigits - 1)}})` : '0';
    const pattern = new RegExp(`^-?${whole}${fraction}$`);
    return pattern.test(value) ? undefined : `is no decimal of type ${type}`;
  }

  const length = Number(type.slice(1));
  if (type.startsWith('N')) {
    return new RegExp(`^\\d{${length}}$`).test(value) ? undefined : `is no NUMC ${length}`;
  }
  if (value.length > length) return `is longer than ${length}`;
  if (value !== value.trimEnd() || value !== value.trimStart()) return 'has outer blanks';
  return undefined;
}

/** Tells whether 'YYYYMMDD' is a real calendar date. */
export function isValidDate(value: string): boolean {
  if (!/^\d{8}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(4, 6));
  const day = Number(value.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
