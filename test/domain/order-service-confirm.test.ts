import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SapBackend } from '../../src/backends/port.ts';
import { KeyedLock } from '../../src/domain/keyed-lock.ts';
import type { KeyedRunner } from '../../src/domain/keyed-lock.ts';
import type { NewConfirmation } from '../../src/domain/order.ts';
import type { OrderServiceHooks } from '../../src/domain/order-service.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';
import { internalOrder, lookUpOrderSeed, stockOf } from '../api/order-seed-lookup.ts';
import type { OrderSeed } from '../api/order-seed-lookup.ts';
import {
  openMockSapBackend,
  orderServiceOver,
  recordingRunner,
} from '../support/mock-sap-backend.ts';

describe('OrderService confirms over the RFC backend', () => {
  let backend: SapBackend;
  let sap: MockSap;
  let seed: OrderSeed;

  beforeEach(() => {
    ({ backend, sap } = openMockSapBackend());
    seed = lookUpOrderSeed(sap);
  });

  afterEach(() => backend.close());

  const service = (options: { lock?: KeyedRunner; hooks?: OrderServiceHooks } = {}) =>
    orderServiceOver(backend, options);

  async function releasedOrder(): Promise<string> {
    const { id } = await backend.orders.create({
      type: 'repair',
      description: 'Confirm exactly once',
      plant: seed.plant,
      reference: { kind: 'customer', customerId: seed.customerId, equipmentId: seed.equipmentId },
      operations: [{ description: 'Repair', workCenter: seed.workCenters[0], plannedHours: '2' }],
    });
    await backend.orders.release(id);
    return id;
  }

  function workReport(externalRef?: string): NewConfirmation {
    return {
      operationId: '0010',
      hours: '1.5',
      final: false,
      materials: [{ ...seed.part, quantity: '1' }],
      ...(externalRef === undefined ? {} : { externalRef }),
    };
  }

  // What SAP holds for the order: time tickets (AFRU) and goods issue items (MSEG).
  function postingsOf(id: string): { tickets: number; issues: number } {
    const number = internalOrder(id);
    return {
      tickets: sap.select('AFRU', (row) => row.AUFNR === number).length,
      issues: sap.select('MSEG', (row) => row.AUFNR === number).length,
    };
  }

  it('posts a confirmation with a reference and answers that it did', async () => {
    const id = await releasedOrder();

    const result = await service().confirm(id, workReport('WR-1001'));

    expect(result.created).toBe(true);
    expect(result.order).toMatchObject({ id, actualHours: '1.5' });
    expect(result.order.partsUsed).toEqual([{ ...seed.part, quantity: '1' }]);
    expect(postingsOf(id)).toEqual({ tickets: 1, issues: 1 });
  });

  it('answers the order without posting again when the reference was confirmed already', async () => {
    const orders = service();
    const id = await releasedOrder();
    const stock = stockOf(sap, seed.part);

    const first = await orders.confirm(id, workReport('WR-1002'));
    const again = await orders.confirm(id, workReport('WR-1002'));

    expect(again).toEqual({ order: first.order, created: false });
    expect(postingsOf(id)).toEqual({ tickets: 1, issues: 1 });
    expect(stockOf(sap, seed.part)).toBe(stock - 1);
  });

  it('posts once when two confirmations with the same reference run at the same time', async () => {
    const orders = service();
    const id = await releasedOrder();

    const answers = await Promise.all([
      orders.confirm(id, workReport('WR-1003')),
      orders.confirm(internalOrder(id), workReport('WR-1003')),
    ]);

    expect(answers.map((answer) => answer.created).sort()).toEqual([false, true]);
    expect(answers[0].order.actualHours).toBe('1.5');
    expect(answers[1].order.actualHours).toBe('1.5');
    expect(postingsOf(id)).toEqual({ tickets: 1, issues: 1 });
  });

  it('posts once when two services share the lock, as processes share Redis', async () => {
    const lock = new KeyedLock();
    const id = await releasedOrder();

    const answers = await Promise.all([
      service({ lock }).confirm(id, workReport('WR-1004')),
      service({ lock }).confirm(id, workReport('WR-1004')),
    ]);

    expect(answers.map((answer) => answer.created).sort()).toEqual([false, true]);
    expect(postingsOf(id)).toEqual({ tickets: 1, issues: 1 });
  });

  it('runs look-up and post under the lock given, keyed by order and reference', async () => {
    const lock = recordingRunner();
    const id = await releasedOrder();

    await service({ lock }).confirm(internalOrder(id), workReport('WR-1005'));

    expect(lock.keys).toEqual([`confirmation:${id}:WR-1005`]);
  });

  it('posts every confirmation without a reference, and takes no lock for it', async () => {
    const lock = recordingRunner();
    const orders = service({ lock });
    const id = await releasedOrder();

    const first = await orders.confirm(id, workReport());
    const second = await orders.confirm(id, workReport());

    expect([first.created, second.created]).toEqual([true, true]);
    expect(second.order.actualHours).toBe('3');
    expect(postingsOf(id)).toEqual({ tickets: 2, issues: 2 });
    expect(lock.keys).toEqual([]);
  });

  it('posts the same reference on another order: a reference counts per order', async () => {
    const orders = service();
    const first = await releasedOrder();
    const second = await releasedOrder();

    await orders.confirm(first, workReport('WR-1006'));
    const other = await orders.confirm(second, workReport('WR-1006'));

    expect(other.created).toBe(true);
    expect(postingsOf(second)).toEqual({ tickets: 1, issues: 1 });
  });

  it('tells the stock hook again on a repeat, for a first run that stopped before telling it', async () => {
    const told: string[][] = [];
    const orders = service({
      hooks: {
        onStockLowered: (places) => {
          told.push(places.map((place) => `${place.materialId}@${place.plant}`));
          return Promise.resolve();
        },
      },
    });
    const id = await releasedOrder();

    await orders.confirm(id, workReport('WR-1007'));
    await orders.confirm(id, workReport('WR-1007'));

    const place = `${seed.part.materialId}@${seed.part.plant}`;
    expect(told).toEqual([[place], [place]]);
  });
});
