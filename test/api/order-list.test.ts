import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Notification } from '../../src/domain/notification.ts';
import type { Order, OrderSummary } from '../../src/domain/order.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { lookUpOrderSeed } from './order-seed-lookup.ts';
import type { OrderSeed } from './order-seed-lookup.ts';

type OrderList = { items: OrderSummary[] };

let service: TestService;
let http: HttpClient;
let seed: OrderSeed;
let notification: Notification;
const mine: Order[] = [];

// Four orders of the seed customer: two on the equipment, one for a notification; the first
// released, the second completed.
beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  seed = lookUpOrderSeed(service.sap);
  const created = await http.post<Notification>('/v1/notifications', {
    type: 'request',
    subject: 'List test',
    customerId: seed.customerId,
    equipmentId: seed.equipmentId,
  });
  notification = created.body;

  const operations = [{ description: 'Work', workCenter: seed.workCenters[0], plannedHours: 1 }];
  const bodies: Record<string, unknown>[] = [
    { customerId: seed.customerId, equipmentId: seed.equipmentId },
    { customerId: seed.customerId, equipmentId: seed.equipmentId },
    { customerId: seed.customerId, plant: seed.plant },
    { notificationId: notification.id },
  ];
  for (const [index, reference] of bodies.entries()) {
    const answer = await http.post<Order>('/v1/orders', {
      type: 'repair',
      description: `List test ${index + 1}`,
      operations,
      ...reference,
    });
    if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${answer.text}`);
    mine.push(answer.body);
  }
  await http.post(`/v1/orders/${mine[0]?.id ?? ''}/release`);
  await http.post(`/v1/orders/${mine[1]?.id ?? ''}/release`);
  await http.post(`/v1/orders/${mine[1]?.id ?? ''}/complete`);
});

afterAll(async () => {
  await service.close();
});

function ids(list: OrderList): string[] {
  return list.items.map((order) => order.id);
}

function myIds(list: OrderList): string[] {
  return ids(list).filter((id) => mine.some((order) => order.id === id));
}

function idsOf(...indexes: number[]): string[] {
  return indexes.map((index) => mine[index]?.id ?? '');
}

describe('GET /v1/orders', () => {
  it('lists the orders of a customer in an items envelope, newest first, in every status', async () => {
    const answer = await http.get<OrderList>(`/v1/orders?customerId=${seed.customerId}`);

    expect(answer.status).toBe(200);
    expect(myIds(answer.body)).toEqual(idsOf(3, 2, 1, 0));
    for (const order of answer.body.items) expect(order.customerId).toBe(seed.customerId);
  });

  it('answers header summaries with their API status', async () => {
    const answer = await http.get<OrderList>(`/v1/orders?customerId=${seed.customerId}`);
    const byId = new Map(answer.body.items.map((order) => [order.id, order]));

    expect(byId.get(idsOf(0)[0] ?? '')).toMatchObject({
      type: 'repair',
      status: 'released',
      description: 'List test 1',
      equipmentId: seed.equipmentId,
    });
    expect(byId.get(idsOf(1)[0] ?? '')?.status).toBe('technically-completed');
    expect(byId.get(idsOf(2)[0] ?? '')?.status).toBe('created');
  });

  it('answers the status of each order on a page of more than 50 orders', async () => {
    const answer = await http.get<OrderList>('/v1/orders?limit=500');
    const statusOf = (index: number) =>
      answer.body.items.find((order) => order.id === mine[index]?.id)?.status;

    expect(answer.body.items.length).toBeGreaterThan(50);
    expect([statusOf(0), statusOf(1), statusOf(2)]).toEqual([
      'released',
      'technically-completed',
      'created',
    ]);
  });

  it('filters by equipment', async () => {
    const answer = await http.get<OrderList>(`/v1/orders?equipmentId=${seed.equipmentId}`);

    expect(myIds(answer.body)).toEqual(idsOf(3, 1, 0));
    for (const order of answer.body.items) expect(order.equipmentId).toBe(seed.equipmentId);
  });

  it('filters by notification', async () => {
    const answer = await http.get<OrderList>(`/v1/orders?notificationId=${notification.id}`);

    expect(ids(answer.body)).toEqual(idsOf(3));
    expect(answer.body.items[0]?.notificationId).toBe(notification.id);
  });

  it.each([
    ['created', [3, 2]],
    ['released', [0]],
    ['technically-completed', [1]],
    ['closed', []],
  ])('filters by status %s', async (status, expected) => {
    const answer = await http.get<OrderList>(
      `/v1/orders?customerId=${seed.customerId}&status=${status}`,
    );

    expect(myIds(answer.body)).toEqual(idsOf(...expected));
    for (const order of answer.body.items) expect(order.status).toBe(status);
  });

  it('pages with limit and offset', async () => {
    const all = await http.get<OrderList>(`/v1/orders?customerId=${seed.customerId}`);
    const page = await http.get<OrderList>(
      `/v1/orders?customerId=${seed.customerId}&limit=2&offset=1`,
    );

    expect(ids(page.body)).toEqual(ids(all.body).slice(1, 3));
  });

  it('answers an empty list when nothing matches', async () => {
    const answer = await http.get<OrderList>('/v1/orders?customerId=999999999');

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ items: [] });
  });

  it.each([
    ['status is unknown', 'status=open', 'status'],
    ['limit is above 500', 'limit=501', 'limit'],
    ['offset is negative', 'offset=-1', 'offset'],
    ['customerId is empty', 'customerId=', 'customerId'],
    ['an unknown filter is given', 'plant=1000', 'plant'],
  ])('answers 400 naming the parameter when %s', async (_title, query, path) => {
    const calls = service.sap.callCount();

    const answer = await http.get<Problem>(`/v1/orders?${query}`);

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual([path]);
    expect(service.sap.callCount()).toBe(calls);
  });
});
