/** Pads a number or digit string with leading zeros to a NUMC field's full length. */
export function toNumc(value: number | string, length: number): string {
  const digits = String(value);
  if (!/^\d+$/.test(digits) || digits.length > length) {
    throw new RangeError(`'${digits}' does not fit NUMC ${length}`);
  }
  return digits.padStart(length, '0');
}

/** Converts a material number to MATN1 internal format: numeric ones padded to 18, others upper-cased. */
export function toMatnr(material: number | string): string {
  const text = String(material).toUpperCase();
  return /^\d+$/.test(text) ? toNumc(text, 18) : text;
}

/** Formats a quantity as a packed decimal with three decimals, e.g. '12.000'. */
export function toQuantity(value: number): string {
  return value.toFixed(3);
}

/** Upper-cases a text for a search-term field (MCOD1, MCOD3) and cuts it to the field length. */
export function toSearchTerm(text: string, length: number): string {
  return text.toUpperCase().slice(0, length).trimEnd();
}

const MS_PER_DAY = 86_400_000;

/** A calendar day as a count of days since 1970-01-01 (UTC), so date arithmetic is plain addition. */
export type DayNumber = number;

/** Converts a DATS value 'YYYYMMDD' to a day number. */
export function fromDats(dats: string): DayNumber {
  const year = Number(dats.slice(0, 4));
  const month = Number(dats.slice(4, 6));
  const day = Number(dats.slice(6, 8));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Converts a day number to DATS 'YYYYMMDD'. */
export function toDats(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10).replaceAll('-', '');
}

/** Formats seconds after midnight as TIMS 'HHMMSS'. */
export function toTims(secondsOfDay: number): string {
  const hours = Math.floor(secondsOfDay / 3600);
  const minutes = Math.floor((secondsOfDay % 3600) / 60);
  const seconds = secondsOfDay % 60;
  return [hours, minutes, seconds].map((part) => String(part).padStart(2, '0')).join('');
}

/** The initial DATS value. */
export const INITIAL_DATS = '00000000';

/** The initial TIMS value. */
export const INITIAL_TIMS = '000000';
