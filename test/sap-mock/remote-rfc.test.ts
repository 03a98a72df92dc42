import { afterEach, describe, expect, it } from 'vitest';
import type { SapBackend } from '../../src/backends/port.ts';
import type { RfcPool } from '../../src/backends/rfc/rfc-client.ts';
import type { NewNotification } from '../../src/domain/notification.ts';
import {
  AbapError,
  MockRfcClient,
  MockSap,
  RemoteMockRfcPool,
  RfcLibError,
  startMockSapServer,
} from '../../src/sap-mock/index.ts';
import type { MockSapServer, RemoteMockRfcPoolOptions } from '../../src/sap-mock/index.ts';
import { openMockSapBackend } from '../support/mock-sap-backend.ts';
import { createTestSap } from './mock-sap-fixture.ts';

const outstanding = '000010000001';

const leak: NewNotification = {
  type: 'problem',
  subject: 'Espresso machine leaks at brew group',
  priority: 'high',
  customerId: '100002',
  equipmentId: '10000353',
  reportedBy: 'M. Schulz',
  externalRef: 'REMOTE-1',
};

describe('RFC over HTTP to a served mock SAP', () => {
  const cleanups: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  // Serves a mock SAP: the default seed, or the small test seed where 10000001 is outstanding.
  async function serve(
    options: { idleTimeoutMs?: number; seed?: 'default' | 'test' } = {},
  ): Promise<{ sap: MockSap; server: MockSapServer }> {
    const { idleTimeoutMs } = options;
    const sap = options.seed === 'test' ? createTestSap() : MockSap.create();
    const server = await startMockSapServer({
      sap,
      ...(idleTimeoutMs === undefined ? {} : { idleTimeoutMs }),
    });
    let closed = false;
    cleanups.push(async () => {
      if (!closed) await server.close();
      closed = true;
    });
    return {
      sap,
      server: {
        url: server.url,
        close: async () => {
          closed = true;
          await server.close();
        },
      },
    };
  }

  function remotePool(
    url: string,
    options: Omit<RemoteMockRfcPoolOptions, 'url'> = {},
  ): RemoteMockRfcPool {
    const pool = new RemoteMockRfcPool({
      url,
      connectionParameters: { user: 'cs_bridge' },
      ...options,
    });
    cleanups.push(() => pool.closeAll());
    return pool;
  }

  function backendOver(sap: MockSap, pool: RfcPool): SapBackend {
    return openMockSapBackend(sap, pool).backend;
  }

  it('creates a notification through the RFC backend that reads back and is in QMEL', async () => {
    const { sap, server } = await serve();
    const backend = backendOver(sap, remotePool(server.url));

    const created = await backend.notifications.create(leak);

    expect(created).toMatchObject({ ...leak, status: 'open' });
    expect(await backend.notifications.get(created.id)).toEqual(created);
    const number = created.id.padStart(12, '0');
    expect(sap.select('QMEL', (row) => row['QMNUM'] === number)).toEqual([
      expect.objectContaining({ QMNUM: number, QMTXT: leak.subject }),
    ]);
  });

  it('gives the backend SAP_UNAVAILABLE once the server has stopped', async () => {
    const { sap, server } = await serve();
    const backend = backendOver(sap, remotePool(server.url));
    await backend.notifications.get('10000001');

    await server.close();

    await expect(backend.notifications.get('10000001')).rejects.toMatchObject({
      code: 'SAP_UNAVAILABLE',
    });
  });

  it('throws RFC_COMMUNICATION_FAILURE for a refused server and drops the connection', async () => {
    const { server } = await serve();
    const pool = remotePool(server.url);
    const client = await pool.acquire();
    await server.close();

    const failure = await client
      .call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(RfcLibError);
    expect(failure).toMatchObject({ codeString: 'RFC_COMMUNICATION_FAILURE', group: 4, code: 1 });
    expect(client.alive).toBe(false);
  });

  it('refuses a logon while the system is down as a communication failure', async () => {
    const { sap, server } = await serve();
    sap.faults.set({ down: {} });

    await expect(remotePool(server.url).acquire()).rejects.toMatchObject({
      name: 'RfcLibError',
      codeString: 'RFC_COMMUNICATION_FAILURE',
    });
  });

  it("re-creates the server's errors with their own fields", async () => {
    const { server } = await serve();
    const client = await remotePool(server.url).acquire();

    const missing = await client.call('Z_DOES_NOT_EXIST', {}).catch((error: unknown) => error);
    const invalid = await client
      .call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding, COLOUR: 'red' })
      .catch((error: unknown) => error);

    expect(missing).toBeInstanceOf(AbapError);
    expect(missing).toMatchObject({
      name: 'ABAPError',
      key: 'FU_NOT_FOUND',
      abapMsgClass: 'FL',
      abapMsgV1: 'Z_DOES_NOT_EXIST',
    });
    expect(invalid).toMatchObject({ name: 'RfcLibError', codeString: 'RFC_INVALID_PARAMETER' });
    expect(client.alive).toBe(true);
  });

  it('keeps a LUW on one connection and shares locks between pools', async () => {
    const { server } = await serve({ seed: 'test' });
    const first = await remotePool(server.url, {
      connectionParameters: { user: 'dispatcher' },
    }).acquire();
    const second = await remotePool(server.url).acquire();

    await first.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });
    const refused = await second.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });

    expect(refused['RETURN']).toEqual([
      expect.objectContaining({ TYPE: 'E', MESSAGE_V2: 'DISPATCHER' }),
    ]);
  });

  it('resets the server context when a connection goes back to the pool', async () => {
    const { server } = await serve({ seed: 'test' });
    const pool = remotePool(server.url);
    const first = await pool.acquire();
    await first.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });

    await pool.release(first);

    const other = await remotePool(server.url).acquire();
    const started = await other.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });
    expect(started['RETURN']).toEqual([]);
    expect(await pool.acquire()).toBe(first);
  });

  it('closes a session idle for idleTimeoutMs and releases its locks', async () => {
    const { sap, server } = await serve({ idleTimeoutMs: 100, seed: 'test' });
    const client = await remotePool(server.url).acquire();
    await client.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });

    const local = await new MockRfcClient(sap, { user: 'hotline' }).open();
    let answer: Record<string, unknown> = {};
    for (let attempt = 0; attempt < 100; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      answer = await local.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });
      if (Array.isArray(answer['RETURN']) && answer['RETURN'].length === 0) break;
      await local.resetServerContext();
    }

    expect(answer['RETURN']).toEqual([]);
    await expect(
      client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding }),
    ).rejects.toMatchObject({
      codeString: 'RFC_INVALID_HANDLE',
    });
    expect(client.alive).toBe(false);
  });

  it('loses a call that outlasts requestTimeoutMs as a communication failure', async () => {
    const { sap, server } = await serve();
    const client = await remotePool(server.url, { requestTimeoutMs: 100 }).acquire();
    sap.faults.set({ latency: { ms: 400 } });

    await expect(
      client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding }),
    ).rejects.toMatchObject({
      codeString: 'RFC_COMMUNICATION_FAILURE',
    });
    expect(client.alive).toBe(false);
  });

  it('answers ping with the state of the system', async () => {
    const { sap, server } = await serve();
    const client = await remotePool(server.url).acquire();

    expect(await client.ping()).toBe(true);
    sap.faults.set({ down: {} });
    expect(await client.ping()).toBe(false);
  });
});
