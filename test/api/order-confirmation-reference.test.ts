import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../src/domain/order.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { internalOrder, lookUpOrderSeed, stockOf } from './order-seed-lookup.ts';
import type { OrderSeed } from './order-seed-lookup.ts';

let service: TestService;
let http: HttpClient;
let seed: OrderSeed;
let order: Order;

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  seed = lookUpOrderSeed(service.sap);
  const created = await http.post<Order>('/v1/orders', {
    type: 'service',
    description: 'Repair cooling unit',
    customerId: seed.customerId,
    equipmentId: seed.equipmentId,
    operations: [{ description: 'Repair', workCenter: seed.workCenters[0], plannedHours: '2' }],
  });
  if (created.status !== 201) throw new Error(`create answered ${created.status}`);
  order = created.body;
  await http.post(`/v1/orders/${order.id}/release`);
});

afterAll(async () => {
  await service.close();
});

const confirmationsOf = () =>
  service.sap.select('AFRU', (row) => row.AUFNR === internalOrder(order.id));

describe('a confirmation with the caller’s externalRef', () => {
  it('is posted once however often it is sent: 201 first, then 200 with the order', async () => {
    const body = {
      operationId: '0010',
      hours: '1.5',
      externalRef: 'TIMESHEET-2026-0042',
      materials: [{ ...seed.part, quantity: 1 }],
    };
    const stockBefore = stockOf(service.sap, seed.part);

    const first = await http.post<Order>(`/v1/orders/${order.id}/confirmations`, body);
    const again = await http.post<Order>(`/v1/orders/${order.id}/confirmations`, body);

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.actualHours).toBe('1.5');
    expect(again.body.confirmations).toHaveLength(1);
    expect(confirmationsOf()).toHaveLength(1);
    expect(stockOf(service.sap, seed.part)).toBe(stockBefore - 1);
  });

  it('posts confirmations with other references, or none, each time', async () => {
    const post = (externalRef?: string) =>
      http.post<Order>(`/v1/orders/${order.id}/confirmations`, {
        operationId: '0010',
        hours: '0.5',
        ...(externalRef === undefined ? {} : { externalRef }),
      });

    const answers = [await post('TIMESHEET-2026-0043'), await post(), await post()];

    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(confirmationsOf()).toHaveLength(4);
  });
});
