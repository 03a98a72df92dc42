import { sameSapNumber } from './sap-number.ts';
import { NotFoundError, UnprocessableInputError } from '../errors.ts';
import type { MasterDataPort, NotificationPort, OrderPort } from '../backends/port.ts';
import { confirmationKey, orderForNotificationKey } from './create-lock-keys.ts';
import { KeyedLock } from './keyed-lock.ts';
import type { KeyedRunner } from './keyed-lock.ts';
import type { Notification } from './notification.ts';
import type {
  NewConfirmation,
  NewOrder,
  NewOrderContent,
  Order,
  OrderQuery,
  OrderSummary,
} from './order.ts';

/** The ports the order use cases work with. */
export interface OrderServicePorts {
  orders: OrderPort;
  masterData: MasterDataPort;
  notifications: NotificationPort;
}

/** Options of the technical completion a caller asks for. */
export interface CompleteOrderOptions {
  /** Completes the order's notification in the same LUW. */
  completeNotification: boolean;
}

/** What the order use cases tell others about. */
export interface OrderServiceHooks {
  /**
   * Less of these parts is available in their plants: a release reserved them or a goods issue
   * took them (told after SAP committed, before the caller is answered).
   */
  onStockLowered?: (places: { materialId: string; plant: string }[]) => Promise<unknown>;
}

/** Settings of the order use cases. */
export interface OrderServiceOptions {
  /**
   * Runs the creates for one notification, and the confirmations with one reference, one at a
   * time, lookup and write together; the default holds within this process, a Redis lock across
   * every process that shares it.
   */
  lock?: KeyedRunner;
}

/** The outcome of a create: the order, and whether this call made it or found it. */
export interface CreateOrderResult {
  order: Order;
  created: boolean;
}

/** The outcome of a confirmation: the order, and whether this call posted it or found it. */
export interface ConfirmOrderResult {
  order: Order;
  created: boolean;
}

/** The use cases of service orders, over whichever SAP backend is configured. */
export class OrderService {
  readonly #orders: OrderPort;
  readonly #masterData: MasterDataPort;
  readonly #notifications: NotificationPort;
  readonly #hooks: OrderServiceHooks;
  readonly #lock: KeyedRunner;

  constructor(
    ports: OrderServicePorts,
    hooks: OrderServiceHooks = {},
    options: OrderServiceOptions = {},
  ) {
    this.#orders = ports.orders;
    this.#masterData = ports.masterData;
    this.#notifications = ports.notifications;
    this.#hooks = hooks;
    this.#lock = options.lock ?? new KeyedLock();
  }

  /**
   * Opens an order for a customer (and equipment of that customer) or for a notification, whose
   * customer and equipment it then takes. An unknown notification is SAP's refusal (422); a
   * notification that has an order already answers that order, and nothing is created.
   */
  async create(input: NewOrder): Promise<CreateOrderResult> {
    const { notificationId, customerId, equipmentId, ...content } = input;
    if (notificationId !== undefined) {
      return this.#createForNotification(notificationId, content, { mustExist: false });
    }
    if (customerId === undefined) {
      throw unprocessable('customerId', 'reference_missing', 'Give a customer or a notification.');
    }

    let plant = content.plant;
    if (equipmentId !== undefined) {
      const equipment = await this.#masterData.getEquipment(equipmentId);
      // Equipment SAP does not know is left to SAP, which refuses it with its own message.
      if (equipment?.customerId != null && !sameSapNumber(equipment.customerId, customerId)) {
        throw unprocessable(
          'equipmentId',
          'equipment_of_other_customer',
          `Equipment ${equipmentId} belongs to customer ${equipment.customerId}, ` +
            `not ${customerId}.`,
        );
      }
      plant ??= equipment?.plant ?? undefined;
    }

    const order = await this.#orders.create({
      ...content,
      plant,
      reference: { kind: 'customer', customerId, equipmentId },
    });
    return { order, created: true };
  }

  /**
   * Opens an order for the notification in the path, or answers the order it has already;
   * throws NotFoundError when SAP does not know the notification.
   */
  createForNotification(
    notificationId: string,
    content: NewOrderContent,
  ): Promise<CreateOrderResult> {
    return this.#createForNotification(notificationId, content, { mustExist: true });
  }

  /** Reads an order; throws NotFoundError when SAP does not know it. */
  async get(id: string): Promise<Order> {
    const order = await this.#orders.get(id);
    if (!order) throw new NotFoundError('Order', id);
    return order;
  }

  /** Lists order headers matching the query, newest first. */
  list(query: OrderQuery): Promise<OrderSummary[]> {
    return this.#orders.list(query);
  }

  /** Releases an order, which reserves its components; SAP decides whether its status allows it. */
  async release(id: string): Promise<Order> {
    const released = await this.#orders.release(id);
    await this.#stockLowered(released.components);
    return released;
  }

  /**
   * Completes an order technically; with `completeNotification` its notification too, in the
   * same LUW. A notification that is completed already is left as it is.
   */
  async complete(id: string, options: CompleteOrderOptions): Promise<Order> {
    if (!options.completeNotification) return this.#orders.complete(id, {});

    const order = await this.get(id);
    if (order.notificationId === null) {
      throw unprocessable(
        'completeNotification',
        'order_without_notification',
        `Order ${id} has no notification to complete.`,
      );
    }
    const notification = await this.#notifications.get(order.notificationId);
    if (notification?.status === 'completed') return this.#orders.complete(id, {});
    return this.#orders.complete(id, { notificationId: order.notificationId });
  }

  /** Closes an order (business completion); SAP allows it only after technical completion. */
  close(id: string): Promise<Order> {
    return this.#orders.close(id);
  }

  /**
   * Confirms hours on an operation of the order and issues the parts used, in one LUW; then
   * tells the hook which parts left the stock. A confirmation with an `externalRef` that the
   * order carries already answers the order as it stands, and nothing is posted.
   */
  async confirm(id: string, confirmation: NewConfirmation): Promise<ConfirmOrderResult> {
    const { externalRef } = confirmation;
    if (externalRef === undefined || externalRef === '') {
      return { order: await this.#post(id, await this.get(id), confirmation), created: true };
    }

    return this.#lock.run(confirmationKey(id, externalRef), async () => {
      const order = await this.get(id);
      if ((await this.#orders.findConfirmation(id, externalRef)) === null) {
        return { order: await this.#post(id, order, confirmation), created: true };
      }
      // A rerun whose first run committed may have stopped before the hook was told; telling
      // it again is harmless (replenishment raises one requisition per part and plant).
      await this.#stockLowered(confirmation.materials);
      return { order, created: false };
    });
  }

  async #post(id: string, order: Order, confirmation: NewConfirmation): Promise<Order> {
    if (!order.operations.some((operation) => operation.id === confirmation.operationId)) {
      throw unprocessable(
        'operationId',
        'operation_not_found',
        `Order ${id} has no operation ${confirmation.operationId}.`,
      );
    }
    const confirmed = await this.#orders.confirm(id, confirmation);
    await this.#stockLowered(confirmation.materials);
    return confirmed;
  }

  async #stockLowered(parts: readonly { materialId: string; plant: string }[]): Promise<void> {
    if (parts.length === 0) return;
    await this.#hooks.onStockLowered?.(
      parts.map(({ materialId, plant }) => ({ materialId, plant })),
    );
  }

  // SAP keeps one order per notification: a create that runs again (a retried job whose first
  // run committed) answers the order the notification has, under the lock so that two creates
  // at the same time cannot both find none.
  #createForNotification(
    notificationId: string,
    content: NewOrderContent,
    options: { mustExist: boolean },
  ): Promise<CreateOrderResult> {
    return this.#lock.run(orderForNotificationKey(notificationId), async () => {
      const notification = await this.#notifications.get(notificationId);
      if (!notification && options.mustExist) {
        throw new NotFoundError('Notification', notificationId);
      }

      const existing = await this.#orderOf(notification);
      if (existing) return { order: existing, created: false };

      let plant = content.plant;
      if (plant === undefined && notification?.equipmentId != null) {
        const equipment = await this.#masterData.getEquipment(notification.equipmentId);
        plant = equipment?.plant ?? undefined;
      }
      const order = await this.#orders.create({
        ...content,
        plant,
        reference: { kind: 'notification', notificationId },
      });
      return { order, created: true };
    });
  }

  // An order number SAP cannot read any more is left to SAP, which refuses a second order.
  async #orderOf(notification: Notification | null): Promise<Order | null> {
    if (notification?.orderId == null) return null;
    return this.#orders.get(notification.orderId);
  }
}

// A 422 naming the one field whose value does not fit what SAP holds; nothing was written.
function unprocessable(path: string, code: string, message: string): UnprocessableInputError {
  return new UnprocessableInputError([{ path, code, message }], message);
}
