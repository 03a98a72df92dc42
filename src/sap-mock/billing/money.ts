// Exact decimal arithmetic for pricing and postings: values are fractions of big integers, so
// that a value is rounded exactly once, half away from zero, as SAP's pricing rounds.

/** An exact rational number. */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** Reads a decimal string ('12.50', '-3', '0.125') as an exact fraction. */
export function fractionOf(text: string): Fraction {
  const trimmed = text.trim() === '' ? '0' : text.trim();
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(trimmed);
  if (match === null) throw new RangeError(`'${text}' is not a decimal number`);

  const [, sign = '', whole = '', fraction = ''] = match;
  const digits = BigInt(`${whole || '0'}${fraction}`);
  return {
    numerator: sign === '-' ? -digits : digits,
    denominator: 10n ** BigInt(fraction.length),
  };
}

/** The product of fractions. */
export function times(...factors: readonly Fraction[]): Fraction {
  return factors.reduce(
    (product, factor) => ({
      numerator: product.numerator * factor.numerator,
      denominator: product.denominator * factor.denominator,
    }),
    { numerator: 1n, denominator: 1n },
  );
}

/** The difference of two fractions. */
export function minus(minuend: Fraction, subtrahend: Fraction): Fraction {
  return {
    numerator:
      minuend.numerator * subtrahend.denominator - subtrahend.numerator * minuend.denominator,
    denominator: minuend.denominator * subtrahend.denominator,
  };
}

/** A fraction divided by another (which must not be zero). */
export function dividedBy(dividend: Fraction, divisor: Fraction): Fraction {
  const sign = divisor.numerator < 0n ? -1n : 1n;
  return {
    numerator: dividend.numerator * divisor.denominator * sign,
    denominator: dividend.denominator * divisor.numerator * sign,
  };
}

/** A fraction rounded to a number of decimals, half away from zero, as a decimal string. */
export function roundHalfAwayFromZero(value: Fraction, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = value.numerator * scale;
  const magnitude = scaled < 0n ? -scaled : scaled;
  let units = magnitude / value.denominator;
  if ((magnitude % value.denominator) * 2n >= value.denominator) units += 1n;
  return formatUnits(scaled < 0n ? -units : units, decimals);
}

/** An amount with two decimals as whole cents. */
export function centsOf(amount: string): bigint {
  const fraction = fractionOf(amount);
  return BigInt(roundHalfAwayFromZero(fraction, 2).replace('.', ''));
}

/** Whole cents as an amount with two decimals ('1250' cents → '12.50'). */
export function amountOf(cents: bigint): string {
  return formatUnits(cents, 2);
}

/** The sum of amounts with two decimals. */
export function sumAmounts(amounts: readonly string[]): string {
  return amountOf(amounts.reduce((sum, amount) => sum + centsOf(amount), 0n));
}

function formatUnits(units: bigint, decimals: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : '';
  return `${negative && units !== 0n ? '-' : ''}${whole}${fraction}`;
}
