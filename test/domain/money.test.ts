import { describe, expect, it } from 'vitest';
import {
  addMoney,
  chargeFor,
  currencyDigits,
  DecimalInvalidError,
  formatAmount,
  formatFraction,
  parseFraction,
  percentOf,
  ratio,
  unitPriceOf,
} from '../../src/domain/money.ts';

const eur = (amount: string) => ({ amount, currency: 'EUR' });

describe('the minor unit of a currency', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['JPY', 0],
    ['BHD', 3],
    ['KWD', 3],
    ['E1', 2],
    ['', 2],
  ])('of %j has %i digits', (currency, digits) => {
    expect(currencyDigits(currency)).toBe(digits);
  });
});

describe('writing an amount with the currency digits', () => {
  it.each([
    ['120.5', 'EUR', '120.50'],
    ['120', 'EUR', '120.00'],
    ['0.125', 'EUR', '0.13'],
    ['-0.125', 'EUR', '-0.13'],
    ['0.124999', 'EUR', '0.12'],
    ['-0.001', 'EUR', '0.00'],
    ['1199.5', 'JPY', '1200'],
    ['1200', 'JPY', '1200'],
    ['1.0005', 'BHD', '1.001'],
  ])('writes %s %s as %s, rounding half away from zero', (value, currency, expected) => {
    expect(formatAmount(parseFraction(value), currency)).toBe(expected);
  });

  it('rounds an exact fraction that no decimal can write', () => {
    expect(formatAmount(ratio(2n, 3n), 'EUR')).toBe('0.67');
    expect(formatAmount(ratio(-1n, 6n), 'EUR')).toBe('-0.17');
  });
});

describe('the shortest form of a fraction', () => {
  it.each([
    ['100.00', 0, 6, '100'],
    ['50.0', 0, 6, '50'],
    ['33.330', 0, 6, '33.33'],
    ['0', 2, 4, '0.00'],
    ['3.33333', 2, 4, '3.3333'],
    ['0.125', 2, 4, '0.125'],
  ])('writes %s with %i to %i digits as %s', (value, min, max, expected) => {
    expect(formatFraction(parseFraction(value), min, max)).toBe(expected);
  });
});

describe('the charge for a quantity at a price', () => {
  it.each([
    ['2 h at 80 EUR', '2', '80', '1', '0', '160.00'],
    ['half covered', '3', '45.50', '1', '50', '68.25'],
    ['fully covered', '7.25', '99.99', '1', '100', '0.00'],
    ['a price per 10 units', '3', '12.50', '10', '0', '3.75'],
    ['a price per 3 units, rounded once', '1', '10', '3', '0', '3.33'],
    ['a blank pricing unit as 1', '2', '5', '', '0', '10.00'],
    ['a zero pricing unit as 1', '2', '5', '0', '0', '10.00'],
    // 1.5 × 33.33 = 49.995; × 66.67 % = 33.3316665 → 33.33 (rounding 49.995 first gives 33.34).
    ['1.5 h at 33.33 with 33.33 % covered', '1.5', '33.33', '1', '33.33', '33.33'],
  ])('is exact for %s', (_case, quantity, amount, per, coveredPercent, expected) => {
    expect(chargeFor({ quantity, amount: eur(amount), per, coveredPercent })).toEqual(
      eur(expected),
    );
  });

  it('differs from rounding the value before applying the coverage', () => {
    const roundedTwice = chargeFor({
      quantity: '1',
      amount: chargeFor({ quantity: '1.5', amount: eur('33.33'), per: '1', coveredPercent: '0' }),
      per: '1',
      coveredPercent: '33.33',
    });
    const roundedOnce = chargeFor({
      quantity: '1.5',
      amount: eur('33.33'),
      per: '1',
      coveredPercent: '33.33',
    });

    expect(roundedTwice.amount).toBe('33.34');
    expect(roundedOnce.amount).toBe('33.33');
  });

  it('rounds to whole yen', () => {
    const charge = chargeFor({
      quantity: '1.5',
      amount: { amount: '8333', currency: 'JPY' },
      per: '1',
      coveredPercent: '50',
    });

    expect(charge).toEqual({ amount: '6250', currency: 'JPY' });
  });

  it('refuses a quantity that is not a decimal', () => {
    expect(() =>
      chargeFor({ quantity: 'two', amount: eur('1'), per: '1', coveredPercent: '0' }),
    ).toThrow(DecimalInvalidError);
  });
});

describe('tax, sums and unit prices', () => {
  it.each([
    ['33.33', '19', '6.33'],
    ['0.50', '19', '0.10'],
    ['10.00', '7', '0.70'],
    ['100', '0', '0.00'],
  ])('takes %s × %s %% as %s', (net, percent, expected) => {
    expect(percentOf(eur(net), percent)).toEqual(eur(expected));
  });

  it('adds amounts exactly', () => {
    const amounts = Array.from({ length: 10 }, () => eur('0.10'));

    expect(addMoney('EUR', amounts)).toEqual(eur('1.00'));
    expect(addMoney('EUR', [])).toEqual(eur('0.00'));
  });

  it('refuses to add amounts of another currency', () => {
    expect(() => addMoney('EUR', [{ amount: '1', currency: 'USD' }])).toThrow(RangeError);
  });

  it.each([
    ['120.5', '1', '120.50'],
    ['12.50', '10', '1.25'],
    ['1.00', '8', '0.125'],
    ['10.00', '3', '3.3333'],
  ])('shows %s per %s as a unit price of %s', (amount, per, expected) => {
    expect(unitPriceOf(eur(amount), per)).toEqual(eur(expected));
  });
});
