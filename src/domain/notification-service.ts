import { NotFoundError } from '../errors.ts';
import type { NotificationPort } from '../backends/port.ts';
import { notificationCreateKey } from './create-lock-keys.ts';
import { KeyedLock } from './keyed-lock.ts';
import type { KeyedRunner } from './keyed-lock.ts';
import type {
  NewNotification,
  NewNotificationItem,
  Notification,
  NotificationChange,
  NotificationQuery,
  NotificationTransition,
} from './notification.ts';

/** The outcome of a create: the notification, and whether this call made it or found it. */
export interface CreateNotificationResult {
  notification: Notification;
  created: boolean;
}

/** Settings of the notification use cases. */
export interface NotificationServiceOptions {
  /**
   * Runs the creates of one external reference one at a time, lookup and create together; the
   * default holds within this process, a Redis lock across every process that shares it.
   */
  lock?: KeyedRunner;
}

/** The use cases of service notifications, over whichever SAP backend is configured. */
export class NotificationService {
  readonly #port: NotificationPort;
  // SAP has no unique key on the external reference: without the lock, two creates of the same
  // reference could both pass the lookup and make two notifications.
  readonly #lock: KeyedRunner;

  constructor(port: NotificationPort, options: NotificationServiceOptions = {}) {
    this.#port = port;
    this.#lock = options.lock ?? new KeyedLock();
  }

  /**
   * Opens a notification, unless one with the same external reference already exists in SAP:
   * then that one is returned and nothing is created, so a retried create is harmless.
   */
  async create(input: NewNotification): Promise<CreateNotificationResult> {
    const { externalRef } = input;
    if (externalRef === undefined) {
      return { notification: await this.#port.create(input), created: true };
    }

    return this.#lock.run(notificationCreateKey(externalRef), () =>
      this.#findOrCreate(input, externalRef),
    );
  }

  /** Reads a notification; throws NotFoundError when SAP does not know it. */
  async get(id: string): Promise<Notification> {
    const notification = await this.#port.get(id);
    if (!notification) throw new NotFoundError('Notification', id);
    return notification;
  }

  /** Lists notifications matching the query. */
  list(query: NotificationQuery): Promise<Notification[]> {
    return this.#port.list(query);
  }

  /** Changes header fields of a notification. */
  update(id: string, change: NotificationChange): Promise<Notification> {
    return this.#port.update(id, change);
  }

  /** Moves a notification to another status; SAP decides whether the move is allowed. */
  transition(id: string, transition: NotificationTransition): Promise<Notification> {
    return this.#port.transition(id, transition);
  }

  /** Records a defect on a notification. */
  addItem(id: string, item: NewNotificationItem): Promise<Notification> {
    return this.#port.addItem(id, item);
  }

  async #findOrCreate(
    input: NewNotification,
    externalRef: string,
  ): Promise<CreateNotificationResult> {
    const existing = await this.#port.findByExternalRef(externalRef);
    if (existing) return { notification: existing, created: false };
    return { notification: await this.#port.create(input), created: true };
  }
}
