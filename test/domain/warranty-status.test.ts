import { describe, expect, it } from 'vitest';
import { decideCoverage } from '../../src/domain/warranty.ts';
import type { ContractSummary, CoverageStatus, Warranty } from '../../src/domain/warranty.ts';

function customer(startsOn: string, endsOn: string): Warranty {
  return { type: 'customer', masterWarrantyId: '1', startsOn, endsOn };
}

function vendor(startsOn: string, endsOn: string): Warranty {
  return { type: 'vendor', masterWarrantyId: '8', startsOn, endsOn };
}

function contract(validFrom: string, validTo: string, id = '40000001'): ContractSummary {
  return { id, type: 'maintenance', validFrom, validTo };
}

const cases: {
  name: string;
  warranties: Warranty[];
  contracts: ContractSummary[];
  on: string;
  expected: CoverageStatus;
}[] = [
  {
    name: 'nothing assigned',
    warranties: [],
    contracts: [],
    on: '2026-06-01',
    expected: { status: 'none', activeUntil: null },
  },
  {
    name: 'a customer warranty covering the day',
    warranties: [customer('2026-01-01', '2027-12-31')],
    contracts: [],
    on: '2026-06-01',
    expected: { status: 'active', activeUntil: '2027-12-31' },
  },
  {
    name: 'the first day of a customer warranty',
    warranties: [customer('2026-06-01', '2027-05-31')],
    contracts: [],
    on: '2026-06-01',
    expected: { status: 'active', activeUntil: '2027-05-31' },
  },
  {
    name: 'the day before a customer warranty starts (nothing earlier)',
    warranties: [customer('2026-06-01', '2027-05-31')],
    contracts: [],
    on: '2026-05-31',
    expected: { status: 'none', activeUntil: null },
  },
  {
    name: 'the last day of a customer warranty',
    warranties: [customer('2025-06-01', '2026-05-31')],
    contracts: [],
    on: '2026-05-31',
    expected: { status: 'active', activeUntil: '2026-05-31' },
  },
  {
    name: 'the day after a customer warranty ended',
    warranties: [customer('2025-06-01', '2026-05-31')],
    contracts: [],
    on: '2026-06-01',
    expected: { status: 'expired', activeUntil: null },
  },
  {
    name: 'only a vendor warranty covering the day',
    warranties: [vendor('2026-01-01', '2027-12-31')],
    contracts: [],
    on: '2026-06-01',
    expected: { status: 'none', activeUntil: null },
  },
  {
    name: 'only an ended vendor warranty',
    warranties: [vendor('2020-01-01', '2021-12-31')],
    contracts: [],
    on: '2026-06-01',
    expected: { status: 'none', activeUntil: null },
  },
  {
    name: 'a vendor warranty beside an ended customer warranty',
    warranties: [customer('2024-01-01', '2024-12-31'), vendor('2024-01-01', '2028-12-31')],
    contracts: [],
    on: '2026-06-01',
    expected: { status: 'expired', activeUntil: null },
  },
  {
    name: 'coverage that starts only after the day',
    warranties: [customer('2027-01-01', '2028-12-31')],
    contracts: [contract('2026-07-01', '2027-06-30')],
    on: '2026-06-01',
    expected: { status: 'none', activeUntil: null },
  },
  {
    name: 'a contract covering the day',
    warranties: [],
    contracts: [contract('2026-01-01', '2026-12-31')],
    on: '2026-06-01',
    expected: { status: 'active', activeUntil: '2026-12-31' },
  },
  {
    name: 'the first day of a contract',
    warranties: [],
    contracts: [contract('2026-06-01', '2026-12-31')],
    on: '2026-06-01',
    expected: { status: 'active', activeUntil: '2026-12-31' },
  },
  {
    name: 'the last day of a contract',
    warranties: [],
    contracts: [contract('2026-01-01', '2026-06-01')],
    on: '2026-06-01',
    expected: { status: 'active', activeUntil: '2026-06-01' },
  },
  {
    name: 'the day after a contract ended',
    warranties: [],
    contracts: [contract('2025-06-02', '2026-06-01')],
    on: '2026-06-02',
    expected: { status: 'expired', activeUntil: null },
  },
  {
    name: 'an ended warranty and an active contract',
    warranties: [customer('2023-01-01', '2024-12-31')],
    contracts: [contract('2026-01-01', '2026-12-31')],
    on: '2026-06-01',
    expected: { status: 'active', activeUntil: '2026-12-31' },
  },
  {
    name: 'an active warranty and an ended contract',
    warranties: [customer('2026-01-01', '2027-03-31')],
    contracts: [contract('2024-01-01', '2025-12-31')],
    on: '2026-06-01',
    expected: { status: 'active', activeUntil: '2027-03-31' },
  },
  {
    name: 'a warranty and a contract both active: the later end',
    warranties: [customer('2026-01-01', '2026-09-30')],
    contracts: [contract('2026-03-01', '2027-02-28')],
    on: '2026-06-01',
    expected: { status: 'active', activeUntil: '2027-02-28' },
  },
  {
    name: 'two active contracts: the later end',
    warranties: [],
    contracts: [
      contract('2026-01-01', '2028-12-31', '1'),
      contract('2026-05-01', '2026-12-31', '2'),
    ],
    on: '2026-06-01',
    expected: { status: 'active', activeUntil: '2028-12-31' },
  },
  {
    name: 'an active contract ending before a later, not yet started one',
    warranties: [],
    contracts: [
      contract('2026-01-01', '2026-06-30', '1'),
      contract('2026-07-01', '2027-06-30', '2'),
    ],
    on: '2026-06-01',
    expected: { status: 'active', activeUntil: '2026-06-30' },
  },
  {
    name: 'between an ended contract and a future one',
    warranties: [],
    contracts: [
      contract('2025-01-01', '2025-12-31', '1'),
      contract('2026-07-01', '2027-06-30', '2'),
    ],
    on: '2026-06-01',
    expected: { status: 'expired', activeUntil: null },
  },
  {
    name: 'an active vendor warranty does not lengthen activeUntil',
    warranties: [customer('2026-01-01', '2026-12-31'), vendor('2026-01-01', '2030-12-31')],
    contracts: [],
    on: '2026-06-01',
    expected: { status: 'active', activeUntil: '2026-12-31' },
  },
  {
    name: 'a one-day contract on its day',
    warranties: [],
    contracts: [contract('2026-06-01', '2026-06-01')],
    on: '2026-06-01',
    expected: { status: 'active', activeUntil: '2026-06-01' },
  },
];

describe('the warranty status rule', () => {
  it.each(cases)(
    'answers $expected.status for $name',
    ({ warranties, contracts, on, expected }) => {
      expect(decideCoverage(warranties, contracts, on)).toEqual(expected);
    },
  );

  it('ignores a period whose end lies before its start', () => {
    expect(decideCoverage([customer('2026-05-01', '2026-04-01')], [], '2026-06-01')).toEqual({
      status: 'none',
      activeUntil: null,
    });
  });
});
