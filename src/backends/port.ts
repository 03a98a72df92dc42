import type {
  BillingDocuments,
  BillingReference,
  CoverageShares,
  DebitMemoRequestInput,
  InvoiceQuery,
  InvoiceRecord,
  LaborWork,
  OrderPriceList,
  Price,
} from '../domain/billing.ts';
import type {
  ContractFilter,
  ContractType,
  NewContract,
  StoredContract,
} from '../domain/contract.ts';
import type { Customer, CustomerQuery, Equipment, EquipmentQuery } from '../domain/master-data.ts';
import type {
  NewNotification,
  NewNotificationItem,
  Notification,
  NotificationChange,
  NotificationQuery,
  NotificationTransition,
} from '../domain/notification.ts';
import type {
  CompletionOptions,
  NewConfirmation,
  Order,
  OrderCreation,
  OrderQuery,
  OrderSummary,
} from '../domain/order.ts';
import type {
  NewRequisition,
  Part,
  PartAvailability,
  PartQuery,
  PurchaseRequisition,
  ReorderPolicy,
  RequisitionQuery,
} from '../domain/part.ts';
import type { ContractSummary, SerializedEquipment, Warranty } from '../domain/warranty.ts';

/** What the domain needs from an SAP system for service notifications. */
export interface NotificationPort {
  /** Creates and commits a notification; throws SapRefusedError when SAP refuses it. */
  create(input: NewNotification): Promise<Notification>;
  /** Reads one notification, or null when SAP does not know the number. */
  get(id: string): Promise<Notification | null>;
  /** Finds the notification that carries the caller's external reference, if any. */
  findByExternalRef(externalRef: string): Promise<Notification | null>;
  /** Lists notifications matching the query, in descending number order. */
  list(query: NotificationQuery): Promise<Notification[]>;
  /** Changes header fields and commits; throws NotFoundError for an unknown number. */
  update(id: string, change: NotificationChange): Promise<Notification>;
  /** Changes the status; throws SapConflictError when SAP refuses the transition. */
  transition(id: string, transition: NotificationTransition): Promise<Notification>;
  /** Adds a defect item and commits. */
  addItem(id: string, item: NewNotificationItem): Promise<Notification>;
}

/** What the domain needs from an SAP system for customers and equipment. */
export interface MasterDataPort {
  /** Reads one customer, or null when SAP does not know the number. */
  getCustomer(id: string): Promise<Customer | null>;
  /** Searches customers by name or city. */
  listCustomers(query: CustomerQuery): Promise<Customer[]>;
  /** Reads one equipment record, or null when SAP does not know the number. */
  getEquipment(id: string): Promise<Equipment | null>;
  /** Lists equipment by customer, serial number or material. */
  listEquipment(query: EquipmentQuery): Promise<Equipment[]>;
}

/** What the domain needs from an SAP system to tell whether a serialized machine is covered. */
export interface WarrantyPort {
  /** The equipment records with this serial number (of this material, when given). */
  findEquipmentBySerial(serialNumber: string, materialId?: string): Promise<SerializedEquipment[]>;
  /** The master warranties assigned to an equipment record, deleted assignments left out. */
  listWarranties(equipmentId: string): Promise<Warranty[]>;
}

/** What the domain needs from an SAP system for service contracts. */
export interface ContractPort {
  /** Creates the contract with its covered equipment in one LUW; SapRefusedError if refused. */
  create(input: NewContract): Promise<StoredContract>;
  /** Reads one contract, or null when SAP does not know the number as a service contract. */
  get(id: string): Promise<StoredContract | null>;
  /** Reads several contracts; numbers SAP does not know are left out. Keeps the given order. */
  getMany(ids: readonly string[]): Promise<StoredContract[]>;
  /** The period and type of every contract matching the filter, newest first. */
  listSummaries(filter: ContractFilter): Promise<ContractSummary[]>;
}

/** What the domain needs from an SAP system for service orders; every write is one LUW. */
export interface OrderPort {
  /** Creates and commits an order with its operations and components. */
  create(input: OrderCreation): Promise<Order>;
  /** Reads one order, or null when SAP does not know the number. */
  get(id: string): Promise<Order | null>;
  /** Lists order headers matching the query, newest first. */
  list(query: OrderQuery): Promise<OrderSummary[]>;
  /** Releases the order; throws SapConflictError when SAP refuses the transition. */
  release(id: string): Promise<Order>;
  /** Completes the order technically, and the given notification with it in the same LUW. */
  complete(id: string, options: CompletionOptions): Promise<Order>;
  /** Closes the order (business completion). */
  close(id: string): Promise<Order>;
  /** Posts a time confirmation and the goods issue of its parts in one LUW. */
  confirm(id: string, confirmation: NewConfirmation): Promise<Order>;
  /** The id of the order's confirmation that carries the caller's reference, or null. */
  findConfirmation(id: string, externalRef: string): Promise<string | null>;
}

/** What the domain needs from an SAP system for spare parts and their stock. */
export interface PartPort {
  /** Reads a part with its stock per plant, or null when SAP does not know the material. */
  get(materialId: string): Promise<Part | null>;
  /** The spare parts matching the query, by material number. */
  list(query: PartQuery): Promise<Part[]>;
  /**
   * Checks a quantity against what SAP can promise in a plant (or one storage location of it);
   * null when the part is not in the plant.
   */
  availability(
    materialId: string,
    place: { plant: string; storageLocation?: string | undefined },
    quantity: string,
  ): Promise<PartAvailability | null>;
  /** Changes the reorder policy of a part in a plant and commits; NotFoundError if it has none. */
  setReorderPolicy(materialId: string, plant: string, policy: ReorderPolicy): Promise<void>;
}

/** What the domain needs from an SAP system for purchase requisitions. */
export interface RequisitionPort {
  /** Creates and commits a purchase requisition with one item. */
  create(input: NewRequisition): Promise<PurchaseRequisition>;
  /** The requisition items matching the query, newest first. */
  list(query: RequisitionQuery): Promise<PurchaseRequisition[]>;
}

/** What the domain needs from an SAP system to bill: prices, coverage, SD and FI documents. */
export interface BillingPort {
  /** The shares master warranties pay, by master warranty number; an unlisted share is 0. */
  warrantyShares(masterWarrantyIds: readonly string[]): Promise<Map<string, CoverageShares>>;
  /**
   * SAP's sales prices for a customer on a day: labour per work center, parts and travel.
   * Materials without a price are left out of the list.
   */
  priceOrderWork(request: {
    customerId: string;
    pricingDate: string;
    labor: readonly LaborWork[];
    materialIds: readonly string[];
  }): Promise<OrderPriceList>;
  /** The service material that bills a contract type's fee, with its unit and output tax. */
  feeMaterial(
    customerId: string,
    contractType: ContractType,
    pricingDate: string,
  ): Promise<Omit<Price, 'amount' | 'per'>>;
  /** The debit memo request that bills a reference, with its live invoice; null when none. */
  findBilling(reference: BillingReference): Promise<BillingDocuments | null>;
  /** Creates and commits a debit memo request; answers its number. */
  createDebitMemoRequest(input: DebitMemoRequestInput): Promise<string>;
  /** Bills a debit memo request (SAP commits the billing document itself); answers its number. */
  createInvoice(debitMemoRequestId: string): Promise<string>;
  /**
   * Cancels an invoice in SAP (a cancellation document that reverses its accounting document);
   * SapConflictError when SAP refuses (cancelled already, or paid).
   */
  cancelInvoice(id: string): Promise<void>;
  /** Reads one invoice, or null when SAP has no such billing document of ours. */
  getInvoice(id: string): Promise<InvoiceRecord | null>;
  /** The invoices matching the query, newest first. */
  listInvoices(query: InvoiceQuery): Promise<InvoiceRecord[]>;
}

/** The health of the connection to SAP, for `/readyz`. */
export interface BackendHealth {
  ok: boolean;
  detail: string;
}

/** One SAP backend (rfc, odata or the in-process mock): every port the domain uses. */
export interface SapBackend {
  readonly kind: 'mock' | 'rfc' | 'odata';
  readonly notifications: NotificationPort;
  readonly masterData: MasterDataPort;
  readonly orders: OrderPort;
  readonly warranty: WarrantyPort;
  readonly contracts: ContractPort;
  readonly parts: PartPort;
  readonly requisitions: RequisitionPort;
  readonly billing: BillingPort;
  /** Checks that SAP answers. */
  ping(): Promise<BackendHealth>;
  /** Releases connections. */
  close(): Promise<void>;
}
