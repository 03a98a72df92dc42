import type { Money } from './contract.ts';
import type { WarrantyType } from './warranty.ts';

/** What a billing line charges for: hours worked, a part used, travel, or a periodic fee. */
export type BillingLineKind = 'labor' | 'part' | 'travel' | 'fee';

/** Why a share of a line is covered: a warranty or a service contract, by its number. */
export interface CoverageReference {
  type: 'warranty' | 'contract';
  id: string;
}

/** The shares of a repair's cost something covers, as decimal strings of percent (0 to 100). */
export interface CoverageShares {
  labor: string;
  parts: string;
  travel: string;
}

/** A master warranty of a machine with the period it covers and the shares it pays. */
export interface WarrantyTerms {
  masterWarrantyId: string;
  type: WarrantyType;
  /** First day covered (ISO date). */
  startsOn: string;
  /** Last day covered (ISO date). */
  endsOn: string;
  shares: CoverageShares;
}

/** A service contract covering a machine, with its period, customer and the shares it pays. */
export interface ContractTerms {
  contractId: string;
  customerId: string;
  validFrom: string;
  validTo: string;
  shares: CoverageShares;
}

/** The sales price of a material as SAP's pricing gives it, and the output tax on it. */
export interface Price {
  materialId: string;
  description: string;
  /** The sales unit the price is for, e.g. `H`, `ST`, `LE`. */
  unit: string;
  /** The price of `per` units. */
  amount: Money;
  /** How many units `amount` is the price of (SAP's pricing unit KPEIN), a decimal string. */
  per: string;
  /** Output tax in percent as a decimal string, e.g. `19`. */
  taxPercent: string;
}

/** Hours to bill: at a work center, costed with an activity type or the work center's own. */
export interface LaborWork {
  workCenter: string;
  activityType: string | null;
}

/** The key of a labour price: the work center, and the activity type when there is one. */
export function laborPriceKey(work: LaborWork): string {
  return work.activityType === null ? work.workCenter : `${work.workCenter}/${work.activityType}`;
}

/** The prices an order's billing needs: labour per work center, parts, and the travel rate. */
export interface OrderPriceList {
  /** Labour prices by `laborPriceKey` of the operations' work center and activity type. */
  labor: ReadonlyMap<string, Price>;
  /** Part prices by material number. */
  parts: ReadonlyMap<string, Price>;
  /** The travel flat rate, per visit day; null when SAP has no price for it. */
  travel: Price | null;
}

/** One line of an invoice or a billing preview. Amounts are money, quantities decimal strings. */
export interface BillingLine {
  kind: BillingLineKind;
  description: string;
  /** The material SAP bills the line with (a part, or a labour, travel or fee service). */
  materialId: string;
  quantity: string;
  unit: string;
  unitPrice: Money;
  /** The share of the line the customer does not pay, in percent (decimal string). */
  coveredPercent: string;
  coveredBy: CoverageReference | null;
  /** What the customer pays for the line, before tax: rounded once to the currency's unit. */
  net: Money;
  taxPercent: string;
  tax: Money;
}

/** The sums of a bill: net, tax and gross (net + tax). */
export interface BillingTotals {
  net: Money;
  tax: Money;
  gross: Money;
}

/** The lines and totals of a bill; `billable` is false when the customer owes nothing. */
export interface Billing {
  currency: string;
  lines: BillingLine[];
  totals: BillingTotals;
  billable: boolean;
}

/** What a preview or bill of an order is worked out from, besides the order itself. */
export interface OrderBillingContext {
  /** The day the service counts as given: coverage in force on this day applies (ISO date). */
  serviceDate: string;
  customerId: string;
  warranties: readonly WarrantyTerms[];
  contracts: readonly ContractTerms[];
  prices: OrderPriceList;
}

/** A billing period of a contract's fee: a month, a quarter or a year. */
export interface BillingPeriod {
  /** As the caller wrote it: `2026-12`, `2026-Q4` or `2026`. */
  id: string;
  /** First day (ISO date). */
  startsOn: string;
  /** Last day (ISO date). */
  endsOn: string;
}

/** The invoice statuses: open in accounting, paid (its item cleared) or cancelled. */
export const invoiceStatuses = ['open', 'paid', 'cancelled'] as const;

/** The state of an invoice: open in accounting, paid (cleared) or cancelled. */
export type InvoiceStatus = (typeof invoiceStatuses)[number];

/** An invoice: SAP's billing document with its accounting document and its lines. */
export interface Invoice {
  /** The billing document number. */
  id: string;
  customerId: string;
  orderId: string | null;
  contractId: string | null;
  /** The fee period billed, for a contract's invoice. */
  period: string | null;
  debitMemoRequestId: string | null;
  accountingDocumentId: string | null;
  issuedOn: string;
  net: Money;
  tax: Money;
  gross: Money;
  status: InvoiceStatus;
  lines: BillingLine[];
}

/** Filters and paging for an invoice search. */
export interface InvoiceQuery {
  customerId?: string | undefined;
  status?: readonly InvoiceStatus[] | undefined;
  orderId?: string | undefined;
  contractId?: string | undefined;
  /** Only invoices issued on or after this day (ISO date). */
  issuedFrom?: string | undefined;
  /** Only invoices issued on or before this day (ISO date). */
  issuedTo?: string | undefined;
  limit: number;
  offset: number;
}

/** What a debit memo request bills: an order's work, or one period of a contract's fee. */
export type BillingReference =
  | { kind: 'order'; orderId: string }
  | { kind: 'contract'; contractId: string; period: BillingPeriod };

/** A debit memo request as the domain hands it to SAP: the customer, the reference and lines. */
export interface DebitMemoRequestInput {
  customerId: string;
  reference: BillingReference;
  /** The day the service counts as given; prices are those in force on it (ISO date). */
  serviceDate: string;
  lines: readonly BillingLine[];
}

/** The SD documents that already bill a reference: the request and, once made, its invoice. */
export interface BillingDocuments {
  debitMemoRequestId: string;
  /** The billing document that is not cancelled, or null when none bills the request yet. */
  invoiceId: string | null;
}

/** An invoice as SAP shows it, before the domain names the fee period of a contract's invoice. */
export interface InvoiceRecord extends Omit<Invoice, 'period'> {
  /** The service date of the request (for a contract: the first day of the period billed). */
  serviceDate: string | null;
}
