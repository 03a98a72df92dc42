import { billingSalesArea, companyCode, departureCountry } from './billing-customizing.ts';
import { dividedBy, fractionOf, minus, roundHalfAwayFromZero, times } from './money.ts';
import type { DatabaseView } from '../database/database-view.ts';
import type { Row } from '../ddic/structure.ts';

// The mock's pricing procedure for debit memo requests: PR00 (price), ZCOV (coverage, the share
// the customer does not pay) and MWST (output tax). Condition records are read as SD reads
// them: condition table (A004, A002) within its validity, then the record's KONP row.

/** A price the caller gives for an item (a manual PR00 condition). */
export interface ManualPrice {
  /** The rate (COND_VALUE) per pricing unit. */
  readonly rate: string;
  /** The pricing unit (COND_P_UNT); blank or 0 means 1. */
  readonly per: string;
  readonly unit: string;
  readonly currency: string;
}

/** What one item is priced from. */
export interface PricingInput {
  readonly customer: string;
  readonly material: string;
  readonly quantity: string;
  readonly unit: string;
  /** The pricing date, YYYYMMDD. */
  readonly pricingDate: string;
  readonly manualPrice?: ManualPrice;
  /** ZCOV: the percentage (0–100) of the value the customer does not pay. */
  readonly coveragePercent?: string;
}

/** A priced item: its amounts and its conditions (KONV rows without KNUMV and KPOSN). */
export interface PricedItem {
  readonly found: true;
  /** Quantity × price, rounded once: the value before coverage (VBRP-KZWI1). */
  readonly value: string;
  /** The net value the customer pays (VBAP/VBRP-NETWR). */
  readonly net: string;
  /** The output tax of the item (VBAP/VBRP-MWSBP). */
  readonly tax: string;
  /** The tax rate in percent; '0.00' without a tax record. */
  readonly taxPercent: string;
  /** The tax code of the A002 record; blank without one. */
  readonly taxCode: string;
  readonly currency: string;
  readonly conditions: Row[];
}

/** An item that cannot be priced: no PR00 condition record applies. */
export interface UnpricedItem {
  readonly found: false;
}

/** The price of one PR00 condition: rate per pricing unit in a currency. */
interface Price {
  rate: string;
  per: string;
  unit: string;
  currency: string;
}

const conditionCounter = '01';
const hundred = fractionOf('100');

/** Prices one item of a debit memo request with the mock's pricing procedure. */
export function priceItem(database: DatabaseView, input: PricingInput): PricedItem | UnpricedItem {
  const price = input.manualPrice
    ? manualPrice(input.manualPrice, input.unit)
    : priceRecord(database, input);
  if (price === undefined) return { found: false };

  const exactValue = dividedBy(times(fractionOf(input.quantity), fractionOf(price.rate)), {
    numerator: BigInt(price.per),
    denominator: 1n,
  });
  const coverage = input.coveragePercent;
  const payable =
    coverage === undefined
      ? exactValue
      : times(exactValue, dividedBy(minus(hundred, fractionOf(coverage)), hundred));
  // The net is rounded once from the exact value: rounding the value first could move a cent.
  const net = roundHalfAwayFromZero(payable, 2);

  const tax = determineOutputTax(database, input);
  const taxAmount = roundHalfAwayFromZero(
    times(fractionOf(net), dividedBy(fractionOf(tax.percent), hundred)),
    2,
  );

  const conditions: Row[] = [
    condition('010', 'PR00', {
      KBETR: price.rate,
      WAERS: price.currency,
      KPEIN: price.per,
      KMEIN: price.unit,
      KRECH: 'C',
    }),
  ];
  if (coverage !== undefined) {
    conditions.push(condition('020', 'ZCOV', { KBETR: negate(coverage), KRECH: 'A' }));
  }
  if (tax.found) conditions.push(condition('900', 'MWST', { KBETR: tax.percent, KRECH: 'A' }));

  return {
    found: true,
    value: roundHalfAwayFromZero(exactValue, 2),
    net,
    tax: taxAmount,
    taxPercent: roundHalfAwayFromZero(fractionOf(tax.percent), 2),
    taxCode: tax.code,
    currency: price.currency,
    conditions,
  };
}

// A manual price is an amount in the document currency: its rate is rounded to cents, as the
// two decimals of KONV-KBETR keep it.
function manualPrice(given: ManualPrice, itemUnit: string): Price {
  return {
    rate: roundHalfAwayFromZero(fractionOf(given.rate), 2),
    per: pricingUnit(given.per),
    unit: given.unit || itemUnit,
    currency: given.currency || companyCode.currency,
  };
}

// The access sequence of PR00: the customer's own price (A005), else the material's price in
// the sales area (A004), each valid on the pricing date, then its KONP row.
function priceRecord(database: DatabaseView, input: PricingInput): Price | undefined {
  const matches = (row: Readonly<Row>) =>
    row['KAPPL'] === 'V' &&
    row['KSCHL'] === 'PR00' &&
    row['VKORG'] === billingSalesArea.salesOrg &&
    row['VTWEG'] === billingSalesArea.distributionChannel &&
    row['MATNR'] === input.material &&
    isValidOn(row, input.pricingDate);
  const record =
    conditionRecord(
      database,
      database.find('A005', (row) => matches(row) && row['KUNNR'] === input.customer),
    ) ?? conditionRecord(database, database.find('A004', matches));
  if (record === undefined) return undefined;
  return {
    rate: record['KBETR'] ?? '0',
    per: pricingUnit(record['KPEIN'] ?? ''),
    unit: record['KMEIN'] ?? '',
    currency: record['KONWA'] || companyCode.currency,
  };
}

/**
 * Output tax determination (A002 → KONP) for the customer's and the material's tax
 * classification; a missing classification counts as '1' (full tax), no record as no tax.
 */
export function determineOutputTax(
  database: DatabaseView,
  input: Pick<PricingInput, 'customer' | 'material' | 'pricingDate'>,
): { found: boolean; percent: string; code: string } {
  const customerClass =
    database.get('KNVI', { KUNNR: input.customer, ALAND: departureCountry, TATYP: 'MWST' })?.[
      'TAXKD'
    ] || '1';
  const materialClass =
    database.get('MLAN', { MATNR: input.material, ALAND: departureCountry })?.['TAXM1'] || '1';

  const key = database.find(
    'A002',
    (row) =>
      row['KAPPL'] === 'V' &&
      row['KSCHL'] === 'MWST' &&
      row['ALAND'] === departureCountry &&
      row['TAXK1'] === customerClass &&
      row['TAXM1'] === materialClass &&
      isValidOn(row, input.pricingDate),
  );
  const record = conditionRecord(database, key);
  if (key === undefined || record === undefined) return { found: false, percent: '0', code: '' };
  return { found: true, percent: record['KBETR'] ?? '0', code: key['MWSKZ'] ?? '' };
}

function conditionRecord(database: DatabaseView, key: Row | undefined): Row | undefined {
  if (key === undefined) return undefined;
  const record = database.get('KONP', { KNUMH: key['KNUMH'] ?? '', KOPOS: '01' });
  return record === undefined || record['LOEVM_KO'] !== '' ? undefined : record;
}

function isValidOn(row: Readonly<Row>, date: string): boolean {
  return (row['DATAB'] ?? '') <= date && date <= (row['DATBI'] ?? '');
}

function pricingUnit(given: string): string {
  const per = Math.trunc(Number(given || '0'));
  return per > 0 ? String(per) : '1';
}

function negate(percent: string): string {
  return roundHalfAwayFromZero(times(fractionOf(percent), fractionOf('-1')), 2);
}

function condition(step: string, type: string, values: Row): Row {
  return {
    STUNR: step,
    ZAEHK: conditionCounter,
    KSCHL: type,
    WAERS: '',
    KPEIN: '0',
    KMEIN: '',
    ...values,
  };
}
