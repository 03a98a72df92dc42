// Money is worked out exactly: decimal strings become fractions of bigints, a calculation
// multiplies and divides those fractions, and only its result is rounded, once, half away from
// zero, to the currency's minor unit. JavaScript numbers never hold an amount.

import { AppError } from '../errors.ts';
import type { Money } from './contract.ts';
import { decimalScale, parseDecimal } from './order-decimal.ts';

/** An exact rational number; the denominator is always positive and the fraction reduced. */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** A decimal the service itself should have written correctly (a price, a share) is unreadable. */
export class DecimalInvalidError extends AppError {
  constructor(text: string, what: string) {
    super('DECIMAL_INVALID', 500, `The ${what} ${JSON.stringify(text)} is not a decimal number.`);
  }
}

const digitsByCurrency = new Map<string, number>();

/** The digits after the point of a currency's minor unit (ISO 4217): EUR 2, JPY 0, BHD 3. */
export function currencyDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = minorUnitDigits(currency);
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** The fraction a numerator and a non-zero denominator make, reduced. */
export function ratio(numerator: bigint, denominator: bigint): Fraction {
  if (denominator === 0n) throw new RangeError('A fraction cannot have the denominator 0.');
  const sign = denominator < 0n ? -1n : 1n;
  const divisor = greatestCommonDivisor(numerator, denominator);
  return { numerator: (sign * numerator) / divisor, denominator: (sign * denominator) / divisor };
}

/** Reads a decimal string (`2.5`, `120.50`, `-1`) exactly; `what` names it in the error. */
export function parseFraction(text: string, what = 'value'): Fraction {
  const units = parseDecimal(text);
  if (units === null) throw new DecimalInvalidError(text, what);
  return ratio(units, decimalScale);
}

/** The product of fractions; 1 for none. */
export function multiply(...factors: readonly Fraction[]): Fraction {
  let numerator = 1n;
  let denominator = 1n;
  for (const factor of factors) {
    numerator *= factor.numerator;
    denominator *= factor.denominator;
  }
  return ratio(numerator, denominator);
}

/** The quotient of two fractions; the divisor must not be zero. */
export function divide(dividend: Fraction, divisor: Fraction): Fraction {
  return multiply(dividend, ratio(divisor.denominator, divisor.numerator));
}

/** The sum of fractions; 0 for none. */
export function add(...terms: readonly Fraction[]): Fraction {
  let sum = ratio(0n, 1n);
  for (const term of terms) {
    sum = ratio(
      sum.numerator * term.denominator + term.numerator * sum.denominator,
      sum.denominator * term.denominator,
    );
  }
  return sum;
}

/** The difference of two fractions. */
export function subtract(minuend: Fraction, subtrahend: Fraction): Fraction {
  return add(minuend, { numerator: -subtrahend.numerator, denominator: subtrahend.denominator });
}

/** Whether the first fraction is less (−1), equal (0) or greater (1) than the second. */
export function compareFractions(first: Fraction, second: Fraction): -1 | 0 | 1 {
  const left = first.numerator * second.denominator;
  const right = second.numerator * first.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Rounds a fraction half away from zero to `digits` decimals, as an integer of those units. */
export function roundToUnits(value: Fraction, digits: number): bigint {
  const scaled = value.numerator * 10n ** BigInt(digits);
  const quotient = scaled / value.denominator;
  const remainder = scaled % value.denominator;

  const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
  if (twiceRemainder < value.denominator) return quotient;
  return scaled < 0n ? quotient - 1n : quotient + 1n;
}

/**
 * Writes a fraction with at least `minDigits` and at most `maxDigits` decimals: rounded half away
 * from zero at `maxDigits`, trailing zeros dropped down to `minDigits` (`120.50`, `33.33`, `3`).
 */
export function formatFraction(value: Fraction, minDigits: number, maxDigits: number): string {
  const units = roundToUnits(value, maxDigits);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(maxDigits + 1, '0');

  const whole = digits.slice(0, digits.length - maxDigits);
  let fraction = digits.slice(digits.length - maxDigits);
  while (fraction.length > minDigits && fraction.endsWith('0')) fraction = fraction.slice(0, -1);

  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** Writes an amount with exactly the currency's digits, rounded once: `120.50`, JPY `1200`. */
export function formatAmount(value: Fraction, currency: string): string {
  const digits = currencyDigits(currency);
  return formatFraction(value, digits, digits);
}

/** Money of an exact amount, rounded once half away from zero to the currency's minor unit. */
export function roundMoney(value: Fraction, currency: string): Money {
  return { amount: formatAmount(value, currency), currency };
}

/** The exact value of an amount of money. */
export function moneyFraction(money: Money): Fraction {
  return parseFraction(money.amount, `amount in ${money.currency}`);
}

/** Adds amounts of one currency exactly, written with the currency's digits. */
export function addMoney(currency: string, amounts: readonly Money[]): Money {
  for (const money of amounts) {
    if (money.currency !== currency) {
      throw new RangeError(`Cannot add ${money.currency} to an amount in ${currency}.`);
    }
  }
  return roundMoney(add(...amounts.map(moneyFraction)), currency);
}

/** Whether an amount of money is more than nothing. */
export function isPositive(money: Money): boolean {
  return moneyFraction(money).numerator > 0n;
}

/** What the customer pays for a quantity at a price, with a percent covered by someone else. */
export interface ChargeInput {
  quantity: string;
  /** The price of `per` units. */
  amount: Money;
  per: string;
  /** The percent of the value the customer does not pay (0 to 100). */
  coveredPercent: string;
}

/** quantity × amount ÷ per × (100 − coveredPercent) ÷ 100, exact, rounded once at the end. */
export function chargeFor(input: ChargeInput): Money {
  const hundred = ratio(100n, 1n);
  const paidPercent = subtract(hundred, parseFraction(input.coveredPercent, 'covered percent'));
  const value = multiply(
    parseFraction(input.quantity, 'quantity'),
    moneyFraction(input.amount),
    paidPercent,
  );
  return roundMoney(
    divide(value, multiply(pricingUnit(input.per), hundred)),
    input.amount.currency,
  );
}

/** A percent of an amount (e.g. output tax), rounded once to the currency's minor unit. */
export function percentOf(money: Money, percent: string): Money {
  const value = multiply(moneyFraction(money), parseFraction(percent, 'percent'), ratio(1n, 100n));
  return roundMoney(value, money.currency);
}

/**
 * The price of one unit when `amount` is the price of `per` units: the currency's digits when
 * that is exact, otherwise up to 4 decimals, rounded half away from zero (display only: charges
 * are always worked out from `amount` and `per`).
 */
export function unitPriceOf(amount: Money, per: string): Money {
  const value = divide(moneyFraction(amount), pricingUnit(per));
  const digits = currencyDigits(amount.currency);
  return { amount: formatFraction(value, digits, Math.max(digits, 4)), currency: amount.currency };
}

// SAP's pricing reads a blank or zero pricing unit (KPEIN) as 1.
function pricingUnit(per: string): Fraction {
  if (per.trim() === '') return ratio(1n, 1n);
  const value = parseFraction(per, 'pricing unit');
  if (value.numerator < 0n) throw new DecimalInvalidError(per, 'pricing unit');
  return value.numerator === 0n ? ratio(1n, 1n) : value;
}

// A code Intl rejects (not three letters) has no known minor unit; cents are the common case.
function minorUnitDigits(currency: string): number {
  try {
    const options = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions();
    return options.maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

function greatestCommonDivisor(first: bigint, second: bigint): bigint {
  let a = first < 0n ? -first : first;
  let b = second < 0n ? -second : second;
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}
