import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Notification } from '../../src/domain/notification.ts';
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

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  seed = lookUpOrderSeed(service.sap);
});

afterAll(async () => {
  await service.close();
});

async function createOrder(fields: Record<string, unknown> = {}): Promise<Order> {
  const answer = await http.post<Order>('/v1/orders', {
    type: 'repair',
    description: 'Refusal test',
    customerId: seed.customerId,
    equipmentId: seed.equipmentId,
    operations: [{ description: 'Repair', workCenter: seed.workCenters[0], plannedHours: '1' }],
    ...fields,
  });
  if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${answer.text}`);
  return answer.body;
}

async function releasedOrder(): Promise<Order> {
  const order = await createOrder();
  const answer = await http.post<Order>(`/v1/orders/${order.id}/release`);
  if (answer.status !== 200) throw new Error(`release answered ${answer.status}: ${answer.text}`);
  return answer.body;
}

/** What SAP holds of an order's postings: confirmations, stock and material documents. */
function postings(order: Order) {
  const aufnr = internalOrder(order.id);
  return {
    confirmations: service.sap.select('AFRU', (row) => row.AUFNR === aufnr),
    movements: service.sap.select('MSEG', (row) => row.AUFNR === aufnr),
    stock: stockOf(service.sap, seed.part),
    statuses: service.sap.select('JEST', (row) => row.OBJNR === `OR${aufnr}`),
  };
}

function expectStatusConflict(answer: { status: number; body: Problem }) {
  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('SAP_STATUS_CONFLICT');
  const first = answer.body.sap?.messages[0];
  expect(first?.type).toMatch(/^[EAX]$/);
  expect(first?.number).toMatch(/^\d{3}$/);
  expect(answer.body.detail).toBe(first?.message);
}

describe('status transitions SAP refuses', () => {
  it('answers 409 with SAP message when the order is released twice', async () => {
    const order = await releasedOrder();

    const answer = await http.post<Problem>(`/v1/orders/${order.id}/release`);

    expectStatusConflict(answer);
    expect(answer.body.sap?.messages[0]).toMatchObject({ id: 'BS', number: '007' });
  });

  it('answers 409 when the order is completed before it is released', async () => {
    const order = await createOrder();

    const answer = await http.post<Problem>(`/v1/orders/${order.id}/complete`);

    expectStatusConflict(answer);
    const reread = await http.get<Order>(`/v1/orders/${order.id}`);
    expect(reread.body.status).toBe('created');
  });

  it('answers 409 when the order is closed before it is technically completed', async () => {
    const order = await releasedOrder();

    const answer = await http.post<Problem>(`/v1/orders/${order.id}/close`);

    expectStatusConflict(answer);
    const reread = await http.get<Order>(`/v1/orders/${order.id}`);
    expect(reread.body.status).toBe('released');
  });

  it('answers 409 when hours are confirmed before the order is released', async () => {
    const order = await createOrder();
    const before = postings(order);

    const answer = await http.post<Problem>(`/v1/orders/${order.id}/confirmations`, {
      operationId: '0010',
      hours: '1',
    });

    expectStatusConflict(answer);
    expect(postings(order)).toEqual(before);
  });

  it('answers 404 when SAP does not know the order', async () => {
    const answers = await Promise.all([
      http.get<Problem>('/v1/orders/4999999'),
      http.post<Problem>('/v1/orders/4999999/release'),
      http.post<Problem>('/v1/orders/4999999/complete'),
      http.post<Problem>('/v1/orders/4999999/close'),
      http.post<Problem>('/v1/orders/4999999/confirmations', { operationId: '0010', hours: 1 }),
    ]);

    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    }
  });
});

describe('nothing half-done stays in SAP', () => {
  it('answers 409 INSUFFICIENT_STOCK and rolls the confirmation back when stock is short', async () => {
    const order = await releasedOrder();
    const before = postings(order);

    const answer = await http.post<Problem>(`/v1/orders/${order.id}/confirmations`, {
      operationId: '0010',
      hours: '2',
      final: true,
      materials: [{ ...seed.part, quantity: before.stock + 1 }],
    });

    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('INSUFFICIENT_STOCK');
    expect(answer.body.sap?.messages[0]).toMatchObject({ type: 'E', id: 'M7', number: '021' });
    expect(answer.body.detail).toBe(answer.body.sap?.messages[0]?.message);
    expect(postings(order)).toEqual(before);
    expect(before.confirmations).toEqual([]);
    const reread = await http.get<Order>(`/v1/orders/${order.id}`);
    expect(reread.body).toMatchObject({ actualHours: '0', confirmations: [], partsUsed: [] });
  });

  it('answers 409 retryable while another SAP user holds the order, and changes nothing', async () => {
    const order = await createOrder();
    const dispatcher = service.sap.openSession('DISPATCHER', 'EN');
    const aufnr = internalOrder(order.id);
    const held = service.sap.invoke(dispatcher, 'BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [
        { REFNUMBER: '000001', OBJECTTYPE: 'HEADER', METHOD: 'CHANGE', OBJECTKEY: aufnr },
        { REFNUMBER: '000001', OBJECTTYPE: '', METHOD: 'SAVE', OBJECTKEY: aufnr },
      ],
      IT_HEADER: [{ ORDERID: aufnr, SHORT_TEXT: 'Changed by dispatcher' }],
      IT_HEADER_UP: [{ ORDERID: aufnr, SHORT_TEXT: 'X' }],
    });

    const answer = await http.post<Problem>(`/v1/orders/${order.id}/release`);
    service.sap.closeSession(dispatcher);

    const heldMessages = held.RETURN as { TYPE: string }[];
    expect(heldMessages.filter((message) => message.TYPE === 'E')).toEqual([]);
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('SAP_OBJECT_LOCKED');
    expect(answer.body.sap?.messages[0]?.message).toContain('DISPATCHER');
    const reread = await http.get<Order>(`/v1/orders/${order.id}`);
    expect(reread.body).toMatchObject({ status: 'created', description: 'Refusal test' });
  });

  it('keeps the order released when the notification cannot be completed with it', async () => {
    const created = await http.post<Notification>('/v1/notifications', {
      type: 'problem',
      subject: 'Completion rolls back',
      customerId: seed.customerId,
      equipmentId: seed.equipmentId,
    });
    const notification = created.body;
    const made = await http.post<Order>(`/v1/notifications/${notification.id}/order`, {
      type: 'service',
      description: 'Order of a held notification',
      operations: [{ description: 'Repair', workCenter: seed.workCenters[0], plannedHours: 1 }],
    });
    const order = made.body;
    await http.post(`/v1/orders/${order.id}/release`);
    const before = postings(order);
    // Another user starts work on the notification and holds its lock until the session ends.
    const dispatcher = service.sap.openSession('DISPATCHER', 'EN');
    service.sap.invoke(dispatcher, 'BAPI_ALM_NOTIF_PUTINPROGRESS', {
      NUMBER: notification.id.padStart(12, '0'),
    });

    const answer = await http.post<Problem>(`/v1/orders/${order.id}/complete`, {
      completeNotification: true,
    });
    service.sap.closeSession(dispatcher);

    expect(made.status).toBe(201);
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('SAP_OBJECT_LOCKED');
    expect(postings(order)).toEqual(before);
    const reread = await http.get<Order>(`/v1/orders/${order.id}`);
    expect(reread.body.status).toBe('released');
    const notificationNow = await http.get<Notification>(`/v1/notifications/${notification.id}`);
    expect(notificationNow.body.status).toBe('open');
  });

  it('answers 422 when an order without notification is to complete one', async () => {
    const order = await releasedOrder();
    const calls = service.sap.callCount('BAPI_ALM_ORDER_MAINTAIN');

    const answer = await http.post<Problem>(`/v1/orders/${order.id}/complete`, {
      completeNotification: true,
    });

    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('UNPROCESSABLE_INPUT');
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['completeNotification']);
    expect(service.sap.callCount('BAPI_ALM_ORDER_MAINTAIN')).toBe(calls);
  });

  it('answers 422 naming operationId when the order has no such operation', async () => {
    const order = await releasedOrder();
    const calls = service.sap.callCount('BAPI_ALM_CONF_CREATE');

    const answer = await http.post<Problem>(`/v1/orders/${order.id}/confirmations`, {
      operationId: '0090',
      hours: '1',
    });

    expect(answer.status).toBe(422);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['operationId']);
    expect(service.sap.callCount('BAPI_ALM_CONF_CREATE')).toBe(calls);
  });
});
