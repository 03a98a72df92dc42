import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SapBackend } from '../../src/backends/port.ts';
import type { NewNotification } from '../../src/domain/notification.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';

/** A backend under test over a fresh SAP whose seed has the installed base of mocks/seed. */
export interface ContractSubject {
  backend: SapBackend;
  /** The mock SAP behind the backend, when there is one: the suites read test data from it. */
  sap?: MockSap;
  close(): Promise<void>;
}

const leak: NewNotification = {
  type: 'problem',
  subject: 'Espresso machine leaks at brew group',
  description: 'Water under the machine.\nSecond line of the report.',
  priority: 'high',
  customerId: '100002',
  equipmentId: '10000353',
  reportedBy: 'M. Schulz',
  externalRef: 'CONTRACT-1',
  breakdown: true,
  requiredStart: '2026-12-04T08:00:00Z',
  requiredEnd: '2026-12-04T16:00:00Z',
};

/**
 * The behaviour every SAP backend (RFC, OData …) owes the domain, run against each of them so
 * that they stay interchangeable.
 */
export function describeSapBackendContract(name: string, open: () => Promise<ContractSubject>) {
  describe(`the SAP backend contract: ${name}`, () => {
    let subject: ContractSubject;
    let backend: SapBackend;

    beforeEach(async () => {
      subject = await open();
      backend = subject.backend;
    });

    afterEach(() => subject.close());

    it('creates a notification that reads back with every field given', async () => {
      const created = await backend.notifications.create(leak);

      expect(created).toMatchObject({ ...leak, status: 'open', orderId: null, items: [] });
      expect(await backend.notifications.get(created.id)).toEqual(created);
    });

    it('resolves material and serial number to the equipment', async () => {
      const created = await backend.notifications.create({
        ...leak,
        equipmentId: undefined,
        materialId: 'ESP-3000',
        serialNumber: 'BP3K-2022-001093',
      });

      expect(created.equipmentId).toBe('10000353');
    });

    it('finds a notification by its external reference, and nothing for an unused one', async () => {
      const created = await backend.notifications.create(leak);

      expect((await backend.notifications.findByExternalRef('CONTRACT-1'))?.id).toBe(created.id);
      expect(await backend.notifications.findByExternalRef('NEVER-USED')).toBeNull();
    });

    it('lists by customer and equipment, newest first, with paging', async () => {
      const first = await backend.notifications.create({ ...leak, externalRef: 'CONTRACT-A' });
      const second = await backend.notifications.create({ ...leak, externalRef: 'CONTRACT-B' });

      const page = await backend.notifications.list({ customerId: '100002', limit: 2, offset: 0 });
      const next = await backend.notifications.list({
        equipmentId: '10000353',
        limit: 1,
        offset: 1,
      });

      expect(page.map((n) => n.id)).toEqual([second.id, first.id]);
      expect(next.map((n) => n.id)).toEqual([first.id]);
    });

    it('changes header fields and keeps the others', async () => {
      const created = await backend.notifications.create(leak);

      const changed = await backend.notifications.update(created.id, {
        subject: 'Leak fixed provisionally',
        requiredEnd: null,
      });

      expect(changed).toMatchObject({
        subject: 'Leak fixed provisionally',
        requiredEnd: null,
        priority: 'high',
        externalRef: 'CONTRACT-1',
      });
    });

    it('moves through the statuses SAP allows and refuses the others with a 409', async () => {
      const { id } = await backend.notifications.create(leak);

      expect((await backend.notifications.transition(id, 'postpone')).status).toBe('postponed');
      expect((await backend.notifications.transition(id, 'start')).status).toBe('in-progress');
      expect((await backend.notifications.transition(id, 'complete')).status).toBe('completed');
      await expect(backend.notifications.transition(id, 'start')).rejects.toMatchObject({
        status: 409,
        messages: [expect.objectContaining({ type: 'E' })],
      });
    });

    it('adds defect items with catalogue codes', async () => {
      const { id } = await backend.notifications.create(leak);

      await backend.notifications.addItem(id, { description: 'Seal worn' });
      const withItems = await backend.notifications.addItem(id, {
        description: 'Brew group seal leaking',
        codeGroup: 'CS-COFFE',
        code: '0001',
      });

      expect(withItems.items).toEqual([
        { id: '0001', description: 'Seal worn', codeGroup: null, code: null },
        { id: '0002', description: 'Brew group seal leaking', codeGroup: 'CS-COFFE', code: '0001' },
      ]);
    });

    it('refuses an unknown customer with SAP messages and creates nothing', async () => {
      await expect(
        backend.notifications.create({ ...leak, customerId: '999999', externalRef: 'CONTRACT-X' }),
      ).rejects.toMatchObject({ status: 422, messages: [expect.objectContaining({ type: 'E' })] });

      expect(await backend.notifications.findByExternalRef('CONTRACT-X')).toBeNull();
    });

    it('reads customers and equipment, and null for unknown numbers', async () => {
      expect(await backend.masterData.getCustomer('100002')).toMatchObject({
        id: '100002',
        name: "O'Brien's Pub",
        city: 'Hamburg',
      });
      expect(await backend.masterData.getEquipment('10000353')).toMatchObject({
        id: '10000353',
        materialId: 'ESP-3000',
        serialNumber: 'BP3K-2022-001093',
        customerId: '100002',
      });
      expect(await backend.masterData.getCustomer('999999')).toBeNull();
      expect(await backend.masterData.getEquipment('99999999')).toBeNull();
    });

    it('searches customers by name with a quote in it, and equipment by serial number', async () => {
      const customers = await backend.masterData.listCustomers({
        search: "o'brien",
        limit: 10,
        offset: 0,
      });
      const machines = await backend.masterData.listEquipment({
        serialNumber: 'BP3K-2022-001093',
        limit: 10,
        offset: 0,
      });

      expect(customers.map((c) => c.id)).toEqual(['100002']);
      expect(machines.map((m) => m.id)).toEqual(['10000353']);
    });

    it('answers the readiness ping', async () => {
      expect(await backend.ping()).toMatchObject({ ok: true });
    });
  });
}
