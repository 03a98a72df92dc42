import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SapBackend } from '../../src/backends/port.ts';
import { NotFoundError, SapConflictError } from '../../src/errors.ts';
import type { Notification } from '../../src/domain/notification.ts';
import type { OrderCreation, OrderSummary } from '../../src/domain/order.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';
import { internalOrder, lookUpOrderSeed, stockOf } from '../api/order-seed-lookup.ts';
import type { OrderSeed } from '../api/order-seed-lookup.ts';
import type { ContractSubject } from './sap-backend-contract.ts';

/** The mock SAP the suite reads its test data from; a subject without one cannot run it. */
function seedSystem(subject: ContractSubject): MockSap {
  if (!subject.sap) throw new Error('the order contract reads its test data from subject.sap');
  return subject.sap;
}

function ids(orders: readonly OrderSummary[]): string[] {
  return orders.map((order) => order.id);
}

/**
 * The behaviour every SAP backend owes the domain for service orders: creation for a customer
 * or a notification, reading, searching, the life cycle from created to closed, and refusals
 * as typed errors that leave nothing half-done in SAP.
 */
export function describeOrderBackendContract(name: string, open: () => Promise<ContractSubject>) {
  describe(`the SAP backend contract for orders: ${name}`, () => {
    let subject: ContractSubject;
    let backend: SapBackend;
    let sap: MockSap;
    let seed: OrderSeed;

    beforeEach(async () => {
      subject = await open();
      backend = subject.backend;
      sap = seedSystem(subject);
      seed = lookUpOrderSeed(sap);
    });

    afterEach(() => subject.close());

    /** An order for the seed customer's equipment with one operation and nothing else. */
    function forEquipment(description = 'Contract order'): OrderCreation {
      return {
        type: 'repair',
        description,
        plant: seed.plant,
        reference: { kind: 'customer', customerId: seed.customerId, equipmentId: seed.equipmentId },
        operations: [{ description: 'Repair', workCenter: seed.workCenters[0], plannedHours: '1' }],
      };
    }

    function reportProblem(subjectLine: string): Promise<Notification> {
      return backend.notifications.create({
        type: 'problem',
        subject: subjectLine,
        customerId: seed.customerId,
        equipmentId: seed.equipmentId,
      });
    }

    async function releasedOrder(): Promise<string> {
      const { id } = await backend.orders.create(forEquipment());
      await backend.orders.release(id);
      return id;
    }

    it('creates an order for a customer and equipment that reads back with numbered operations and its parts', async () => {
      const created = await backend.orders.create({
        type: 'service',
        description: 'Repair cooling unit',
        priority: 'high',
        plant: seed.plant,
        reference: { kind: 'customer', customerId: seed.customerId, equipmentId: seed.equipmentId },
        operations: [
          {
            description: 'Diagnose compressor',
            workCenter: seed.workCenters[0],
            plannedHours: '2',
          },
          { description: 'Replace fan', workCenter: seed.workCenters[1], plannedHours: '1.5' },
        ],
        components: [{ materialId: seed.part.materialId, quantity: '3', plant: seed.part.plant }],
      });

      expect(created).toMatchObject({
        type: 'service',
        status: 'created',
        description: 'Repair cooling unit',
        priority: 'high',
        customerId: seed.customerId,
        equipmentId: seed.equipmentId,
        notificationId: null,
        plant: seed.plant,
        actualHours: '0',
        confirmations: [],
        partsUsed: [],
      });
      expect(created.operations).toMatchObject([
        { id: '0010', description: 'Diagnose compressor', workCenter: seed.workCenters[0] },
        { id: '0020', description: 'Replace fan', workCenter: seed.workCenters[1] },
      ]);
      expect(created.operations.map((operation) => operation.plannedHours)).toEqual(['2', '1.5']);
      expect(created.components).toMatchObject([
        {
          materialId: seed.part.materialId,
          plant: seed.part.plant,
          storageLocation: seed.part.storageLocation,
          quantity: '3',
          withdrawnQuantity: '0',
        },
      ]);
      expect(await backend.orders.get(created.id)).toEqual(created);
    });

    it('creates an order for a notification, which then carries the order number', async () => {
      const notification = await reportProblem('Cooling unit fails at night');

      const created = await backend.orders.create({
        type: 'service',
        description: 'Order of a notification',
        plant: seed.plant,
        reference: { kind: 'notification', notificationId: notification.id },
        operations: [
          { description: 'Diagnose', workCenter: seed.workCenters[0], plannedHours: '1' },
        ],
      });

      expect(created).toMatchObject({
        notificationId: notification.id,
        customerId: seed.customerId,
        equipmentId: seed.equipmentId,
      });
      expect((await backend.notifications.get(notification.id))?.orderId).toBe(created.id);
    });

    it('lists by customer, equipment, notification and status, newest first', async () => {
      const notification = await reportProblem('List test');
      const onEquipment = await backend.orders.create(forEquipment('List test 1'));
      const withoutEquipment = await backend.orders.create({
        ...forEquipment('List test 2'),
        reference: { kind: 'customer', customerId: seed.customerId },
      });
      const forNotification = await backend.orders.create({
        ...forEquipment('List test 3'),
        reference: { kind: 'notification', notificationId: notification.id },
      });
      await backend.orders.release(onEquipment.id);
      const mine = new Set([onEquipment.id, withoutEquipment.id, forNotification.id]);
      const own = (orders: OrderSummary[]) => ids(orders).filter((id) => mine.has(id));
      const page = { limit: 500, offset: 0 };

      const byCustomer = await backend.orders.list({ customerId: seed.customerId, ...page });
      const byEquipment = await backend.orders.list({ equipmentId: seed.equipmentId, ...page });
      const byNotification = await backend.orders.list({
        notificationId: notification.id,
        ...page,
      });
      const released = await backend.orders.list({
        customerId: seed.customerId,
        status: 'released',
        ...page,
      });
      const created = await backend.orders.list({
        customerId: seed.customerId,
        status: 'created',
        ...page,
      });

      expect(own(byCustomer)).toEqual([forNotification.id, withoutEquipment.id, onEquipment.id]);
      expect(byCustomer.every((order) => order.customerId === seed.customerId)).toBe(true);
      expect(own(byEquipment)).toEqual([forNotification.id, onEquipment.id]);
      expect(byEquipment.every((order) => order.equipmentId === seed.equipmentId)).toBe(true);
      expect(ids(byNotification)).toEqual([forNotification.id]);
      expect(byNotification[0]?.notificationId).toBe(notification.id);
      expect(own(released)).toEqual([onEquipment.id]);
      expect(released.every((order) => order.status === 'released')).toBe(true);
      expect(own(created)).toEqual([forNotification.id, withoutEquipment.id]);
      expect(created.every((order) => order.status === 'created')).toBe(true);
    });

    it('pages through the list with limit and offset', async () => {
      await backend.orders.create(forEquipment('Paging 1'));
      await backend.orders.create(forEquipment('Paging 2'));
      const all = await backend.orders.list({ customerId: seed.customerId, limit: 500, offset: 0 });

      const page = await backend.orders.list({ customerId: seed.customerId, limit: 2, offset: 1 });

      expect(ids(page)).toEqual(ids(all).slice(1, 3));
    });

    it('moves an order from created to closed, with its hours, parts and notification', async () => {
      const notification = await reportProblem('Machine stops after warm-up');
      const stockBefore = stockOf(sap, seed.part);
      const { id } = await backend.orders.create({
        ...forEquipment('Life of an order'),
        reference: { kind: 'notification', notificationId: notification.id },
        operations: [
          { description: 'Diagnose', workCenter: seed.workCenters[0], plannedHours: '2' },
          { description: 'Replace', workCenter: seed.workCenters[1], plannedHours: '1' },
        ],
        components: [{ materialId: seed.part.materialId, quantity: '2', plant: seed.part.plant }],
      });

      const released = await backend.orders.release(id);
      const partial = await backend.orders.confirm(id, {
        operationId: '0010',
        hours: '2.5',
        final: false,
        note: 'Relay burnt',
        materials: [{ ...seed.part, quantity: '2' }],
      });
      await backend.orders.confirm(id, {
        operationId: '0010',
        hours: '1',
        final: true,
        materials: [],
      });
      const final = await backend.orders.confirm(id, {
        operationId: '0020',
        hours: '0.5',
        final: true,
        materials: [],
      });
      const completed = await backend.orders.complete(id, { notificationId: notification.id });
      const closed = await backend.orders.close(id);

      expect(released.status).toBe('released');
      expect(partial).toMatchObject({ status: 'released', actualHours: '2.5' });
      expect(partial.operations[0]).toMatchObject({ actualHours: '2.5', finallyConfirmed: false });
      expect(partial.confirmations).toMatchObject([
        { operationId: '0010', hours: '2.5', final: false, note: 'Relay burnt' },
      ]);
      expect(partial.partsUsed).toEqual([{ ...seed.part, quantity: '2' }]);
      expect(partial.components[0]?.withdrawnQuantity).toBe('2');
      expect(stockOf(sap, seed.part)).toBe(stockBefore - 2);
      expect(final.actualHours).toBe('4');
      expect(final.operations.map((operation) => operation.actualHours)).toEqual(['3.5', '0.5']);
      expect(final.operations.every((operation) => operation.finallyConfirmed)).toBe(true);
      expect(new Set(final.confirmations.map((confirmation) => confirmation.id)).size).toBe(3);
      expect(completed.status).toBe('technically-completed');
      expect((await backend.notifications.get(notification.id))?.status).toBe('completed');
      expect(closed.status).toBe('closed');
      expect(await backend.orders.get(id)).toEqual(closed);
    });

    it('finds a confirmation again by the reference it was posted with, on its order only', async () => {
      const id = await releasedOrder();
      const other = await releasedOrder();

      const confirmed = await backend.orders.confirm(id, {
        operationId: '0010',
        hours: '1',
        final: false,
        materials: [{ ...seed.part, quantity: '1' }],
        externalRef: 'TS-2026-0815',
      });
      await backend.orders.confirm(id, {
        operationId: '0010',
        hours: '0.5',
        final: false,
        materials: [],
      });

      const [posted] = confirmed.confirmations;
      expect(await backend.orders.findConfirmation(id, 'TS-2026-0815')).toBe(posted?.id);
      expect(await backend.orders.findConfirmation(id, 'TS-2026-0816')).toBeNull();
      expect(await backend.orders.findConfirmation(other, 'TS-2026-0815')).toBeNull();
    });

    it('refuses a second release with a SapConflictError and keeps the order released', async () => {
      const id = await releasedOrder();

      await expect(backend.orders.release(id)).rejects.toBeInstanceOf(SapConflictError);
      await expect(backend.orders.release(id)).rejects.toMatchObject({
        status: 409,
        code: 'SAP_STATUS_CONFLICT',
        messages: [expect.objectContaining({ type: 'E' })],
      });
      expect((await backend.orders.get(id))?.status).toBe('released');
    });

    it('refuses completion before release and closing before completion', async () => {
      const { id: created } = await backend.orders.create(forEquipment());
      const released = await releasedOrder();

      await expect(backend.orders.complete(created, {})).rejects.toBeInstanceOf(SapConflictError);
      await expect(backend.orders.close(released)).rejects.toBeInstanceOf(SapConflictError);

      expect((await backend.orders.get(created))?.status).toBe('created');
      expect((await backend.orders.get(released))?.status).toBe('released');
    });

    it('refuses hours on an order that is not released, and posts nothing', async () => {
      const { id } = await backend.orders.create(forEquipment());

      await expect(
        backend.orders.confirm(id, {
          operationId: '0010',
          hours: '1',
          final: false,
          materials: [],
        }),
      ).rejects.toBeInstanceOf(SapConflictError);

      expect(await backend.orders.get(id)).toMatchObject({ actualHours: '0', confirmations: [] });
    });

    it('refuses a goods issue beyond stock with INSUFFICIENT_STOCK and keeps the confirmation out', async () => {
      const id = await releasedOrder();
      const stock = stockOf(sap, seed.part);

      const refused = backend.orders.confirm(id, {
        operationId: '0010',
        hours: '2',
        final: true,
        materials: [{ ...seed.part, quantity: String(stock + 1) }],
      });

      await expect(refused).rejects.toBeInstanceOf(SapConflictError);
      await expect(refused).rejects.toMatchObject({ status: 409, code: 'INSUFFICIENT_STOCK' });
      expect(await backend.orders.get(id)).toMatchObject({
        status: 'released',
        actualHours: '0',
        confirmations: [],
        partsUsed: [],
      });
      expect(stockOf(sap, seed.part)).toBe(stock);
    });

    it('reads an unknown order as null and refuses every change to it with a NotFoundError', async () => {
      const unknown = '4999999';
      const confirmation = { operationId: '0010', hours: '1', final: false, materials: [] };

      expect(sap.select('AUFK', (row) => row.AUFNR === internalOrder(unknown))).toEqual([]);
      expect(await backend.orders.get(unknown)).toBeNull();
      expect(
        await backend.orders.list({ notificationId: '999999999', limit: 10, offset: 0 }),
      ).toEqual([]);
      await expect(backend.orders.release(unknown)).rejects.toBeInstanceOf(NotFoundError);
      await expect(backend.orders.complete(unknown, {})).rejects.toBeInstanceOf(NotFoundError);
      await expect(backend.orders.close(unknown)).rejects.toBeInstanceOf(NotFoundError);
      await expect(backend.orders.confirm(unknown, confirmation)).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });
  });
}
