// A contract's fee is billed per period of its interval: a month, a quarter or a year. A period
// the contract covers only in part is charged for the days it covers.

import type { ValidationIssue } from '../errors.ts';
import { billLine, noCoverage, summariseBilling } from './billing-engine.ts';
import { ContractWithoutFeeError, PeriodOutsideContractError } from './billing-errors.ts';
import type { Billing, BillingPeriod, Price } from './billing.ts';
import type { ContractType, FeeInterval, StoredContract } from './contract.ts';
import { formatAmount, moneyFraction, multiply, ratio } from './money.ts';

/** How an invoice line names a contract's type: `Maintenance fee 2026-12`. */
export const contractTypeLabels: Record<ContractType, string> = {
  maintenance: 'Maintenance',
  'warranty-extension': 'Warranty extension',
  subscription: 'Subscription',
};

const forms: Record<FeeInterval, { pattern: RegExp; example: string; text: string }> = {
  monthly: { pattern: /^([1-9]\d{3})-(0[1-9]|1[0-2])$/, example: '2026-12', text: 'YYYY-MM' },
  quarterly: { pattern: /^([1-9]\d{3})-Q([1-4])$/, example: '2026-Q4', text: 'YYYY-Qn' },
  yearly: { pattern: /^([1-9]\d{3})$/, example: '2026', text: 'YYYY' },
};

/**
 * Reads a billing period in the form of the contract's fee interval: monthly `2026-12`,
 * quarterly `2026-Q4`, yearly `2026`; any other text is an issue on `period` naming the form.
 */
export function parseBillingPeriod(
  text: string,
  interval: FeeInterval,
): BillingPeriod | ValidationIssue {
  const form = forms[interval];
  const match = form.pattern.exec(text);
  if (!match) {
    return {
      path: 'period',
      code: 'invalid_period',
      message:
        `The contract's fee is ${interval}: write the period as ${form.text}, ` +
        `e.g. ${form.example}.`,
    };
  }

  const year = Number(match[1]);
  const [firstMonth, lastMonth] =
    interval === 'monthly'
      ? [Number(match[2]), Number(match[2])]
      : interval === 'quarterly'
        ? [Number(match[2]) * 3 - 2, Number(match[2]) * 3]
        : [1, 12];
  return {
    id: text,
    startsOn: isoDate(year, firstMonth, 1),
    endsOn: isoDate(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

/**
 * Bills one period of a contract's fee as a single `fee` line; a period the contract covers in
 * part is prorated by days, rounded once. Throws `ContractWithoutFeeError` for a contract
 * without fee and `PeriodOutsideContractError` when the contract covers no day of the period.
 */
export function billContractFee(
  contract: StoredContract,
  period: BillingPeriod,
  price: Omit<Price, 'amount' | 'per'>,
): Billing {
  const { fee } = contract;
  if (!fee) throw new ContractWithoutFeeError(contract.id);

  const from = contract.validFrom > period.startsOn ? contract.validFrom : period.startsOn;
  const to = contract.validTo < period.endsOn ? contract.validTo : period.endsOn;
  if (from > to) throw new PeriodOutsideContractError(contract.id, period.id);

  const coveredDays = countDays(from, to);
  const periodDays = countDays(period.startsOn, period.endsOn);
  const share = ratio(BigInt(coveredDays), BigInt(periodDays));
  const amount = formatAmount(multiply(moneyFraction(fee.amount), share), fee.amount.currency);

  const partly = coveredDays < periodDays ? ` (${coveredDays} of ${periodDays} days)` : '';
  const description = `${contractTypeLabels[contract.type]} fee ${period.id}${partly}`;
  const feePrice: Price = { ...price, amount: { amount, currency: fee.amount.currency }, per: '1' };
  const line = billLine('fee', ratio(1n, 1n), description, feePrice, noCoverage);
  return summariseBilling(fee.amount.currency, [line]);
}

// Both days included; ISO dates, read as UTC days so that no clock change shifts a day.
function countDays(from: string, to: string): number {
  const millisecondsPerDay = 86_400_000;
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / millisecondsPerDay + 1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
