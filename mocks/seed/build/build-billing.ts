import {
  AGREED_LABOUR_RATES,
  BILLING_MATERIALS,
  METRE_PRICE_FACTOR,
  PART_BASE_PRICE,
  PRICE_CHANGE_ON,
  PRICE_SALES_AREA,
  PRICES_VALID_FROM,
  TURNOVER_PRICE_FACTOR,
  VARIANT_PRICE_STEP,
} from '../catalog/billing-rates.ts';
import type { SparePartFamily } from '../catalog/spare-parts.ts';
import { createRandom } from '../random.ts';
import { fromDats, toDats, toNumc } from '../sap-format.ts';
import type { MaraRow, NrivRow } from '../seed-tables.ts';
import type { SeedSparePart } from './build-materials.ts';
import { SEED } from './seed-context.ts';
import type { SeedCustomer } from './seed-context.ts';

/** The open end of a validity period. */
const OPEN_END = '99991231';
/** The departure country of every sale: company code 1000 is in Germany. */
const DEPARTURE_COUNTRY = 'DE';

/** A row of A004 (price per material, sales organisation and distribution channel). */
export interface A004Row {
  KAPPL: string;
  KSCHL: string;
  VKORG: string;
  VTWEG: string;
  MATNR: string;
  DATBI: string;
  DATAB: string;
  KNUMH: string;
}

/** A row of A005 (a customer's own price of a material). */
export interface A005Row extends A004Row {
  KUNNR: string;
}

/** A row of A002 (output tax by country and tax classifications). */
export interface A002Row {
  KAPPL: string;
  KSCHL: string;
  ALAND: string;
  TAXK1: string;
  TAXM1: string;
  DATBI: string;
  DATAB: string;
  KNUMH: string;
  MWSKZ: string;
}

/** A row of KONP (condition record item). */
export interface KonpRow {
  KNUMH: string;
  KOPOS: string;
  KAPPL: string;
  KSCHL: string;
  KBETR: string;
  KONWA: string;
  KPEIN: string;
  KMEIN: string;
  KRECH: string;
  LOEVM_KO: string;
}

/** A row of KNVI (tax classification of a customer). */
export interface KnviRow {
  KUNNR: string;
  ALAND: string;
  TATYP: string;
  TAXKD: string;
}

/** A row of MLAN (tax classification of a material). */
export interface MlanRow {
  MATNR: string;
  ALAND: string;
  TATY1: string;
  TAXM1: string;
}

/** The pricing and tax master data, the billing number ranges, and the empty document tables. */
export interface BillingTables {
  A004: A004Row[];
  A005: A005Row[];
  A002: A002Row[];
  KONP: KonpRow[];
  KNVI: KnviRow[];
  MLAN: MlanRow[];
  NRIV: NrivRow[];
  /** Billing documents and their postings: none in the seed, but every table has its file. */
  empty: Record<'VBKD' | 'VBFA' | 'VBRK' | 'VBRP' | 'BKPF' | 'BSEG' | 'BSID' | 'BSAD', []>;
}

/** A PR00 price of a material for one validity period, in EUR per 1 base unit. */
interface PriceRecord {
  matnr: string;
  unit: string;
  from: string;
  to: string;
  kbetr: string;
}

/** Hands out condition record numbers (KNUMH) from 0000000001 on. */
function createKnumhCounter(): () => string {
  let last = 0;
  return () => toNumc(++last, 10);
}

/**
 * A spare part's list price in EUR per base unit: its group's base price times turnover, unit
 * and variant factors, spread by 0.9–1.2 and rounded to a price ending in ,90 (below about
 * 20 EUR to ten cents).
 */
function sparePartPrice(family: SparePartFamily, variantIndex: number, spread: number): string {
  const base = PART_BASE_PRICE[family.group];
  if (base === undefined) throw new Error(`no base price for material group ${family.group}`);
  const unitFactor = family.unit === 'M' ? METRE_PRICE_FACTOR : 1;
  const price =
    base *
    TURNOVER_PRICE_FACTOR[family.turnover] *
    unitFactor *
    (1 + VARIANT_PRICE_STEP * variantIndex) *
    spread;
  // Switching at 20.50 keeps the rounding monotonic: tenths end at 20.50, ,90 starts at 20.90.
  return (price >= 20.5 ? Math.round(price) - 0.1 : Math.round(price * 10) / 10).toFixed(2);
}

/**
 * The PR00 records of the spare parts: one price each, from 2020 on, in catalogue order. The
 * spread is drawn once per family, so a family's later (larger) variants never cost less.
 */
function sparePartRecords(parts: readonly SeedSparePart[]): PriceRecord[] {
  const random = createRandom(SEED, 'prices');
  const spreads = new Map<SparePartFamily, number>();
  const variantsSeen = new Map<SparePartFamily, number>();
  return parts.map((part) => {
    // Parts of a family are numbered one after another, in the catalogue's variant order.
    const variantIndex = variantsSeen.get(part.family) ?? 0;
    variantsSeen.set(part.family, variantIndex + 1);
    const spread = spreads.get(part.family) ?? 0.9 + random.next() * 0.3;
    spreads.set(part.family, spread);
    const kbetr = sparePartPrice(part.family, variantIndex, spread);
    return {
      matnr: part.matnr,
      unit: part.family.unit,
      from: PRICES_VALID_FROM,
      to: OPEN_END,
      kbetr,
    };
  });
}

/** Adds the A005 and KONP rows of the agreed labour rates of hospitals and clinics. */
function addAgreedRates(
  customers: readonly SeedCustomer[],
  nextKnumh: () => string,
  tables: BillingTables,
): void {
  for (const { kunnr, entry } of customers) {
    const rates = AGREED_LABOUR_RATES[entry.segment] ?? {};
    for (const [matnr, kbetr] of Object.entries(rates)) {
      const unit = BILLING_MATERIALS.find((material) => material.matnr === matnr)?.unit ?? 'H';
      const knumh = nextKnumh();
      tables.A005.push({
        KAPPL: 'V',
        KSCHL: 'PR00',
        ...PRICE_SALES_AREA,
        KUNNR: kunnr,
        MATNR: matnr,
        DATBI: OPEN_END,
        DATAB: PRICES_VALID_FROM,
        KNUMH: knumh,
      });
      tables.KONP.push(priceItemRow(knumh, kbetr, unit));
    }
  }
}

/** The PR00 records of labour and travel; a rate that changes gets a second record from 2027. */
function serviceRecords(): PriceRecord[] {
  const lastOldDay = toDats(fromDats(PRICE_CHANGE_ON) - 1);
  return BILLING_MATERIALS.flatMap(({ matnr, unit, rate, rateFrom2027 }): PriceRecord[] =>
    rateFrom2027 === rate
      ? [{ matnr, unit, from: PRICES_VALID_FROM, to: OPEN_END, kbetr: rate }]
      : [
          { matnr, unit, from: PRICES_VALID_FROM, to: lastOldDay, kbetr: rate },
          { matnr, unit, from: PRICE_CHANGE_ON, to: OPEN_END, kbetr: rateFrom2027 },
        ],
  );
}

/** Adds the A004 and KONP rows of PR00 price records (quantity-dependent, EUR per 1 unit). */
function addPrices(
  records: readonly PriceRecord[],
  nextKnumh: () => string,
  tables: BillingTables,
): void {
  for (const record of records) {
    const knumh = nextKnumh();
    tables.A004.push({
      KAPPL: 'V',
      KSCHL: 'PR00',
      ...PRICE_SALES_AREA,
      MATNR: record.matnr,
      DATBI: record.to,
      DATAB: record.from,
      KNUMH: knumh,
    });
    tables.KONP.push(priceItemRow(knumh, record.kbetr, record.unit));
  }
}

/** The KONP row of a PR00 price: EUR per 1 unit, quantity-dependent. */
function priceItemRow(knumh: string, kbetr: string, unit: string): KonpRow {
  return {
    KNUMH: knumh,
    KOPOS: '01',
    KAPPL: 'V',
    KSCHL: 'PR00',
    KBETR: kbetr,
    KONWA: 'EUR',
    KPEIN: '1',
    KMEIN: unit,
    KRECH: 'C',
    LOEVM_KO: '',
  };
}

/**
 * Adds the MWST records for Germany: full rate 19 % (tax code A1) when both customer and material
 * are liable (classification 1), otherwise 0 % (A0).
 */
function addOutputTax(nextKnumh: () => string, tables: BillingTables): void {
  for (const taxk1 of ['0', '1']) {
    for (const taxm1 of ['0', '1']) {
      const liable = taxk1 === '1' && taxm1 === '1';
      const knumh = nextKnumh();
      tables.A002.push({
        KAPPL: 'V',
        KSCHL: 'MWST',
        ALAND: DEPARTURE_COUNTRY,
        TAXK1: taxk1,
        TAXM1: taxm1,
        DATBI: OPEN_END,
        DATAB: PRICES_VALID_FROM,
        KNUMH: knumh,
        MWSKZ: liable ? 'A1' : 'A0',
      });
      tables.KONP.push({
        KNUMH: knumh,
        KOPOS: '01',
        KAPPL: 'V',
        KSCHL: 'MWST',
        KBETR: liable ? '19.00' : '0.00',
        KONWA: '',
        KPEIN: '0',
        KMEIN: '',
        KRECH: 'A',
        LOEVM_KO: '',
      });
    }
  }
}

/** The billing number ranges, each standing at its first number: the seed holds no billing yet. */
function billingNumberRanges(): NrivRow[] {
  const range = (object: string, nrrangenr: string, from: string, to: string): NrivRow => ({
    OBJECT: object,
    NRRANGENR: nrrangenr,
    FROMNUMBER: from,
    TONUMBER: to,
    NRLEVEL: from,
  });
  // SAP keeps RF_BELEG per company code and fiscal year (NRIV SUBOBJECT, TOYEAR); the mock's
  // NRIV has neither, so one interval serves company code 1000 in every year.
  return [
    range('RV_BELEG', '60', '0060000000', '0069999999'),
    range('RV_BELEG', '19', '0090000000', '0099999999'),
    range('RF_BELEG', '01', '0100000000', '0199999999'),
    range('RF_BELEG', '14', '1400000000', '1499999999'),
  ];
}

/**
 * Builds prices (PR00 for every spare part, labour and travel; the contracts' service products
 * have none), output tax records, the tax classifications of every material and customer, and
 * the number ranges of debit memo requests, billing and accounting documents.
 */
export function buildBilling(
  customers: readonly SeedCustomer[],
  materials: { MARA: readonly MaraRow[]; spareParts: readonly SeedSparePart[] },
): BillingTables {
  const tables: BillingTables = {
    A004: [],
    A005: [],
    A002: [],
    KONP: [],
    KNVI: [],
    MLAN: [],
    NRIV: billingNumberRanges(),
    empty: { VBKD: [], VBFA: [], VBRK: [], VBRP: [], BKPF: [], BSEG: [], BSID: [], BSAD: [] },
  };

  const nextKnumh = createKnumhCounter();
  addPrices(sparePartRecords(materials.spareParts), nextKnumh, tables);
  addPrices(serviceRecords(), nextKnumh, tables);
  addOutputTax(nextKnumh, tables);
  addAgreedRates(customers, nextKnumh, tables);

  // Every material is fully liable to tax; customers abroad are not charged German tax
  // (intra-community supply to businesses). Guess: every foreign customer counts as a business
  // with a VAT number, and reverse charge is not modelled.
  for (const { MATNR } of materials.MARA) {
    tables.MLAN.push({ MATNR, ALAND: DEPARTURE_COUNTRY, TATY1: 'MWST', TAXM1: '1' });
  }
  for (const { kunnr, entry } of customers) {
    const taxkd = entry.country === DEPARTURE_COUNTRY ? '1' : '0';
    tables.KNVI.push({ KUNNR: kunnr, ALAND: DEPARTURE_COUNTRY, TATYP: 'MWST', TAXKD: taxkd });
  }
  return tables;
}
