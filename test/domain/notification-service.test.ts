import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SapBackend } from '../../src/backends/port.ts';
import { KeyedLock } from '../../src/domain/keyed-lock.ts';
import type { NewNotification } from '../../src/domain/notification.ts';
import { NotificationService } from '../../src/domain/notification-service.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';
import { openMockSapBackend, recordingRunner } from '../support/mock-sap-backend.ts';

const leak: NewNotification = {
  type: 'problem',
  subject: 'Espresso machine leaks at brew group',
  customerId: '100002',
  equipmentId: '10000353',
  externalRef: 'TICKET-H2-1',
};

describe('NotificationService.create over the RFC backend', () => {
  let backend: SapBackend;
  let sap: MockSap;

  beforeEach(() => {
    ({ backend, sap } = openMockSapBackend());
  });

  afterEach(() => backend.close());

  const withReference = (ref: string) => sap.select('QMEL', (row) => row.BSTNK === ref);

  it('answers the notification a retried create made before, and creates no second one', async () => {
    const service = new NotificationService(backend.notifications);

    const first = await service.create(leak);
    const again = await service.create(leak);

    expect(first.created).toBe(true);
    expect(again).toEqual({ notification: first.notification, created: false });
    expect(withReference('TICKET-H2-1')).toHaveLength(1);
  });

  it('makes one notification when two creates of one reference run at the same time', async () => {
    const service = new NotificationService(backend.notifications);

    const answers = await Promise.all([service.create(leak), service.create(leak)]);

    expect(answers.map((answer) => answer.created).sort()).toEqual([false, true]);
    expect(answers[0].notification.id).toBe(answers[1].notification.id);
    expect(withReference('TICKET-H2-1')).toHaveLength(1);
  });

  it('makes one notification when two services share the lock, as processes share Redis', async () => {
    const lock = new KeyedLock();
    const services = [
      new NotificationService(backend.notifications, { lock }),
      new NotificationService(backend.notifications, { lock }),
    ];

    const answers = await Promise.all(services.map((service) => service.create(leak)));

    expect(answers.map((answer) => answer.created).sort()).toEqual([false, true]);
    expect(withReference('TICKET-H2-1')).toHaveLength(1);
  });

  it('creates each of two different references', async () => {
    const service = new NotificationService(backend.notifications);

    const answers = await Promise.all([
      service.create({ ...leak, externalRef: 'TICKET-H2-A' }),
      service.create({ ...leak, externalRef: 'TICKET-H2-B' }),
    ]);

    expect(answers.map((answer) => answer.created)).toEqual([true, true]);
    expect(withReference('TICKET-H2-A')).toHaveLength(1);
    expect(withReference('TICKET-H2-B')).toHaveLength(1);
  });

  it('runs a create with a reference under the lock given, keyed by the reference', async () => {
    const lock = recordingRunner();
    const service = new NotificationService(backend.notifications, { lock });

    await service.create(leak);
    await service.create({ ...leak, externalRef: undefined });

    expect(lock.keys).toEqual(['notification:TICKET-H2-1']);
  });
});
