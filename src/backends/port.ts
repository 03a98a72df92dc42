import type { Customer, CustomerQuery, Equipment, EquipmentQuery } from '../domain/master-data.ts';
import type {
  NewNotification,
  NewNotificationItem,
  Notification,
  NotificationChange,
  NotificationQuery,
  NotificationTransition,
} from '../domain/notification.ts';

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
  /** Checks that SAP answers. */
  ping(): Promise<BackendHealth>;
  /** Releases connections. */
  close(): Promise<void>;
}
