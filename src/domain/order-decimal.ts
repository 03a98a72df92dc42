// Hours and quantities travel as decimal strings and are added exactly: as integers of
// millionths, never as binary floats.

const scaleDigits = 6;

/** How many units of `parseDecimal` make one: a decimal's value is its units ÷ this scale. */
export const decimalScale = 10n ** BigInt(scaleDigits);

const scale = decimalScale;
const decimalPattern = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * Reads a decimal written as SAP or a caller writes it (`2.5`, `  2.500`, `-1`, `.5`); null when
 * it is not a plain decimal number.
 */
export function parseDecimal(text: string): bigint | null {
  const match = decimalPattern.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  if (fraction.length > scaleDigits) return null;

  const units = BigInt(whole || '0') * scale + BigInt(fraction.padEnd(scaleDigits, '0'));
  return sign === '-' ? -units : units;
}

/** Writes a decimal in its shortest form: `2.5`, `3`, `0.125`, `-1.5`. */
export function formatDecimal(units: bigint): string {
  const negative = units < 0n;
  const absolute = negative ? -units : units;
  const whole = (absolute / scale).toString();
  const fraction = (absolute % scale).toString().padStart(scaleDigits, '0').replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative ? `-${text}` : text;
}

/** Rewrites a decimal string in its shortest form; an unreadable value counts as zero. */
export function normaliseDecimal(text: string): string {
  return formatDecimal(parseDecimal(text) ?? 0n);
}

/** Adds decimal strings exactly; unreadable values count as zero. */
export function sumDecimals(values: Iterable<string>): string {
  let total = 0n;
  for (const value of values) total += parseDecimal(value) ?? 0n;
  return formatDecimal(total);
}

/** How many digits a decimal string has after its point. */
export function fractionDigits(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}
