import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SapBackend } from '../../src/backends/port.ts';
import { NotFoundError } from '../../src/errors.ts';
import { KeyedLock } from '../../src/domain/keyed-lock.ts';
import type { Notification } from '../../src/domain/notification.ts';
import type { NewOrderContent } from '../../src/domain/order.ts';
import { OrderService } from '../../src/domain/order-service.ts';
import type { KeyedRunner } from '../../src/domain/keyed-lock.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';
import { lookUpOrderSeed } from '../api/order-seed-lookup.ts';
import type { OrderSeed } from '../api/order-seed-lookup.ts';
import {
  openMockSapBackend,
  orderServiceOver,
  recordingRunner,
} from '../support/mock-sap-backend.ts';

describe('OrderService creates over the RFC backend', () => {
  let backend: SapBackend;
  let sap: MockSap;
  let seed: OrderSeed;

  beforeEach(() => {
    ({ backend, sap } = openMockSapBackend());
    seed = lookUpOrderSeed(sap);
  });

  afterEach(() => backend.close());

  const service = (lock?: KeyedRunner): OrderService => orderServiceOver(backend, { lock });

  function content(description = 'Repair the leak'): NewOrderContent {
    return {
      type: 'repair',
      description,
      operations: [{ description: 'Repair', workCenter: seed.workCenters[0], plannedHours: '1' }],
    };
  }

  function reportProblem(): Promise<Notification> {
    return backend.notifications.create({
      type: 'problem',
      subject: 'Order exactly once',
      customerId: seed.customerId,
      equipmentId: seed.equipmentId,
    });
  }

  // The orders SAP holds for a notification (AFIH-QMNUM, the notification zero-padded).
  function ordersOf(notification: Notification): string[] {
    const number = notification.id.padStart(12, '0');
    return sap.select('AFIH', (row) => row.QMNUM === number).map((row) => row.AUFNR ?? '');
  }

  it('creates an order for a notification that has none', async () => {
    const notification = await reportProblem();

    const result = await service().createForNotification(notification.id, content());

    expect(result.created).toBe(true);
    expect(result.order.notificationId).toBe(notification.id);
    expect(ordersOf(notification)).toHaveLength(1);
  });

  it("answers the notification's order when a create runs again, and creates no second", async () => {
    const orders = service();
    const notification = await reportProblem();

    const first = await orders.createForNotification(notification.id, content());
    const again = await orders.createForNotification(notification.id, content('Other text'));

    expect(again).toEqual({ order: first.order, created: false });
    expect(ordersOf(notification)).toHaveLength(1);
  });

  it('answers the existing order also when the notification is given in the body', async () => {
    const orders = service();
    const notification = await reportProblem();

    const first = await orders.create({ ...content(), notificationId: notification.id });
    const again = await orders.create({ ...content(), notificationId: notification.id });

    expect(first.created).toBe(true);
    expect(again).toEqual({ order: first.order, created: false });
    expect(ordersOf(notification)).toHaveLength(1);
  });

  it('makes one order when two creates for one notification run at the same time', async () => {
    const orders = service();
    const notification = await reportProblem();

    const answers = await Promise.all([
      orders.createForNotification(notification.id, content()),
      orders.create({ ...content(), notificationId: notification.id.padStart(12, '0') }),
    ]);

    expect(answers.map((answer) => answer.created).sort()).toEqual([false, true]);
    expect(answers[0].order.id).toBe(answers[1].order.id);
    expect(ordersOf(notification)).toHaveLength(1);
  });

  it('makes one order when two services share the lock, as processes share Redis', async () => {
    const lock = new KeyedLock();
    const notification = await reportProblem();

    const answers = await Promise.all([
      service(lock).createForNotification(notification.id, content()),
      service(lock).createForNotification(notification.id, content()),
    ]);

    expect(answers.map((answer) => answer.created).sort()).toEqual([false, true]);
    expect(ordersOf(notification)).toHaveLength(1);
  });

  it('runs a create for a notification under the lock given, keyed by the number', async () => {
    const lock = recordingRunner();
    const notification = await reportProblem();

    await service(lock).createForNotification(`00${notification.id}`, content());
    await service(lock).create({
      ...content(),
      customerId: seed.customerId,
      equipmentId: seed.equipmentId,
    });

    expect(lock.keys).toEqual([`order:notification:${notification.id}`]);
  });

  it('creates an order for a customer each time it is asked', async () => {
    const orders = service();
    const input = { ...content(), customerId: seed.customerId, equipmentId: seed.equipmentId };

    const first = await orders.create(input);
    const second = await orders.create(input);

    expect([first.created, second.created]).toEqual([true, true]);
    expect(second.order.id).not.toBe(first.order.id);
  });

  it('throws NotFoundError for a notification SAP does not know, and creates nothing', async () => {
    const before = sap.select('AFIH', () => true).length;

    const refusal = service().createForNotification('19999999', content());

    await expect(refusal).rejects.toBeInstanceOf(NotFoundError);
    expect(sap.select('AFIH', () => true)).toHaveLength(before);
  });
});
