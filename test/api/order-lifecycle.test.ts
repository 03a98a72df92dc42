import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Notification } from '../../src/domain/notification.ts';
import type { Order } from '../../src/domain/order.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { internalMaterial, internalOrder, lookUpOrderSeed, stockOf } from './order-seed-lookup.ts';
import type { OrderSeed } from './order-seed-lookup.ts';

let service: TestService;
let http: HttpClient;
let seed: OrderSeed;
let notification: Notification;
let order: Order;
let stockBefore: number;

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  seed = lookUpOrderSeed(service.sap);
  stockBefore = stockOf(service.sap, seed.part);

  const answer = await http.post<Notification>('/v1/notifications', {
    type: 'problem',
    subject: 'Cooling unit fails at night',
    customerId: seed.customerId,
    equipmentId: seed.equipmentId,
  });
  if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${answer.text}`);
  notification = answer.body;
});

afterAll(async () => {
  await service.close();
});

async function confirm(body: Record<string, unknown>) {
  return http.post<Order>(`/v1/orders/${order.id}/confirmations`, body);
}

// One order lives from its notification to closed; each step builds on the one before.
describe('the life of a service order', () => {
  it('creates the order for a notification with operations numbered by SAP', async () => {
    const answer = await http.post<Order>(`/v1/notifications/${notification.id}/order`, {
      type: 'service',
      description: 'Repair cooling unit',
      priority: 'high',
      operations: [
        { description: 'Diagnose compressor', workCenter: seed.workCenters[0], plannedHours: '2' },
        { description: 'Replace fan', workCenter: seed.workCenters[1], plannedHours: 1.5 },
      ],
      components: [{ materialId: seed.part.materialId, quantity: '3', plant: seed.part.plant }],
    });

    expect(answer.status).toBe(201);
    order = answer.body;
    expect(answer.headers.get('location')).toBe(`/v1/orders/${order.id}`);
    expect(order).toMatchObject({
      type: 'service',
      status: 'created',
      description: 'Repair cooling unit',
      priority: 'high',
      customerId: seed.customerId,
      equipmentId: seed.equipmentId,
      notificationId: notification.id,
      actualHours: '0',
      confirmations: [],
      partsUsed: [],
    });
    expect(order.operations.map((operation) => [operation.id, operation.plannedHours])).toEqual([
      ['0010', '2'],
      ['0020', '1.5'],
    ]);
    expect(order.components).toMatchObject([
      {
        materialId: seed.part.materialId,
        plant: seed.part.plant,
        storageLocation: '0001',
        quantity: '3',
        withdrawnQuantity: '0',
      },
    ]);
  });

  it('links the notification to the order', async () => {
    const answer = await http.get<Notification>(`/v1/notifications/${notification.id}`);

    expect(answer.body.orderId).toBe(order.id);
  });

  it('reads the order as it was created', async () => {
    const answer = await http.get<Order>(`/v1/orders/${order.id}`);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(order);
  });

  it('releases the order', async () => {
    const answer = await http.post<Order>(`/v1/orders/${order.id}/release`);

    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('released');
  });

  it('records a partial confirmation with the parts used and takes them from stock', async () => {
    const answer = await confirm({
      operationId: '0010',
      hours: '2.5',
      note: 'Compressor relay burnt',
      materials: [{ ...seed.part, quantity: 2 }],
    });

    expect(answer.status).toBe(201);
    expect(answer.body.status).toBe('released');
    expect(answer.body.actualHours).toBe('2.5');
    expect(answer.body.operations[0]).toMatchObject({
      id: '0010',
      actualHours: '2.5',
      finallyConfirmed: false,
    });
    expect(answer.body.confirmations).toMatchObject([
      { operationId: '0010', hours: '2.5', final: false, note: 'Compressor relay burnt' },
    ]);
    expect(answer.body.partsUsed).toEqual([{ ...seed.part, quantity: '2' }]);
    expect(answer.body.components[0]?.withdrawnQuantity).toBe('2');
    expect(stockOf(service.sap, seed.part)).toBe(stockBefore - 2);
  });

  it('records final confirmations of both operations and totals the hours', async () => {
    const first = await confirm({ operationId: '10', hours: 1, final: true });
    const second = await confirm({ operationId: '0020', hours: '0.5', final: true });

    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.actualHours).toBe('4');
    expect(second.body.operations.map((operation) => operation.actualHours)).toEqual([
      '3.5',
      '0.5',
    ]);
    expect(second.body.operations.every((operation) => operation.finallyConfirmed)).toBe(true);
    expect(new Set(second.body.confirmations.map((confirmation) => confirmation.id)).size).toBe(3);
  });

  it('completes the order technically together with its notification', async () => {
    const answer = await http.post<Order>(`/v1/orders/${order.id}/complete`, {
      completeNotification: true,
    });

    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('technically-completed');
    const reread = await http.get<Notification>(`/v1/notifications/${notification.id}`);
    expect(reread.body.status).toBe('completed');
  });

  it('accepts a late confirmation after technical completion', async () => {
    const answer = await confirm({
      operationId: '0020',
      hours: '0.5',
      materials: [{ ...seed.part, quantity: '1', storageLocation: '0001' }],
    });

    expect(answer.status).toBe(201);
    expect(answer.body.actualHours).toBe('4.5');
    expect(answer.body.partsUsed).toEqual([{ ...seed.part, quantity: '3' }]);
    expect(stockOf(service.sap, seed.part)).toBe(stockBefore - 3);
  });

  it('closes the order', async () => {
    const answer = await http.post<Order>(`/v1/orders/${order.id}/close`);

    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('closed');
  });

  it('refuses a confirmation after the order is closed, with SAP message', async () => {
    const afruBefore = service.sap.select('AFRU', (row) => row.AUFNR === internalOrder(order.id));

    const answer = await confirm({ operationId: '0010', hours: '1' });

    expect(answer.status).toBe(409);
    const problem = answer.body as unknown as Problem;
    expect(problem.code).toBe('SAP_STATUS_CONFLICT');
    expect(problem.detail).toBe(problem.sap?.messages[0]?.message);
    expect(service.sap.select('AFRU', (row) => row.AUFNR === internalOrder(order.id))).toEqual(
      afruBefore,
    );
  });

  it('keeps the goods movements of the order in SAP as the parts used show them', () => {
    const issued = service.sap.select(
      'MSEG',
      (row) =>
        row.AUFNR === internalOrder(order.id) &&
        row.MATNR === internalMaterial(seed.part.materialId),
    );

    expect(issued.map((row) => [row.BWART, Number(row.MENGE)])).toEqual([
      ['261', 2],
      ['261', 1],
    ]);
  });
});

describe('technical completion with a notification completed before', () => {
  it('completes the order and leaves the completed notification as it is', async () => {
    const created = await http.post<Notification>('/v1/notifications', {
      type: 'problem',
      subject: 'Completed before its order',
      customerId: seed.customerId,
      equipmentId: seed.equipmentId,
    });
    const made = await http.post<Order>(`/v1/notifications/${created.body.id}/order`, {
      type: 'repair',
      description: 'Order of a completed notification',
      operations: [{ description: 'Repair', workCenter: seed.workCenters[0], plannedHours: 1 }],
    });
    await http.post(`/v1/orders/${made.body.id}/release`);
    const closed = await http.post<Notification>(`/v1/notifications/${created.body.id}/complete`);
    const calls = service.sap.callCount('BAPI_ALM_NOTIF_CLOSE');

    const answer = await http.post<Order>(`/v1/orders/${made.body.id}/complete`, {
      completeNotification: true,
    });

    expect(closed.body.status).toBe('completed');
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('technically-completed');
    expect(service.sap.callCount('BAPI_ALM_NOTIF_CLOSE')).toBe(calls);
  });
});
