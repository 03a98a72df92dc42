/** The kinds of service order, as the API names them. */
export const orderTypes = ['service', 'service-with-revenue', 'repair'] as const;

/** The kind of a service order, as the API names it. */
export type OrderType = (typeof orderTypes)[number];

/** The priority of a service order, as the API names it (the notifications' priorities). */
export type OrderPriority = 'very-high' | 'high' | 'medium' | 'low';

/** The life-cycle statuses of an order, from SAP's system statuses CRTD, REL, TECO and CLSD. */
export const orderStatuses = ['created', 'released', 'technically-completed', 'closed'] as const;

/** The life-cycle status of a service order. */
export type OrderStatus = (typeof orderStatuses)[number];

/** A status change a caller can ask for on an order. */
export type OrderTransition = 'release' | 'complete' | 'close';

/** The status each transition leads to when SAP allows it. */
export const orderTransitionTargets: Record<OrderTransition, OrderStatus> = {
  release: 'released',
  complete: 'technically-completed',
  close: 'closed',
};

/** One operation of an order: work planned at a work center. Hours are decimal strings. */
export interface OrderOperation {
  /** SAP's operation number, e.g. `0010`. */
  id: string;
  description: string;
  workCenter: string;
  /** The activity type the hours are costed with (SAP's ACTTYPE), when the operation has one. */
  activityType: string | null;
  plant: string;
  plannedHours: string;
  actualHours: string;
  finallyConfirmed: boolean;
}

/** One spare part planned on an order (a reservation item). Quantities are decimal strings. */
export interface OrderComponent {
  materialId: string;
  description: string | null;
  plant: string;
  storageLocation: string | null;
  quantity: string;
  withdrawnQuantity: string;
  /** The operation the part is planned for. */
  operationId: string;
}

/** One time confirmation posted on an operation of the order. */
export interface OrderConfirmation {
  /** SAP's confirmation number and counter, joined by a hyphen: `1000013-1`. */
  id: string;
  operationId: string;
  hours: string;
  final: boolean;
  note: string | null;
  postedOn: string | null;
}

/** Parts issued to the order (goods issues less their reversals), per storage location. */
export interface PartUsed {
  materialId: string;
  plant: string;
  storageLocation: string;
  quantity: string;
}

/** The header of a service order, as lists show it. */
export interface OrderSummary {
  id: string;
  type: OrderType;
  status: OrderStatus;
  description: string;
  priority: OrderPriority | null;
  customerId: string | null;
  equipmentId: string | null;
  notificationId: string | null;
  plant: string | null;
  createdOn: string | null;
  changedOn: string | null;
}

/** A service order with its operations, components, confirmations and the parts used. */
export interface Order extends OrderSummary {
  operations: OrderOperation[];
  components: OrderComponent[];
  confirmations: OrderConfirmation[];
  /** The hours confirmed on all operations. */
  actualHours: string;
  partsUsed: PartUsed[];
}

/** An operation a caller plans on a new order. */
export interface NewOrderOperation {
  description: string;
  workCenter: string;
  /** The activity type the hours are costed (and billed) with; the work center's when absent. */
  activityType?: string | undefined;
  /** Decimal string such as `2.5`. */
  plannedHours: string;
  /** The plant of the work center; the order's plant when absent. */
  plant?: string | undefined;
}

/** A spare part a caller plans on a new order. */
export interface NewOrderComponent {
  materialId: string;
  /** Decimal string such as `2` or `0.5`. */
  quantity: string;
  plant: string;
  /** The storage location to issue from; the mapping's default when absent. */
  storageLocation?: string | undefined;
}

/** The fields of a new order that do not say what it belongs to. */
export interface NewOrderContent {
  type: OrderType;
  description: string;
  priority?: OrderPriority | undefined;
  /** The planning plant; the equipment's maintenance plant when absent. */
  plant?: string | undefined;
  operations: NewOrderOperation[];
  components?: NewOrderComponent[] | undefined;
}

/** What a caller gives to open an order: for a customer (and equipment) or for a notification. */
export interface NewOrder extends NewOrderContent {
  notificationId?: string | undefined;
  customerId?: string | undefined;
  equipmentId?: string | undefined;
}

/** A new order as the domain hands it to SAP: its reference and plant resolved. */
export interface OrderCreation extends NewOrderContent {
  reference:
    | { kind: 'customer'; customerId: string; equipmentId?: string | undefined }
    | { kind: 'notification'; notificationId: string };
}

/** A part issued from stock to the order with a confirmation (goods issue, movement 261). */
export interface MaterialIssue {
  materialId: string;
  quantity: string;
  plant: string;
  storageLocation?: string | undefined;
}

/** Hours worked on an operation, and the parts used for it. */
export interface NewConfirmation {
  operationId: string;
  /** Decimal string such as `1.5`. */
  hours: string;
  final: boolean;
  note?: string | undefined;
  materials: MaterialIssue[];
  /**
   * The caller's id of the work reported (a time sheet or work report in the CRM); a confirmation
   * of the order that carries it already is not posted again.
   */
  externalRef?: string | undefined;
}

/** Options of the technical completion of an order. */
export interface CompletionOptions {
  /** The notification to complete in the same LUW, if any. */
  notificationId?: string | undefined;
}

/** Filters and paging for an order search. */
export interface OrderQuery {
  customerId?: string | undefined;
  equipmentId?: string | undefined;
  notificationId?: string | undefined;
  status?: OrderStatus | undefined;
  limit: number;
  offset: number;
}
