/** The kinds of service notification, as the API names them. */
export const notificationTypes = ['problem', 'request', 'activity-report'] as const;

/** The kind of a service notification, as the API names it. */
export type NotificationType = (typeof notificationTypes)[number];

/** The priority of a service notification, as the API names it. */
export type NotificationPriority = 'very-high' | 'high' | 'medium' | 'low';

/** The life-cycle status of a notification, from SAP's system statuses OSNO, NOPR, NOCO. */
export type NotificationStatus = 'open' | 'in-progress' | 'postponed' | 'completed';

/** A defect recorded on a notification (an SAP notification item). */
export interface NotificationItem {
  /** SAP's item key, e.g. `0001`. */
  id: string;
  description: string;
  codeGroup: string | null;
  code: string | null;
}

/** A service notification as the API shows it. */
export interface Notification {
  id: string;
  type: NotificationType;
  subject: string;
  description: string | null;
  priority: NotificationPriority | null;
  status: NotificationStatus;
  customerId: string | null;
  equipmentId: string | null;
  serialNumber: string | null;
  materialId: string | null;
  reportedBy: string | null;
  externalRef: string | null;
  breakdown: boolean;
  requiredStart: string | null;
  requiredEnd: string | null;
  orderId: string | null;
  items: NotificationItem[];
  createdAt: string;
  changedAt: string;
  completedAt: string | null;
}

/** What a caller gives to open a notification. */
export interface NewNotification {
  type: NotificationType;
  subject: string;
  description?: string | undefined;
  priority?: NotificationPriority | undefined;
  customerId: string;
  equipmentId?: string | undefined;
  serialNumber?: string | undefined;
  materialId?: string | undefined;
  reportedBy?: string | undefined;
  externalRef?: string | undefined;
  breakdown?: boolean | undefined;
  requiredStart?: string | undefined;
  requiredEnd?: string | undefined;
}

/** The fields of a notification a caller may change; absent fields stay as they are. */
export interface NotificationChange {
  subject?: string | undefined;
  description?: string | undefined;
  priority?: NotificationPriority | undefined;
  reportedBy?: string | undefined;
  requiredStart?: string | null | undefined;
  requiredEnd?: string | null | undefined;
}

/** A defect to add to a notification. */
export interface NewNotificationItem {
  description: string;
  codeGroup?: string | undefined;
  code?: string | undefined;
}

/** A status change a caller can ask for. */
export type NotificationTransition = 'start' | 'postpone' | 'complete';

/** Filters and paging for a notification search. */
export interface NotificationQuery {
  customerId?: string | undefined;
  equipmentId?: string | undefined;
  status?: NotificationStatus | undefined;
  externalRef?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * Whether a change that appends a description shows on the notification already: its long text
 * ends with that description. (Other fields are set, not appended: setting them again is
 * harmless.)
 */
export function showsAppendedDescription(
  notification: Notification,
  change: NotificationChange,
): boolean {
  if (change.description === undefined) return false;
  return notification.description?.trimEnd().endsWith(change.description.trimEnd()) ?? false;
}

/** Whether the notification has an item with this defect's description and code already. */
export function hasItemLike(notification: Notification, item: NewNotificationItem): boolean {
  return notification.items.some(
    (existing) =>
      existing.description === item.description &&
      (item.codeGroup === undefined || existing.codeGroup === item.codeGroup) &&
      (item.code === undefined || existing.code === item.code),
  );
}
