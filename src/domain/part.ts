/** The unrestricted-use stock of a part in one storage location (a warehouse, a service van). */
export interface StorageLocationStock {
  storageLocation: string;
  unrestricted: string;
}

/** The stock and reorder policy of a spare part in one plant. Quantities are decimal strings. */
export interface PartPlant {
  plant: string;
  /** Unrestricted-use stock over the plant's storage locations. */
  unrestricted: string;
  /** What open reservations (released orders and other reservations) still need. */
  reserved: string;
  /** Unrestricted less reserved, never below zero: what can still be promised. */
  available: string;
  /** Requested or ordered through purchase requisitions that are not closed yet. */
  onOrder: string;
  /** At or below this available stock the part is replenished; 0 means never. */
  reorderPoint: string;
  safetyStock: string;
  /** What one purchase requisition asks for. */
  reorderQuantity: string;
  /** Whether the available stock is at or below a reorder point above zero. */
  belowReorderPoint: boolean;
  /** Where the unrestricted stock lies, by storage location. */
  storageLocations: StorageLocationStock[];
}

/** A spare part with its stock per plant. */
export interface Part {
  materialId: string;
  description: string | null;
  /** SAP's base unit of measure, e.g. `ST` (pieces). */
  unit: string;
  plants: PartPlant[];
}

/** Filters and paging of a parts search. */
export interface PartQuery {
  /** Only parts with a plant (of the filter) at or below its reorder point. */
  belowReorderPoint?: boolean | undefined;
  plant?: string | undefined;
  /** Matched against the material number and, case-insensitively, the description. */
  search?: string | undefined;
  limit: number;
  offset: number;
}

/** Whether a quantity of a part can be had in a plant. */
export interface PartAvailability {
  materialId: string;
  plant: string;
  /** The storage location checked; null for the whole plant. */
  storageLocation: string | null;
  unit: string;
  requested: string;
  /** The quantity available to promise today. */
  available: string;
  isAvailable: boolean;
  /** When SAP can confirm the whole quantity (today, or after the replenishment lead time). */
  availableOn: string | null;
}

/** The reorder policy of a part in one plant. Quantities are decimal strings. */
export interface ReorderPolicy {
  reorderPoint: string;
  reorderQuantity: string;
  safetyStock: string;
}

/** The processing statuses of a purchase requisition, as the API names them. */
export const requisitionStatuses = ['open', 'ordered', 'closed'] as const;

/** Open: nothing ordered yet; ordered: a purchase order exists; closed: done or deleted. */
export type RequisitionStatus = (typeof requisitionStatuses)[number];

/** One item of a purchase requisition. */
export interface PurchaseRequisition {
  /** SAP's requisition number without leading zeros. */
  id: string;
  /** The item number within the requisition, e.g. `10`. */
  item: string;
  materialId: string;
  plant: string;
  quantity: string;
  unit: string;
  status: RequisitionStatus;
  /** ISO 8601 instant. */
  createdAt: string | null;
  createdBy: string | null;
  deliveryDate: string | null;
  /** SAP's requirement tracking number; automatic replenishment writes its own. */
  trackingNumber: string | null;
}

/** A purchase requisition to raise for one part in one plant. */
export interface NewRequisition {
  materialId: string;
  plant: string;
  quantity: string;
  unit: string;
}

/** Filters and paging of a requisition search. */
export interface RequisitionQuery {
  materialId?: string | undefined;
  plant?: string | undefined;
  status?: readonly RequisitionStatus[] | undefined;
  limit: number;
  offset: number;
}
