import { describe, expect, it } from 'vitest';
import { MissingPriceError, PriceCurrencyMismatchError } from '../../src/domain/billing-errors.ts';
import { billOrder, orderPricingNeeds } from '../../src/domain/billing-engine.ts';
import type {
  ContractTerms,
  OrderBillingContext,
  Price,
  WarrantyTerms,
} from '../../src/domain/billing.ts';
import type { Order, OrderConfirmation, OrderOperation } from '../../src/domain/order.ts';

const price = (materialId: string, amount: string, overrides: Partial<Price> = {}): Price => ({
  materialId,
  description: `Material ${materialId}`,
  unit: 'ST',
  amount: { amount, currency: 'EUR' },
  per: '1',
  taxPercent: '19',
  ...overrides,
});

const operation = (
  id: string,
  actualHours: string,
  workCenter = 'MECH',
  activityType: string | null = null,
): OrderOperation => ({
  id,
  description: `Work ${id}`,
  workCenter,
  activityType,
  plant: '1000',
  plannedHours: '1',
  actualHours,
  finallyConfirmed: true,
});

const confirmation = (
  id: string,
  hours: string,
  postedOn: string | null = '2026-03-10',
): OrderConfirmation => ({ id, operationId: '0010', hours, final: false, note: null, postedOn });

const order = (overrides: Partial<Order> = {}): Order => ({
  id: '4000001',
  type: 'repair',
  status: 'technically-completed',
  description: 'Pump repair',
  priority: null,
  customerId: '100001',
  equipmentId: '10000001',
  notificationId: null,
  plant: '1000',
  createdOn: '2026-03-09',
  changedOn: null,
  operations: [operation('0010', '2')],
  components: [],
  confirmations: [confirmation('1000001-1', '2')],
  actualHours: '2',
  partsUsed: [{ materialId: 'P-100', plant: '1000', storageLocation: '0001', quantity: '4' }],
  ...overrides,
});

const context = (overrides: Partial<OrderBillingContext> = {}): OrderBillingContext => ({
  serviceDate: '2026-03-10',
  customerId: '100001',
  warranties: [],
  contracts: [],
  prices: {
    labor: new Map([
      ['MECH', price('SRV-LABOR', '80', { unit: 'H', description: 'Labour' })],
      ['ELEC', price('SRV-ELEC', '95', { unit: 'H', description: 'Electrician' })],
    ]),
    parts: new Map([
      ['P-100', price('P-100', '12.50')],
      ['P-200', price('P-200', '3.00')],
    ]),
    travel: price('SRV-TRAVEL', '45', { unit: 'LE', description: 'Travel flat rate' }),
  },
  ...overrides,
});

const shares = (labor: string, parts: string, travel: string) => ({ labor, parts, travel });

const warranty = (overrides: Partial<WarrantyTerms> = {}): WarrantyTerms => ({
  masterWarrantyId: 'W100',
  type: 'customer',
  startsOn: '2025-01-01',
  endsOn: '2026-12-31',
  shares: shares('100', '100', '100'),
  ...overrides,
});

const contract = (overrides: Partial<ContractTerms> = {}): ContractTerms => ({
  contractId: '0040000001',
  customerId: '0000100001',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  shares: shares('100', '50', '0'),
  ...overrides,
});

// Without coverage: labour 2 × 80 = 160, parts 4 × 12.50 = 50, travel 1 × 45 = 45.
const fullPrice = { net: '255.00', tax: '48.45', gross: '303.45' };

const nets = (context: OrderBillingContext) =>
  billOrder(order(), context).lines.map((line) => [
    line.kind,
    line.coveredPercent,
    line.net.amount,
  ]);

describe('what prices the bill of an order needs', () => {
  it('names each work center and activity type, used material and travel once, sorted', () => {
    const needs = orderPricingNeeds(
      order({
        operations: [
          operation('0030', '1', 'MECH'),
          operation('0010', '0.5', 'ELEC'),
          operation('0020', '2', 'MECH'),
          operation('0040', '0', 'PAINT'),
          operation('0050', '1', 'MECH', 'OT'),
        ],
        partsUsed: [
          { materialId: 'P-200', plant: '1000', storageLocation: '0001', quantity: '1' },
          { materialId: 'P-100', plant: '1000', storageLocation: '0001', quantity: '2' },
          { materialId: 'P-100', plant: '1000', storageLocation: '0002', quantity: '1' },
          { materialId: 'P-300', plant: '1000', storageLocation: '0001', quantity: '0' },
        ],
      }),
    );

    expect(needs).toEqual({
      labor: [
        { workCenter: 'ELEC', activityType: null },
        { workCenter: 'MECH', activityType: null },
        { workCenter: 'MECH', activityType: 'OT' },
      ],
      materialIds: ['P-100', 'P-200'],
      travel: true,
    });
  });

  it('needs no travel price when no hours were confirmed', () => {
    const needs = orderPricingNeeds(order({ confirmations: [confirmation('1-1', '0')] }));

    expect(needs.travel).toBe(false);
  });
});

describe('the coverage of an order bill', () => {
  it.each([
    [
      'a customer warranty covers everything',
      { warranties: [warranty()] },
      [
        ['labor', '100', '0.00'],
        ['part', '100', '0.00'],
        ['travel', '100', '0.00'],
      ],
    ],
    [
      'a maintenance contract covers labour fully, half the parts and no travel',
      { contracts: [contract()] },
      [
        ['labor', '100', '0.00'],
        ['part', '50', '25.00'],
        ['travel', '0', '45.00'],
      ],
    ],
    [
      'an expired contract covers nothing',
      { contracts: [contract({ validFrom: '2025-01-01', validTo: '2026-03-09' })] },
      [
        ['labor', '0', '160.00'],
        ['part', '0', '50.00'],
        ['travel', '0', '45.00'],
      ],
    ],
    [
      'a vendor warranty covers us, not the customer',
      { warranties: [warranty({ type: 'vendor' })] },
      [
        ['labor', '0', '160.00'],
        ['part', '0', '50.00'],
        ['travel', '0', '45.00'],
      ],
    ],
    [
      "another customer's contract does not count",
      { contracts: [contract({ customerId: '100002' })] },
      [
        ['labor', '0', '160.00'],
        ['part', '0', '50.00'],
        ['travel', '0', '45.00'],
      ],
    ],
    [
      'a warranty starting after the service day covers nothing',
      { warranties: [warranty({ startsOn: '2026-03-11' })] },
      [
        ['labor', '0', '160.00'],
        ['part', '0', '50.00'],
        ['travel', '0', '45.00'],
      ],
    ],
    [
      'the largest share wins per line kind',
      {
        warranties: [warranty({ shares: shares('20', '80', '0') })],
        contracts: [contract({ shares: shares('60', '40', '10') })],
      },
      [
        ['labor', '60', '64.00'],
        ['part', '80', '10.00'],
        ['travel', '10', '40.50'],
      ],
    ],
  ] as const)('%s', (_case, coverage, expected) => {
    expect(nets(context(coverage))).toEqual(expected);
  });

  it('owes nothing under a full customer warranty', () => {
    const billing = billOrder(order(), context({ warranties: [warranty()] }));

    expect(billing.totals).toEqual({
      net: { amount: '0.00', currency: 'EUR' },
      tax: { amount: '0.00', currency: 'EUR' },
      gross: { amount: '0.00', currency: 'EUR' },
    });
    expect(billing.billable).toBe(false);
    expect(billing.lines.map((line) => line.coveredBy)).toEqual([
      { type: 'warranty', id: 'W100' },
      { type: 'warranty', id: 'W100' },
      { type: 'warranty', id: 'W100' },
    ]);
  });

  it('charges the full price without coverage', () => {
    const billing = billOrder(order(), context());

    expect(billing.billable).toBe(true);
    expect(billing.lines.every((line) => line.coveredBy === null)).toBe(true);
    expect({
      net: billing.totals.net.amount,
      tax: billing.totals.tax.amount,
      gross: billing.totals.gross.amount,
    }).toEqual(fullPrice);
  });

  it.each([
    [
      'a warranty beats a contract with the same share',
      [warranty({ masterWarrantyId: 'W200', shares: shares('50', '50', '50') })],
      [contract({ contractId: '0040000001', shares: shares('50', '50', '50') })],
      { type: 'warranty', id: 'W200' },
    ],
    [
      'the lower contract number wins among contracts',
      [],
      [
        contract({ contractId: '0040000009', shares: shares('50', '50', '50') }),
        contract({ contractId: '0040000002', shares: shares('50.00', '50', '50') }),
      ],
      { type: 'contract', id: '0040000002' },
    ],
    [
      'the lower warranty number wins among warranties',
      [warranty({ masterWarrantyId: 'W300' }), warranty({ masterWarrantyId: 'W150' })],
      [],
      { type: 'warranty', id: 'W150' },
    ],
  ] as const)('breaks a tie: %s', (_case, warranties, contracts, winner) => {
    const billing = billOrder(order(), context({ warranties, contracts }));

    expect(billing.lines[0]?.coveredBy).toEqual(winner);
  });

  it('names no coverage for a share of 0', () => {
    const billing = billOrder(order(), context({ contracts: [contract()] }));

    expect(billing.lines[2]).toMatchObject({
      kind: 'travel',
      coveredPercent: '0',
      coveredBy: null,
    });
  });
});

describe('the lines of an order bill', () => {
  it('lists labour by operation, parts by material and travel per visit day', () => {
    const billing = billOrder(
      order({
        operations: [
          operation('0020', '1.25', 'ELEC'),
          operation('0010', '2', 'MECH'),
          operation('0030', '0', 'MECH'),
        ],
        partsUsed: [
          { materialId: 'P-200', plant: '1000', storageLocation: '0001', quantity: '3' },
          { materialId: 'P-100', plant: '1000', storageLocation: '0001', quantity: '3' },
          { materialId: 'P-100', plant: '1000', storageLocation: '0002', quantity: '1.500' },
          { materialId: 'P-200', plant: '1000', storageLocation: '0002', quantity: '-3' },
        ],
        confirmations: [
          confirmation('1-1', '1', '2026-03-09'),
          confirmation('2-1', '1', '2026-03-10'),
          confirmation('3-1', '0.25', '2026-03-10'),
          confirmation('4-1', '0', '2026-03-11'),
          confirmation('5-1', '1', null),
        ],
      }),
      context(),
    );

    expect(
      billing.lines.map((line) => [
        line.kind,
        line.description,
        line.materialId,
        line.quantity,
        line.unit,
        line.unitPrice.amount,
        line.net.amount,
        line.taxPercent,
        line.tax.amount,
      ]),
    ).toEqual([
      ['labor', 'Work 0010 (0010)', 'SRV-LABOR', '2', 'H', '80.00', '160.00', '19', '30.40'],
      ['labor', 'Work 0020 (0020)', 'SRV-ELEC', '1.25', 'H', '95.00', '118.75', '19', '22.56'],
      ['part', 'Material P-100', 'P-100', '4.5', 'ST', '12.50', '56.25', '19', '10.69'],
      ['travel', 'Travel flat rate', 'SRV-TRAVEL', '3', 'LE', '45.00', '135.00', '19', '25.65'],
    ]);
    expect(billing.totals).toEqual({
      net: { amount: '470.00', currency: 'EUR' },
      tax: { amount: '89.30', currency: 'EUR' },
      gross: { amount: '559.30', currency: 'EUR' },
    });
  });

  it('rounds each line once and adds the rounded lines', () => {
    // 1.5 h × 33.33 = 49.995, less 33.33 % = 33.3316665 → 33.33; rounding 49.995 to 50.00 first
    // would give 33.335 → 33.34. Tax 19 % of 33.33 = 6.3327 → 6.33.
    const billing = billOrder(
      order({ operations: [operation('0010', '1.5')], partsUsed: [], confirmations: [] }),
      context({
        prices: { ...context().prices, labor: new Map([['MECH', price('SRV-LABOR', '33.33')]]) },
        contracts: [contract({ shares: shares('33.33', '0', '0') })],
      }),
    );

    expect(billing.lines[0]).toMatchObject({
      coveredPercent: '33.33',
      net: { amount: '33.33' },
      tax: { amount: '6.33' },
    });
    expect(billing.totals.gross.amount).toBe('39.66');
  });

  it('bills yen without decimals', () => {
    const yen = (materialId: string, amount: string): Price =>
      price(materialId, amount, { amount: { amount, currency: 'JPY' }, taxPercent: '10' });
    const billing = billOrder(
      order({ operations: [operation('0010', '1.5')] }),
      context({
        prices: {
          labor: new Map([['MECH', yen('SRV-LABOR', '8333')]]),
          parts: new Map([['P-100', yen('P-100', '1250')]]),
          travel: yen('SRV-TRAVEL', '5000'),
        },
        contracts: [contract({ shares: shares('50', '0', '0') })],
      }),
    );

    // Labour 1.5 × 8333 × 50 % = 6249.75 → 6250, tax 625; parts 5000, tax 500; travel 5000.
    expect(billing.currency).toBe('JPY');
    expect(billing.lines.map((line) => [line.net.amount, line.tax.amount])).toEqual([
      ['6250', '625'],
      ['5000', '500'],
      ['5000', '500'],
    ]);
    expect(billing.totals.gross).toEqual({ amount: '17875', currency: 'JPY' });
  });

  it('works the net out from the price per pricing unit, not from the rounded unit price', () => {
    const billing = billOrder(
      order({ operations: [], confirmations: [] }),
      context({
        prices: {
          ...context().prices,
          parts: new Map([['P-100', price('P-100', '10.00', { per: '3' })]]),
        },
      }),
    );

    // 4 × 10 ÷ 3 = 13.333… → 13.33; the unit price 3.3333 × 4 would give 13.3332.
    expect(billing.lines[0]).toMatchObject({
      unitPrice: { amount: '3.3333' },
      net: { amount: '13.33' },
    });
  });

  it('bills nothing for an order without work, parts or visits', () => {
    const billing = billOrder(
      order({ operations: [], partsUsed: [], confirmations: [] }),
      context(),
    );

    expect(billing).toEqual({
      currency: 'EUR',
      lines: [],
      totals: {
        net: { amount: '0.00', currency: 'EUR' },
        tax: { amount: '0.00', currency: 'EUR' },
        gross: { amount: '0.00', currency: 'EUR' },
      },
      billable: false,
    });
  });
});

describe('prices an order bill cannot use', () => {
  it('prices hours by work center and activity type when the operation has one', () => {
    const overtime = price('SRV-LAB-OT', '120', { unit: 'H', description: 'Overtime' });
    const prices = { ...context().prices, labor: new Map([['MECH/OT', overtime]]) };

    const billing = billOrder(
      order({ operations: [operation('0010', '2', 'MECH', 'OT')], partsUsed: [] }),
      context({ prices }),
    );

    expect(billing.lines[0]).toMatchObject({
      materialId: 'SRV-LAB-OT',
      net: { amount: '240.00', currency: 'EUR' },
    });
    expect(() =>
      billOrder(
        order({ operations: [operation('0010', '2', 'ELEC', 'OT')], partsUsed: [] }),
        context({ prices }),
      ),
    ).toThrow('No labour price for work center ELEC and activity type OT (operation 0010).');
  });

  it('names every missing price in one error', () => {
    const bill = () =>
      billOrder(
        order({
          operations: [operation('0010', '1', 'MECH'), operation('0020', '1', 'PAINT')],
          partsUsed: [
            { materialId: 'P-100', plant: '1000', storageLocation: '0001', quantity: '1' },
            { materialId: 'P-999', plant: '1000', storageLocation: '0001', quantity: '1' },
          ],
        }),
        context(),
      );

    expect(bill).toThrow(MissingPriceError);
    expect(bill).toThrow(
      expect.objectContaining({
        code: 'PRICE_MISSING',
        status: 422,
        issues: [
          {
            path: 'operations.1.workCenter',
            code: 'price_missing',
            message: 'No labour price for work center PAINT (operation 0020).',
          },
          {
            path: 'partsUsed.1.materialId',
            code: 'price_missing',
            message: 'No sales price for material P-999.',
          },
        ],
      }),
    );
  });

  it('names a missing travel price when a visit needs one', () => {
    const bill = () =>
      billOrder(order(), context({ prices: { ...context().prices, travel: null } }));

    expect(bill).toThrow(
      expect.objectContaining({
        code: 'PRICE_MISSING',
        issues: [
          { path: 'travel', code: 'price_missing', message: 'No price for the travel flat rate.' },
        ],
      }),
    );
  });

  it('needs no travel price for an order without visits', () => {
    const billing = billOrder(
      order({ confirmations: [] }),
      context({ prices: { ...context().prices, travel: null } }),
    );

    expect(billing.lines.map((line) => line.kind)).toEqual(['labor', 'part']);
  });

  it('refuses a coverage share above 100 percent', () => {
    const bill = () =>
      billOrder(order(), context({ warranties: [warranty({ shares: shares('120', '0', '0') })] }));

    expect(bill).toThrow(expect.objectContaining({ code: 'COVERAGE_SHARE_INVALID' }));
  });

  it('refuses prices in more than one currency', () => {
    const bill = () =>
      billOrder(
        order(),
        context({
          prices: {
            ...context().prices,
            travel: price('SRV-TRAVEL', '50', { amount: { amount: '50', currency: 'USD' } }),
          },
        }),
      );

    expect(bill).toThrow(PriceCurrencyMismatchError);
    expect(bill).toThrow(expect.objectContaining({ code: 'PRICE_CURRENCY_MISMATCH', status: 422 }));
  });

  it('ignores the currency of a price the bill does not use', () => {
    const billing = billOrder(
      order({ confirmations: [] }),
      context({
        prices: {
          ...context().prices,
          travel: price('SRV-TRAVEL', '50', { amount: { amount: '50', currency: 'USD' } }),
        },
      }),
    );

    expect(billing.currency).toBe('EUR');
  });
});
