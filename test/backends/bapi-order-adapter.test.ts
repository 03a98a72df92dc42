import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMappings } from '../../src/backends/mapping/load-mappings.ts';
import { BapiOrderAdapter } from '../../src/backends/rfc/bapi-order-adapter.ts';
import type { RfcClient, RfcPool } from '../../src/backends/rfc/rfc-client.ts';
import { RfcGateway } from '../../src/backends/rfc/rfc-gateway.ts';
import { INSUFFICIENT_STOCK } from '../../src/backends/rfc/order-settings.ts';
import { loadConfig } from '../../src/config/config.ts';
import { sumDecimals } from '../../src/domain/order-decimal.ts';
import type { OrderCreation } from '../../src/domain/order.ts';
import { MockRfcClient, MockRfcPool, MockSap, RfcLibError } from '../../src/sap-mock/index.ts';
import { internalOrder, lookUpOrderSeed, stockOf } from '../api/order-seed-lookup.ts';
import type { OrderSeed } from '../api/order-seed-lookup.ts';

const mapping = loadMappings(loadConfig({}).MAPPINGS_DIR, 'rfc', 'UTC').require('order');

/** Wraps the mock SAP's pool and makes chosen calls fail as a dropped connection would. */
class DroppingPool implements RfcPool {
  readonly failOn = new Set<string>();
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

describe('orders over BAPIs against the mock SAP', () => {
  let sap: MockSap;
  let pool: DroppingPool;
  let adapter: BapiOrderAdapter;
  let seed: OrderSeed;

  const newOrder = (): OrderCreation => ({
    type: 'service',
    description: 'Adapter test',
    reference: { kind: 'customer', customerId: seed.customerId, equipmentId: seed.equipmentId },
    operations: [{ description: 'Work', workCenter: seed.workCenters[0], plannedHours: '2' }],
  });

  function writesOf(...modules: string[]) {
    return sap.calls.filter((call) => modules.includes(call.functionModule));
  }

  beforeEach(() => {
    sap = MockSap.create({ clock: () => new Date('2026-12-03T09:30:00Z') });
    seed = lookUpOrderSeed(sap);
    pool = new DroppingPool(new MockRfcPool(sap, { connectionParameters: { user: 'cs_bridge' } }));
    const gateway = new RfcGateway(pool, { timeoutMs: 2_000, logger: pino({ level: 'silent' }) });
    adapter = new BapiOrderAdapter(gateway, mapping, { languageIso: 'EN', timeZone: 'UTC' });
  });

  afterEach(() => pool.closeAll());

  it('creates with one BAPI_ALM_ORDER_MAINTAIN and COMMIT on one connection', async () => {
    const created = await adapter.create(newOrder());

    const luw = writesOf('BAPI_ALM_ORDER_MAINTAIN', 'BAPI_TRANSACTION_COMMIT');
    expect(luw.map((call) => call.functionModule)).toEqual([
      'BAPI_ALM_ORDER_MAINTAIN',
      'BAPI_TRANSACTION_COMMIT',
    ]);
    expect(luw[0]?.handle).toBe(luw[1]?.handle);
    expect(created).toMatchObject({ status: 'created', createdOn: '2026-12-03' });
    expect(sap.select('AUFK', (row) => row.AUFNR === internalOrder(created.id))).toHaveLength(1);
  });

  it('posts confirmation and goods issue on one connection and rolls both back when stock is short', async () => {
    const { id } = await adapter.create(newOrder());
    await adapter.release(id);
    const stock = stockOf(sap, seed.part);

    await expect(
      adapter.confirm(id, {
        operationId: '0010',
        hours: '1',
        final: false,
        materials: [{ ...seed.part, quantity: String(stock + 1) }],
      }),
    ).rejects.toMatchObject({ status: 409, code: INSUFFICIENT_STOCK });

    const luw = writesOf(
      'BAPI_ALM_CONF_CREATE',
      'BAPI_GOODSMVT_CREATE',
      'BAPI_TRANSACTION_ROLLBACK',
    );
    expect(luw.map((call) => call.functionModule)).toEqual([
      'BAPI_ALM_CONF_CREATE',
      'BAPI_GOODSMVT_CREATE',
      'BAPI_TRANSACTION_ROLLBACK',
    ]);
    expect(new Set(luw.map((call) => call.handle)).size).toBe(1);
    expect(sap.select('AFRU', (row) => row.AUFNR === internalOrder(id))).toEqual([]);
    expect(stockOf(sap, seed.part)).toBe(stock);
  });

  it('leaves SAP unchanged when the connection drops between confirmation and goods issue', async () => {
    const { id } = await adapter.create(newOrder());
    await adapter.release(id);
    pool.failOn.add('BAPI_GOODSMVT_CREATE');

    await expect(
      adapter.confirm(id, {
        operationId: '0010',
        hours: '1',
        final: true,
        materials: [{ ...seed.part, quantity: '1' }],
      }),
    ).rejects.toMatchObject({ status: 503, retryable: true });

    pool.failOn.clear();
    await expect(adapter.get(id)).resolves.toMatchObject({
      status: 'released',
      actualHours: '0',
      confirmations: [],
      partsUsed: [],
    });
  });

  it('reads a seeded order with the hours SAP holds for it in AFRU', async () => {
    const [confirmed] = sap.select('AFRU', (row) => row.STOKZ === '');
    const aufnr = confirmed?.AUFNR ?? '';
    const hours = sap
      .select('AFRU', (row) => row.AUFNR === aufnr && row.STOKZ === '')
      .map((row) => row.ISMNW ?? '0');

    const order = await adapter.get(aufnr.replace(/^0+/, ''));

    expect(order?.actualHours).toBe(sumDecimals(hours));
    expect(order?.confirmations).toHaveLength(hours.length);
  });

  it('answers null for an order SAP does not know, and for one of a type the mapping does not name', async () => {
    const { id } = await adapter.create(newOrder());
    sap.upsert('AUFK', { AUFNR: internalOrder(id), AUART: 'PM01' });

    await expect(adapter.get('4999999')).resolves.toBeNull();
    await expect(adapter.get(id)).resolves.toBeNull();
  });
});
