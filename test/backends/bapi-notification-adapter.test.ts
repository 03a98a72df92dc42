import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMappings } from '../../src/backends/mapping/load-mappings.ts';
import { BapiNotificationAdapter } from '../../src/backends/rfc/bapi-notification-adapter.ts';
import type { RfcClient, RfcPool } from '../../src/backends/rfc/rfc-client.ts';
import { RfcGateway } from '../../src/backends/rfc/rfc-gateway.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { NewNotification } from '../../src/domain/notification.ts';
import { MockRfcClient, MockRfcPool, MockSap, RfcLibError } from '../../src/sap-mock/index.ts';

const mappings = loadMappings(loadConfig({}).MAPPINGS_DIR, 'rfc', 'UTC');
let now = new Date('2026-12-03T09:30:00Z');

const leak: NewNotification = {
  type: 'problem',
  subject: 'Espresso machine leaks at brew group',
  description: 'Water under the machine.',
  priority: 'high',
  customerId: '100001',
  equipmentId: '10000009',
  externalRef: 'CRM-TEST-1',
};

/** Wraps the mock SAP's pool and makes chosen calls fail as a dropped connection would. */
class DroppingPool implements RfcPool {
  readonly failOn = new Set<string>();
  readonly hangOn = new Set<string>();
  readonly cancelled: MockRfcClient[] = [];
  readonly #pool: MockRfcPool;
  readonly #leased = new Map<RfcClient, MockRfcClient>();

  constructor(pool: MockRfcPool) {
    this.#pool = pool;
  }

  async acquire(): Promise<RfcClient> {
    const client = await this.#pool.acquire();
    const wrapper: RfcClient = {
      get alive() {
        return client.alive;
      },
      call: async (functionModule, parameters, options) => {
        if (this.hangOn.has(functionModule)) return new Promise(() => undefined);
        if (this.failOn.has(functionModule)) {
          throw new RfcLibError({
            group: 4,
            code: 1,
            codeString: 'RFC_COMMUNICATION_FAILURE',
            key: 'RFC_COMMUNICATION_FAILURE',
            message: 'connection to partner broken',
          });
        }
        return client.call(functionModule, parameters, options);
      },
      ping: () => client.ping(),
      cancel: async () => {
        this.cancelled.push(client);
        await client.cancel();
      },
    };
    this.#leased.set(wrapper, client);
    return wrapper;
  }

  release(wrapper: RfcClient): Promise<void> {
    const client = this.#leased.get(wrapper);
    this.#leased.delete(wrapper);
    return client ? this.#pool.release(client) : Promise.resolve();
  }

  closeAll(): Promise<void> {
    return this.#pool.closeAll();
  }
}

describe('notifications over BAPI_ALM_NOTIF_* against the mock SAP', () => {
  let sap: MockSap;
  let pool: DroppingPool;
  let adapter: BapiNotificationAdapter;

  beforeEach(() => {
    now = new Date('2026-12-03T09:30:00Z');
    sap = MockSap.create({ clock: () => now });
    pool = new DroppingPool(new MockRfcPool(sap, { connectionParameters: { user: 'cs_bridge' } }));
    const gateway = new RfcGateway(pool, { timeoutMs: 300, logger: pino({ level: 'silent' }) });
    adapter = new BapiNotificationAdapter(gateway, mappings.require('notification'), {
      languageIso: 'EN',
      timeZone: 'UTC',
      clock: () => now,
    });
  });

  afterEach(() => pool.closeAll());

  it('creates with CREATE, SAVE and COMMIT on one connection and reads the result back', async () => {
    const created = await adapter.create(leak);

    const writes = sap.calls.filter((call) => call.functionModule !== 'BAPI_ALM_NOTIF_GET_DETAIL');
    const luw = writes.slice(0, 3);
    expect(luw.map((call) => call.functionModule)).toEqual([
      'BAPI_ALM_NOTIF_CREATE',
      'BAPI_ALM_NOTIF_SAVE',
      'BAPI_TRANSACTION_COMMIT',
    ]);
    expect(new Set(luw.map((call) => call.handle)).size).toBe(1);
    expect(created).toMatchObject({
      status: 'open',
      customerId: '100001',
      equipmentId: '10000009',
      externalRef: 'CRM-TEST-1',
      description: 'Water under the machine.',
      createdAt: '2026-12-03T09:30:00Z',
    });
    expect(sap.select('QMEL', (row) => row.BSTNK === 'CRM-TEST-1')).toHaveLength(1);
  });

  it('rolls back and keeps nothing when SAP refuses the create', async () => {
    const before = sap.select('QMEL').length;

    await expect(adapter.create({ ...leak, equipmentId: '99999999' })).rejects.toMatchObject({
      status: 422,
      messages: [expect.objectContaining({ type: 'E', id: 'IE', number: '115' })],
    });

    expect(sap.callCount('BAPI_TRANSACTION_ROLLBACK')).toBe(1);
    expect(sap.callCount('BAPI_TRANSACTION_COMMIT')).toBe(0);
    expect(sap.select('QMEL')).toHaveLength(before);
  });

  it('leaves SAP unchanged when the connection drops in the middle of a change', async () => {
    const { id } = await adapter.create(leak);
    pool.failOn.add('BAPI_ALM_NOTIF_SAVE');

    await expect(
      adapter.update(id, { priority: 'very-high', description: 'Second visit' }),
    ).rejects.toMatchObject({ status: 503, retryable: true });

    pool.failOn.clear();
    const after = await adapter.get(id);
    expect(after).toMatchObject({ priority: 'high', description: 'Water under the machine.' });
  });

  it('answers a lock held by another session as a retryable conflict naming the user', async () => {
    const { id } = await adapter.create(leak);
    const other = await new MockRfcClient(sap, { user: 'dispatcher' }).open();
    await other.call('BAPI_ALM_NOTIF_DATA_MODIFY', {
      NUMBER: id.padStart(12, '0'),
      NOTIFHEADER: { PRIORITY: '1' },
      NOTIFHEADER_X: { PRIORITY: 'X' },
    });

    await expect(adapter.transition(id, 'start')).rejects.toMatchObject({
      code: 'SAP_OBJECT_LOCKED',
      status: 409,
      retryable: true,
      message: expect.stringContaining('DISPATCHER') as unknown,
    });

    await other.close();
    await expect(adapter.transition(id, 'start')).resolves.toMatchObject({ status: 'in-progress' });
  });

  it('gives up on a call that does not answer in time, as SAP unavailable, and cancels it', async () => {
    pool.hangOn.add('BAPI_ALM_NOTIF_GET_DETAIL');

    await expect(adapter.get('10000001')).rejects.toMatchObject({
      code: 'SAP_UNAVAILABLE',
      status: 503,
    });
    expect(pool.cancelled).toHaveLength(1);
    expect(pool.cancelled[0]?.alive).toBe(false);

    pool.hangOn.clear();
    await expect(adapter.get('10000001')).resolves.toMatchObject({ id: '10000001' });
  });

  it('reports an unknown number as not found for reads and changes', async () => {
    await expect(adapter.get('99999999')).resolves.toBeNull();
    await expect(adapter.transition('99999999', 'complete')).rejects.toMatchObject({ status: 404 });
    await expect(adapter.update('99999999', { subject: 'x' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('finds notifications by status from the active system status in JEST', async () => {
    const postponed = await adapter.list({ status: 'postponed', limit: 500, offset: 0 });
    const expected = sap
      .select(
        'JEST',
        (row) => row.STAT === 'I0069' && row.INACT === '' && (row.OBJNR ?? '').startsWith('QM'),
      )
      .map((row) => (row.OBJNR ?? '').slice(2).replace(/^0+/, ''));

    expect(postponed.map((n) => n.id).sort()).toEqual(expected.sort());
    expect(postponed.every((n) => n.status === 'postponed')).toBe(true);
  });

  it('leaves notifications of types the mapping does not name out of reads and lists', async () => {
    const { id } = await adapter.create(leak);
    sap.upsert('QMEL', { QMNUM: id.padStart(12, '0'), QMART: 'M2' });

    await expect(adapter.get(id)).resolves.toBeNull();
    const listed = await adapter.list({ customerId: '100001', limit: 500, offset: 0 });
    expect(listed.map((n) => n.id)).not.toContain(id);
    expect(listed.length).toBeGreaterThan(0);
  });

  it('stamps changes and completion with the time SAP records them', async () => {
    const { id } = await adapter.create(leak);

    now = new Date('2026-12-03T11:00:00Z');
    const changed = await adapter.update(id, { priority: 'very-high' });
    now = new Date('2026-12-04T15:45:00Z');
    const completed = await adapter.transition(id, 'complete');

    expect(changed).toMatchObject({
      createdAt: '2026-12-03T09:30:00Z',
      changedAt: '2026-12-03T11:00:00Z',
    });
    expect(completed).toMatchObject({ status: 'completed', completedAt: '2026-12-04T15:45:00Z' });
  });
});
