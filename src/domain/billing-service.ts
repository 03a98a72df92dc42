import type {
  BillingPort,
  ContractPort,
  NotificationPort,
  OrderPort,
  WarrantyPort,
} from '../backends/port.ts';
import { AppError, NotFoundError, UnprocessableInputError } from '../errors.ts';
import { billOrder, orderPricingNeeds } from './billing-engine.ts';
import {
  AlreadyBilledError,
  BillingIncompleteError,
  ContractWithoutFeeError,
} from './billing-errors.ts';
import { billContractFee, parseBillingPeriod } from './billing-period.ts';
import type {
  Billing,
  BillingReference,
  ContractTerms,
  DebitMemoRequestInput,
  Invoice,
  InvoiceQuery,
  InvoiceRecord,
  WarrantyTerms,
} from './billing.ts';
import { dayIn } from './contract-period.ts';
import type { FeeInterval, Money, StoredContract } from './contract.ts';
import { KeyedLock } from './keyed-lock.ts';
import type { KeyedRunner } from './keyed-lock.ts';
import type { Order } from './order.ts';

/** The preview of an order's bill: the lines and totals, and what they were worked out from. */
export interface OrderBillingPreview extends Billing {
  orderId: string;
  customerId: string;
  serviceDate: string;
}

/** The outcome of billing: the invoice made, or the lines of a bill the customer owes nothing. */
export type BillingOutcome =
  { billable: true; invoice: Invoice } | { billable: false; billing: Billing; customerId: string };

/** How one call to bill an order or a contract period ended. */
export type BillingOutcomeKind =
  'invoiced' | 'not-billable' | 'already-billed' | 'incomplete' | 'refused' | 'failed';

/** What a call to bill ended with, for logs and metrics. */
export interface BillingEvent {
  /** What was billed: an order, or one period of a contract's fee. */
  kind: 'order' | 'contract';
  /** The order number, or the contract number and period (`40000026 2026-12`). */
  reference: string;
  outcome: BillingOutcomeKind;
  invoiceId?: string | undefined;
  debitMemoRequestId?: string | undefined;
  gross?: Money | undefined;
  error?: unknown;
}

/** Settings of the billing use cases. */
export interface BillingServiceOptions {
  /** Told how every call to bill ended (never throws into billing). */
  onOutcome?: ((event: BillingEvent) => void) | undefined;
  /** The SAP system's time zone: its calendar day is "today". */
  timeZone: string;
  /** Runs the billing of one order or contract period at a time; in-process when absent. */
  lock?: KeyedRunner | undefined;
  clock?: () => Date;
}

/** What billing reads and writes in SAP. */
export interface BillingPorts {
  billing: BillingPort;
  orders: OrderPort;
  notifications: NotificationPort;
  contracts: ContractPort;
  warranty: WarrantyPort;
}

/**
 * Billing by contract conditions: an order's work priced by SAP, less what warranties and
 * contracts in force on the service date cover, billed once through a debit memo request and
 * its invoice; and the periodic fee of a contract, once per period.
 */
export class BillingService {
  readonly #ports: BillingPorts;
  readonly #lock: KeyedRunner;
  readonly #options: BillingServiceOptions;

  constructor(ports: BillingPorts, options: BillingServiceOptions) {
    this.#ports = ports;
    this.#lock = options.lock ?? new KeyedLock();
    this.#options = options;
  }

  /** Works out an order's bill without writing anything; NotFoundError for an unknown order. */
  async previewOrder(orderId: string): Promise<OrderBillingPreview> {
    const order = await this.#order(orderId);
    return this.#preview(order);
  }

  /**
   * Bills a technically completed order once. A bill the customer owes nothing for makes no
   * SD documents. A debit memo request left without invoice by an earlier failure is billed
   * now instead of making a second one.
   */
  billOrder(orderId: string): Promise<BillingOutcome> {
    const event = { kind: 'order', reference: orderId } as const;
    const billing = this.#lock.run(`order:${orderId}`, async (): Promise<BillingOutcome> => {
      const order = await this.#order(orderId);
      if (order.status !== 'technically-completed') {
        throw new AppError(
          'ORDER_NOT_BILLABLE',
          409,
          `Order ${orderId} is ${order.status}; only a technically completed order is billed.`,
        );
      }
      const reference: BillingReference = { kind: 'order', orderId: order.id };
      const pending = await this.#pendingRequest(reference);
      if (pending !== null) return { billable: true, invoice: await this.#invoice(pending) };

      const preview = await this.#preview(order);
      if (!preview.billable) {
        return { billable: false, billing: preview, customerId: preview.customerId };
      }
      const invoice = await this.#bill({
        customerId: preview.customerId,
        reference,
        serviceDate: preview.serviceDate,
        lines: preview.lines,
      });
      return { billable: true, invoice };
    });
    return this.#reported(event, billing, (outcome) =>
      outcome.billable
        ? invoicedEvent(event, outcome.invoice)
        : { ...event, outcome: 'not-billable' },
    );
  }

  /**
   * Bills one period of a contract's fee (`2026-12`, `2026-Q4` or `2026`, by the fee's
   * interval), once per period.
   */
  async billContract(contractId: string, periodText: string): Promise<Invoice> {
    const contract = await this.#ports.contracts.get(contractId);
    if (!contract) throw new NotFoundError('Contract', contractId);
    if (!contract.fee) throw new ContractWithoutFeeError(contract.id);
    const period = parseBillingPeriod(periodText, contract.fee.interval);
    if ('path' in period) throw new UnprocessableInputError([period], period.message);

    const reference: BillingReference = { kind: 'contract', contractId: contract.id, period };
    const event = { kind: 'contract', reference: `${contract.id} ${period.id}` } as const;
    const billing = this.#lock.run(`contract:${contract.id}:${period.id}`, async () => {
      const pending = await this.#pendingRequest(reference);
      if (pending !== null) return this.#invoice(pending);

      const material = await this.#ports.billing.feeMaterial(
        contract.customerId,
        contract.type,
        period.startsOn,
      );
      const fee = billContractFee(contract, period, material);
      return this.#bill({
        customerId: contract.customerId,
        reference,
        serviceDate: period.startsOn,
        lines: fee.lines,
      });
    });
    return this.#reported(event, billing, (invoice) => invoicedEvent(event, invoice));
  }

  /**
   * Cancels an invoice in SAP (its accounting document is reversed) and answers it cancelled;
   * the order or period it billed can be billed again. SapConflictError when SAP refuses.
   */
  async cancelInvoice(id: string): Promise<Invoice> {
    await this.getInvoice(id);
    await this.#ports.billing.cancelInvoice(id);
    return this.#invoice(id);
  }

  /** Reads an invoice; NotFoundError when SAP has no such invoice of ours. */
  async getInvoice(id: string): Promise<Invoice> {
    const record = await this.#ports.billing.getInvoice(id);
    if (!record) throw new NotFoundError('Invoice', id);
    const [invoice] = await this.#withPeriods([record]);
    return invoice as Invoice;
  }

  /** Lists invoices, newest first. */
  async listInvoices(query: InvoiceQuery): Promise<Invoice[]> {
    return this.#withPeriods(await this.#ports.billing.listInvoices(query));
  }

  async #order(orderId: string): Promise<Order> {
    const order = await this.#ports.orders.get(orderId);
    if (!order) throw new NotFoundError('Order', orderId);
    return order;
  }

  async #preview(order: Order): Promise<OrderBillingPreview> {
    if (order.customerId === null) {
      throw new UnprocessableInputError(
        [{ path: 'id', code: 'no_customer', message: `Order ${order.id} has no customer.` }],
        `Order ${order.id} has no customer to bill.`,
      );
    }
    const customerId = order.customerId;
    const serviceDate = await this.#serviceDate(order);
    const { warranties, contracts } = await this.#coverage(order, customerId);

    const needs = orderPricingNeeds(order);
    const prices = await this.#ports.billing.priceOrderWork({
      customerId,
      pricingDate: serviceDate,
      labor: needs.labor,
      materialIds: needs.materialIds,
    });
    const billing = billOrder(order, {
      serviceDate,
      customerId,
      warranties,
      contracts,
      prices,
    });
    return { orderId: order.id, customerId, serviceDate, ...billing };
  }

  // The day the service counts as given: the day the fault was reported (the notification's
  // creation, as SAP's warranty check takes the notification date), else the order's creation.
  async #serviceDate(order: Order): Promise<string> {
    if (order.notificationId !== null) {
      const notification = await this.#ports.notifications.get(order.notificationId);
      if (notification) return dayIn(this.#options.timeZone, new Date(notification.createdAt));
    }
    return order.createdOn ?? this.#today();
  }

  // The warranties and contracts of the order's equipment, with the shares they pay.
  async #coverage(
    order: Order,
    customerId: string,
  ): Promise<{ warranties: WarrantyTerms[]; contracts: ContractTerms[] }> {
    if (order.equipmentId === null) return { warranties: [], contracts: [] };
    const { warranty, contracts, billing } = this.#ports;

    const assigned = await warranty.listWarranties(order.equipmentId);
    const shares = await billing.warrantyShares(assigned.map((w) => w.masterWarrantyId));
    const warranties = assigned.map((w) => ({
      ...w,
      shares: shares.get(w.masterWarrantyId) ?? { labor: '0', parts: '0', travel: '0' },
    }));

    const summaries = await contracts.listSummaries({ equipmentId: order.equipmentId, customerId });
    const stored = await contracts.getMany(summaries.map((summary) => summary.id));
    return { warranties, contracts: stored.map(contractTerms) };
  }

  // A debit memo request of the reference that no live invoice bills yet: an earlier call
  // stopped between the request and its invoice. Throws when the reference is billed already.
  async #pendingRequest(reference: BillingReference): Promise<string | null> {
    const existing = await this.#ports.billing.findBilling(reference);
    if (existing === null) return null;
    if (existing.invoiceId !== null) {
      throw new AlreadyBilledError(reference, existing.invoiceId);
    }
    try {
      return await this.#ports.billing.createInvoice(existing.debitMemoRequestId);
    } catch (error) {
      throw new BillingIncompleteError(existing.debitMemoRequestId, error);
    }
  }

  // Tells the outcome hook how a call to bill ended, and passes its result or error on.
  async #reported<T>(
    event: Pick<BillingEvent, 'kind' | 'reference'>,
    billing: Promise<T>,
    describe: (result: T) => BillingEvent,
  ): Promise<T> {
    let result: T;
    try {
      result = await billing;
    } catch (error) {
      this.#report({ ...event, ...failureOf(error), error });
      throw error;
    }
    this.#report(describe(result));
    return result;
  }

  #report(event: BillingEvent): void {
    try {
      this.#options.onOutcome?.(event);
    } catch {
      // A failing log or metric never fails the billing it reports.
    }
  }

  async #bill(input: DebitMemoRequestInput): Promise<Invoice> {
    const requestId = await this.#ports.billing.createDebitMemoRequest(input);
    let invoiceId: string;
    try {
      invoiceId = await this.#ports.billing.createInvoice(requestId);
    } catch (error) {
      throw new BillingIncompleteError(requestId, error);
    }
    return this.#invoice(invoiceId);
  }

  async #invoice(invoiceId: string): Promise<Invoice> {
    const record = await this.#ports.billing.getInvoice(invoiceId);
    if (!record) {
      throw new AppError(
        'SAP_INCONSISTENT',
        502,
        `SAP made invoice ${invoiceId} but does not show it.`,
      );
    }
    const [invoice] = await this.#withPeriods([record]);
    return invoice as Invoice;
  }

  // Names the fee period of contract invoices by the contract's interval.
  async #withPeriods(records: readonly InvoiceRecord[]): Promise<Invoice[]> {
    const contractIds = [
      ...new Set(records.flatMap((record) => (record.contractId ? [record.contractId] : []))),
    ];
    const contracts = await this.#ports.contracts.getMany(contractIds);
    const intervals = new Map(contracts.map((c) => [c.id, c.fee?.interval ?? 'monthly']));

    return records.map(({ serviceDate, lines, ...header }) => {
      const interval = header.contractId === null ? undefined : intervals.get(header.contractId);
      const period =
        interval === undefined || serviceDate === null ? null : periodIdOf(serviceDate, interval);
      return { ...header, period, lines };
    });
  }

  #today(): string {
    return dayIn(this.#options.timeZone, this.#options.clock?.() ?? new Date());
  }
}

function invoicedEvent(
  event: Pick<BillingEvent, 'kind' | 'reference'>,
  invoice: Invoice,
): BillingEvent {
  return {
    ...event,
    outcome: 'invoiced',
    invoiceId: invoice.id,
    debitMemoRequestId: invoice.debitMemoRequestId ?? undefined,
    gross: invoice.gross,
  };
}

function failureOf(
  error: unknown,
): Pick<BillingEvent, 'outcome' | 'invoiceId' | 'debitMemoRequestId'> {
  if (error instanceof AlreadyBilledError) {
    return { outcome: 'already-billed', invoiceId: error.invoiceId };
  }
  if (error instanceof BillingIncompleteError) {
    return { outcome: 'incomplete', debitMemoRequestId: error.debitMemoRequestId };
  }
  const refused = error instanceof AppError && error.status < 500;
  return { outcome: refused ? 'refused' : 'failed' };
}

function contractTerms(contract: StoredContract): ContractTerms {
  return {
    contractId: contract.id,
    customerId: contract.customerId,
    validFrom: contract.validFrom,
    validTo: contract.validTo,
    shares: {
      labor: String(contract.coverage.laborPercent),
      parts: String(contract.coverage.partsPercent),
      travel: String(contract.coverage.travelPercent),
    },
  };
}

// The name of the fee period that starts on a day: `2026-12`, `2026-Q4` or `2026`.
function periodIdOf(startsOn: string, interval: FeeInterval): string {
  const [year = '', month = ''] = startsOn.split('-');
  if (interval === 'yearly') return year;
  if (interval === 'quarterly') return `${year}-Q${Math.ceil(Number(month) / 3)}`;
  return `${year}-${month}`;
}
