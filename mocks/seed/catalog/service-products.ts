/** A service product: a material of type DIEN sold as the single item of a service contract. */
export interface ServiceProduct {
  matnr: string;
  /** The contract type (AUART) this product is sold with. */
  contractType: string;
  descriptionEn: string;
  descriptionDe: string;
}

/**
 * The service products. Their unit is LE (activity unit), SAP's usual base unit for services;
 * a contract sells one of them with quantity 1.
 */
export const SERVICE_PRODUCTS: readonly ServiceProduct[] = [
  {
    matnr: 'SRV-MAINT',
    contractType: 'WV',
    descriptionEn: 'Maintenance contract',
    descriptionDe: 'Wartungsvertrag',
  },
  {
    matnr: 'SRV-WARR-EXT',
    contractType: 'ZWEX',
    descriptionEn: 'Warranty extension',
    descriptionDe: 'Garantieverlängerung',
  },
  {
    matnr: 'SRV-SUBSCR',
    contractType: 'ZSUB',
    descriptionEn: 'Service subscription',
    descriptionDe: 'Service-Abonnement',
  },
];

/** The base unit of the service products: LE, the activity unit. */
export const SERVICE_UNIT = 'LE';

/** Material group (MATKL) of the service products. */
export const SERVICE_MATERIAL_GROUP = 'SERVICES';

/** The day the service products were created in the material master. */
export const SERVICE_PRODUCTS_CREATED_ON = '20180102';

/** What a contract of one type covers and costs; the mix of the seeded contracts. */
export interface ContractTerms {
  contractType: string;
  product: string;
  /** Share of labour, parts and travel covered, in percent. */
  laborPercent: number;
  partsPercent: number;
  travelPercent: number;
  /** Response times in hours, one picked per contract. */
  responseHours: readonly number[];
  /** Billing period in months (KPEIN with KMEIN MON): 1 monthly, 3 quarterly, 12 yearly. */
  periods: readonly number[];
  /** Fee per machine and month in EUR, before the period multiplies it. */
  monthlyFeePerMachine: readonly [number, number];
  /** Contract length in months. */
  lengths: readonly number[];
  /** How many seeded contracts of this type. */
  count: number;
}

/** The three contract types and how the seeded contracts of each look. */
export const CONTRACT_TERMS: readonly ContractTerms[] = [
  {
    contractType: 'WV',
    product: 'SRV-MAINT',
    laborPercent: 100,
    partsPercent: 50,
    travelPercent: 100,
    responseHours: [4, 8, 24],
    periods: [1, 3, 12],
    monthlyFeePerMachine: [45, 180],
    lengths: [12, 24, 36],
    count: 12,
  },
  {
    contractType: 'ZWEX',
    product: 'SRV-WARR-EXT',
    laborPercent: 100,
    partsPercent: 100,
    travelPercent: 0,
    responseHours: [24, 48],
    periods: [12],
    monthlyFeePerMachine: [20, 90],
    lengths: [12, 24],
    count: 7,
  },
  {
    contractType: 'ZSUB',
    product: 'SRV-SUBSCR',
    laborPercent: 100,
    partsPercent: 100,
    travelPercent: 100,
    responseHours: [8, 24],
    periods: [1, 3],
    monthlyFeePerMachine: [60, 250],
    lengths: [12, 24, 36],
    count: 6,
  },
];

/** The sales area of every seeded contract. */
export const CONTRACT_SALES_AREA = { VKORG: '1000', VTWEG: '10', SPART: '00' } as const;

/** The users who enter contracts in the sales back office. */
export const CONTRACT_CLERKS = ['SD_KLEIN', 'SD_MEYER', 'SD_JANSSEN'] as const;
