import { describe, expect, it } from 'vitest';
import {
  ContractWithoutFeeError,
  PeriodOutsideContractError,
} from '../../src/domain/billing-errors.ts';
import { billContractFee, parseBillingPeriod } from '../../src/domain/billing-period.ts';
import type { BillingPeriod } from '../../src/domain/billing.ts';
import type { StoredContract } from '../../src/domain/contract.ts';

const contract = (overrides: Partial<StoredContract> = {}): StoredContract => ({
  id: '0040000001',
  type: 'maintenance',
  customerId: '100001',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  equipmentIds: ['10000001'],
  coverage: { laborPercent: 100, partsPercent: 50, travelPercent: 0 },
  responseTimeHours: 8,
  fee: { amount: { amount: '310', currency: 'EUR' }, interval: 'monthly' },
  externalRef: null,
  createdOn: '2025-12-15',
  ...overrides,
});

const feeService = {
  materialId: 'SRV-FEE',
  description: 'Contract fee',
  unit: 'LE',
  taxPercent: '19',
};

const period = (text: string, interval: 'monthly' | 'quarterly' | 'yearly'): BillingPeriod => {
  const parsed = parseBillingPeriod(text, interval);
  if ('path' in parsed) throw new Error(parsed.message);
  return parsed;
};

describe('reading a billing period', () => {
  it.each([
    ['2026-01', 'monthly', '2026-01-01', '2026-01-31'],
    ['2026-04', 'monthly', '2026-04-01', '2026-04-30'],
    ['2026-12', 'monthly', '2026-12-01', '2026-12-31'],
    ['2026-02', 'monthly', '2026-02-01', '2026-02-28'],
    ['2028-02', 'monthly', '2028-02-01', '2028-02-29'],
    ['2000-02', 'monthly', '2000-02-01', '2000-02-29'],
    ['2100-02', 'monthly', '2100-02-01', '2100-02-28'],
    ['2026-Q1', 'quarterly', '2026-01-01', '2026-03-31'],
    ['2026-Q2', 'quarterly', '2026-04-01', '2026-06-30'],
    ['2026-Q3', 'quarterly', '2026-07-01', '2026-09-30'],
    ['2026-Q4', 'quarterly', '2026-10-01', '2026-12-31'],
    ['2026', 'yearly', '2026-01-01', '2026-12-31'],
  ] as const)('reads %s (%s) as %s to %s', (text, interval, startsOn, endsOn) => {
    expect(parseBillingPeriod(text, interval)).toEqual({ id: text, startsOn, endsOn });
  });

  it.each([
    ['2026-Q4', 'monthly', 'YYYY-MM'],
    ['2026', 'monthly', 'YYYY-MM'],
    ['2026-13', 'monthly', 'YYYY-MM'],
    ['2026-00', 'monthly', 'YYYY-MM'],
    ['2026-1', 'monthly', 'YYYY-MM'],
    ['2026-12', 'quarterly', 'YYYY-Qn'],
    ['2026-Q5', 'quarterly', 'YYYY-Qn'],
    ['2026-q4', 'quarterly', 'YYYY-Qn'],
    ['2026-12', 'yearly', 'YYYY'],
    ['0999', 'yearly', 'YYYY'],
    [' 2026', 'yearly', 'YYYY'],
  ] as const)('refuses %j for a %s fee, naming the form %s', (text, interval, form) => {
    expect(parseBillingPeriod(text, interval)).toEqual({
      path: 'period',
      code: 'invalid_period',
      message: expect.stringContaining(form) as string,
    });
  });
});

describe('billing a contract fee for a period', () => {
  it('bills the whole fee for a period the contract covers', () => {
    const billing = billContractFee(contract(), period('2026-03', 'monthly'), feeService);

    expect(billing).toEqual({
      currency: 'EUR',
      lines: [
        {
          kind: 'fee',
          description: 'Maintenance fee 2026-03',
          materialId: 'SRV-FEE',
          quantity: '1',
          unit: 'LE',
          unitPrice: { amount: '310.00', currency: 'EUR' },
          coveredPercent: '0',
          coveredBy: null,
          net: { amount: '310.00', currency: 'EUR' },
          taxPercent: '19',
          tax: { amount: '58.90', currency: 'EUR' },
        },
      ],
      totals: {
        net: { amount: '310.00', currency: 'EUR' },
        tax: { amount: '58.90', currency: 'EUR' },
        gross: { amount: '368.90', currency: 'EUR' },
      },
      billable: true,
    });
  });

  it.each([
    // 310 × 17 ÷ 31 = 170.
    [
      'a contract starting mid-month',
      { validFrom: '2026-03-15' },
      '2026-03',
      'monthly',
      17,
      31,
      '170.00',
    ],
    // 310 × 10 ÷ 31 = 100.
    [
      'a contract ending mid-month',
      { validTo: '2026-12-10' },
      '2026-12',
      'monthly',
      10,
      31,
      '100.00',
    ],
    // 310 × 14 ÷ 29 = 149.655… → 149.66 (leap February).
    ['a leap February', { validTo: '2028-02-14' }, '2028-02', 'monthly', 14, 29, '149.66'],
    // 310 × 14 ÷ 28 = 155.
    [
      'a common February',
      { validFrom: '2027-02-15', validTo: '2027-12-31' },
      '2027-02',
      'monthly',
      14,
      28,
      '155.00',
    ],
    // 310 × 1 ÷ 92 = 3.3695… → 3.37 (the contract's last day is the quarter's first).
    ['one day of a quarter', { validTo: '2026-10-01' }, '2026-Q4', 'quarterly', 1, 92, '3.37'],
    // 310 × 365 ÷ 366 = 309.153… → 309.15 (2028 is a leap year).
    [
      'a year without its first day',
      { validFrom: '2028-01-02', validTo: '2028-12-31' },
      '2028',
      'yearly',
      365,
      366,
      '309.15',
    ],
  ] as const)('prorates by days for %s', (_case, overrides, text, interval, covered, days, net) => {
    const billing = billContractFee(contract(overrides), period(text, interval), feeService);

    expect(billing.lines[0]).toMatchObject({
      description: `Maintenance fee ${text} (${covered} of ${days} days)`,
      quantity: '1',
      unitPrice: { amount: net },
      net: { amount: net },
    });
  });

  it('names the contract type and keeps the currency digits', () => {
    const billing = billContractFee(
      contract({
        type: 'subscription',
        fee: { amount: { amount: '12000', currency: 'JPY' }, interval: 'quarterly' },
      }),
      period('2026-Q2', 'quarterly'),
      { ...feeService, taxPercent: '10' },
    );

    expect(billing.lines[0]).toMatchObject({
      description: 'Subscription fee 2026-Q2',
      net: { amount: '12000', currency: 'JPY' },
      tax: { amount: '1200', currency: 'JPY' },
    });
    expect(billing.totals.gross).toEqual({ amount: '13200', currency: 'JPY' });
  });

  it.each([
    ['before the contract', '2025-12'],
    ['after the contract', '2027-01'],
  ])('refuses a period %s', (_case, text) => {
    const bill = () => billContractFee(contract(), period(text, 'monthly'), feeService);

    expect(bill).toThrow(PeriodOutsideContractError);
    expect(bill).toThrow(expect.objectContaining({ code: 'PERIOD_OUTSIDE_CONTRACT', status: 422 }));
  });

  it('refuses a contract without fee', () => {
    const bill = () =>
      billContractFee(
        contract({ type: 'warranty-extension', fee: null }),
        period('2026-03', 'monthly'),
        feeService,
      );

    expect(bill).toThrow(ContractWithoutFeeError);
    expect(bill).toThrow(expect.objectContaining({ code: 'CONTRACT_WITHOUT_FEE', status: 422 }));
  });
});
