/** The kinds of service contract, as the API names them. */
export const contractTypes = ['maintenance', 'warranty-extension', 'subscription'] as const;

/** The kind of a service contract, as the API names it. */
export type ContractType = (typeof contractTypes)[number];

/** The kinds of contract that cannot be made without a periodic fee. */
export const contractTypesWithFee: readonly ContractType[] = ['maintenance', 'subscription'];

/** How often a contract's fee is due. */
export const feeIntervals = ['monthly', 'quarterly', 'yearly'] as const;

/** How often a contract's fee is due. */
export type FeeInterval = (typeof feeIntervals)[number];

/** An amount of money as a decimal string with its ISO currency. */
export interface Money {
  amount: string;
  currency: string;
}

/** The periodic fee of a contract. */
export interface ContractFee {
  amount: Money;
  interval: FeeInterval;
}

/** The shares of a repair's cost the contract pays, in percent (0 to 100). */
export interface ContractCoverage {
  laborPercent: number;
  partsPercent: number;
  travelPercent: number;
}

/** A service contract as SAP holds it, without anything that depends on the day it is read. */
export interface StoredContract {
  id: string;
  type: ContractType;
  customerId: string;
  validFrom: string;
  validTo: string;
  equipmentIds: string[];
  coverage: ContractCoverage;
  responseTimeHours: number | null;
  fee: ContractFee | null;
  externalRef: string | null;
  createdOn: string;
}

/** A service contract as the API shows it: `active` says whether it covers today. */
export interface Contract extends StoredContract {
  active: boolean;
}

/** What a caller gives to make a service contract. */
export interface NewContract {
  type: ContractType;
  customerId: string;
  validFrom: string;
  validTo: string;
  equipmentIds: string[];
  coverage: ContractCoverage;
  responseTimeHours?: number | undefined;
  fee?: ContractFee | undefined;
  externalRef?: string | undefined;
}

/** Which contracts to find: of a customer, covering a piece of equipment, with a reference. */
export interface ContractFilter {
  customerId?: string | undefined;
  equipmentId?: string | undefined;
  /** The customer's reference the contract was made with (SAP's VBAK-BSTNK). */
  externalRef?: string | undefined;
}

/** Filters and paging for a contract search. */
export interface ContractQuery extends ContractFilter {
  /** Only contracts that cover this day (ISO date). */
  activeOn?: string | undefined;
  limit: number;
  offset: number;
}
