import type { Turnover } from './spare-parts.ts';

/** A service material that a billed service order charges: labour hours or a travel flat rate. */
export interface BillingMaterial {
  matnr: string;
  /** Base unit (MEINS, internal): 'H' hour or 'LE' activity unit. */
  unit: 'H' | 'LE';
  descriptionEn: string;
  descriptionDe: string;
  /** The work center whose hours this material bills (CRHD-ARBPL); blank for travel and overtime. */
  workCenter: string;
  /** The sales price in EUR per unit, and from 2027-01-01 the raised one (same when unchanged). */
  rate: string;
  rateFrom2027: string;
}

/**
 * Labour per service work center and the travel flat rate. The labour rates rise by about 4 % on
 * 2027-01-01, a price change that pricing-date tests can use; travel stays the same.
 */
export const BILLING_MATERIALS: readonly BillingMaterial[] = [
  {
    matnr: 'SRV-LAB-MECH',
    unit: 'H',
    descriptionEn: 'Service mechanics labour',
    descriptionDe: 'Arbeitszeit Servicemechanik',
    workCenter: 'SRV-MECH',
    rate: '92.00',
    rateFrom2027: '95.70',
  },
  {
    matnr: 'SRV-LAB-ELEC',
    unit: 'H',
    descriptionEn: 'Service electrics labour',
    descriptionDe: 'Arbeitszeit Serviceelektrik',
    workCenter: 'SRV-ELEC',
    rate: '104.00',
    rateFrom2027: '108.20',
  },
  {
    matnr: 'SRV-LAB-WORK',
    unit: 'H',
    descriptionEn: 'Repair workshop labour',
    descriptionDe: 'Arbeitszeit Reparaturwerkstatt',
    workCenter: 'SRV-WORK',
    rate: '78.50',
    rateFrom2027: '81.60',
  },
  {
    // Hours outside working time, billed by activity type (SRVOT) at any work center.
    matnr: 'SRV-LAB-OT',
    unit: 'H',
    descriptionEn: 'Out-of-hours labour',
    descriptionDe: 'Arbeitszeit außerhalb der Geschäftszeit',
    workCenter: '',
    rate: '138.00',
    rateFrom2027: '143.50',
  },
  {
    matnr: 'SRV-TRAVEL',
    unit: 'LE',
    descriptionEn: 'Travel flat rate',
    descriptionDe: 'Anfahrtspauschale',
    workCenter: '',
    rate: '65.00',
    rateFrom2027: '65.00',
  },
];

/**
 * Agreed labour rates (A005, valid from 2020 on, unchanged in 2027) for the segments that buy
 * service under framework agreements: hospitals and clinics pay less per hour than the list.
 */
export const AGREED_LABOUR_RATES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  hospital: { 'SRV-LAB-MECH': '84.00', 'SRV-LAB-ELEC': '95.00', 'SRV-LAB-WORK': '72.00' },
  clinic: { 'SRV-LAB-MECH': '86.50', 'SRV-LAB-ELEC': '98.00' },
};

/** The day the labour and travel materials were created in the material master. */
export const BILLING_MATERIALS_CREATED_ON = '20191202';

/** Every price record starts on this day. */
export const PRICES_VALID_FROM = '20200101';

/** The first day of the raised labour rates; the old records end the day before. */
export const PRICE_CHANGE_ON = '20270101';

/** The sales area that the price records (A004) are kept for. */
export const PRICE_SALES_AREA = { VKORG: '1000', VTWEG: '10' } as const;

/**
 * The catalogue has no cost price for spare parts, so a list price comes from the part's kind:
 * a base price in EUR per base unit by material group (for a fast-moving part sold by the
 * piece), raised for slower-moving parts, which are the big assemblies (motors, rotors,
 * transducers, compressors). Plausible figures, not taken from any price list.
 */
export const PART_BASE_PRICE: Readonly<Record<string, number>> = {
  'SP-SEAL': 18,
  'SP-FILTR': 28,
  'SP-FLUID': 14,
  'SP-MECH': 35,
  'SP-ELEC': 60,
  'SP-MED': 140,
};

/** How much more a part costs by how fast it is used up. */
export const TURNOVER_PRICE_FACTOR: Readonly<Record<Turnover, number>> = {
  fast: 1,
  medium: 2.2,
  slow: 6,
};

/** Parts sold by the metre (ropes, hoses, gaskets, handrails) cost less per base unit. */
export const METRE_PRICE_FACTOR = 0.5;

/** Each further variant of a family (a larger size, a stronger motor) costs this much more. */
export const VARIANT_PRICE_STEP = 0.12;
