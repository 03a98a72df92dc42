import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Notification } from '../../src/domain/notification.ts';
import type { Order } from '../../src/domain/order.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { lookUpOrderSeed } from './order-seed-lookup.ts';
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

function validBody(): Record<string, unknown> {
  return {
    type: 'service',
    description: 'Yearly maintenance',
    customerId: seed.customerId,
    equipmentId: seed.equipmentId,
    operations: [{ description: 'Inspect', workCenter: seed.workCenters[0], plannedHours: '1.5' }],
  };
}

async function createNotification(): Promise<Notification> {
  const answer = await http.post<Notification>('/v1/notifications', {
    type: 'problem',
    subject: 'Order create test',
    customerId: seed.customerId,
    equipmentId: seed.equipmentId,
  });
  if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${answer.text}`);
  return answer.body;
}

describe('POST /v1/orders', () => {
  it('creates an order for a customer and equipment and answers 201 with its Location', async () => {
    const answer = await http.post<Order>('/v1/orders', {
      ...validBody(),
      type: 'service-with-revenue',
      priority: 'very-high',
      operations: [
        { description: 'Inspect', workCenter: seed.workCenters[0], plannedHours: 2.5 },
        { description: 'Calibrate', workCenter: seed.workCenters[1], plannedHours: '0.50' },
      ],
      components: [
        { materialId: seed.part.materialId, quantity: 1, plant: seed.part.plant },
        {
          materialId: seed.part.materialId,
          quantity: '0.5',
          plant: seed.part.plant,
          storageLocation: '0002',
        },
      ],
    });

    expect(answer.status).toBe(201);
    expect(answer.headers.get('location')).toBe(`/v1/orders/${answer.body.id}`);
    expect(answer.body).toMatchObject({
      type: 'service-with-revenue',
      status: 'created',
      priority: 'very-high',
      customerId: seed.customerId,
      equipmentId: seed.equipmentId,
      notificationId: null,
      plant: seed.plant,
    });
    expect(answer.body.id).toMatch(/^[1-9]\d*$/);
    expect(answer.body.operations.map((operation) => operation.id)).toEqual(['0010', '0020']);
    expect(answer.body.operations.map((operation) => operation.plannedHours)).toEqual([
      '2.5',
      '0.5',
    ]);
    expect(answer.body.components.map((c) => [c.storageLocation, c.quantity])).toEqual([
      ['0001', '1'],
      ['0002', '0.5'],
    ]);
  });

  it('creates an order for a customer without equipment', async () => {
    const body = validBody();
    delete body.equipmentId;

    const answer = await http.post<Order>('/v1/orders', { ...body, plant: seed.plant });

    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ customerId: seed.customerId, equipmentId: null });
  });

  it('creates an order for the notification given in the body', async () => {
    const notification = await createNotification();
    const body = validBody();
    delete body.customerId;
    delete body.equipmentId;

    const answer = await http.post<Order>('/v1/orders', {
      ...body,
      notificationId: notification.id,
    });

    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      notificationId: notification.id,
      customerId: seed.customerId,
      equipmentId: seed.equipmentId,
    });
  });

  it('answers 422 before SAP is asked when the equipment belongs to another customer', async () => {
    const calls = service.sap.callCount('BAPI_ALM_ORDER_MAINTAIN');

    const answer = await http.post<Problem>('/v1/orders', {
      ...validBody(),
      equipmentId: seed.foreignEquipmentId,
    });

    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('UNPROCESSABLE_INPUT');
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['equipmentId']);
    expect(answer.body.detail).toContain(seed.foreignEquipmentId);
    expect(service.sap.callCount('BAPI_ALM_ORDER_MAINTAIN')).toBe(calls);
  });

  it('answers 422 with SAP message when the notification in the body does not exist', async () => {
    const body = validBody();
    delete body.customerId;
    delete body.equipmentId;

    const answer = await http.post<Problem>('/v1/orders', { ...body, notificationId: '19999999' });

    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('SAP_REFUSED');
    expect(answer.body.detail).toBe(answer.body.sap?.messages[0]?.message);
  });

  it('answers 422 with SAP message when SAP does not know the work center', async () => {
    const answer = await http.post<Problem>('/v1/orders', {
      ...validBody(),
      operations: [{ description: 'Inspect', workCenter: 'NOSUCH', plannedHours: '1' }],
    });

    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('SAP_REFUSED');
    expect(answer.body.detail).toContain('NOSUCH');
  });

  it('answers 422 with SAP message when SAP does not know the customer', async () => {
    const body = validBody();
    delete body.equipmentId;

    const answer = await http.post<Problem>('/v1/orders', {
      ...body,
      plant: seed.plant,
      customerId: '999999999',
    });

    expect(answer.status).toBe(422);
    expect(answer.body.sap?.messages.length).toBeGreaterThan(0);
  });
});

describe('POST /v1/notifications/{id}/order', () => {
  it('answers 404 when SAP does not know the notification, and creates nothing', async () => {
    const calls = service.sap.callCount('BAPI_ALM_ORDER_MAINTAIN');
    const body = validBody();
    delete body.customerId;
    delete body.equipmentId;

    const answer = await http.post<Problem>('/v1/notifications/19999999/order', body);

    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NOT_FOUND');
    expect(service.sap.callCount('BAPI_ALM_ORDER_MAINTAIN')).toBe(calls);
  });

  it('answers 200 with the existing order when the notification has an order already', async () => {
    const notification = await createNotification();
    const body = validBody();
    delete body.customerId;
    delete body.equipmentId;
    const first = await http.post<Order>(`/v1/notifications/${notification.id}/order`, body);
    const calls = service.sap.callCount('BAPI_ALM_ORDER_MAINTAIN');

    const second = await http.post<Order>(`/v1/notifications/${notification.id}/order`, body);

    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get('location')).toBe(`/v1/orders/${first.body.id}`);
    expect(service.sap.callCount('BAPI_ALM_ORDER_MAINTAIN')).toBe(calls);
  });

  it('answers 400 when the body names a customer', async () => {
    const answer = await http.post<Problem>('/v1/notifications/10000001/order', validBody());

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path).sort()).toEqual([
      'customerId',
      'equipmentId',
    ]);
  });
});

describe('POST /v1/orders with invalid input', () => {
  const operation = () => ({ description: 'Inspect', workCenter: 'SRV-MECH', plannedHours: '1' });
  const part = () => ({ materialId: '200001', quantity: '1', plant: '1000' });
  const cases: [string, (body: Record<string, unknown>) => void, string][] = [
    ['type is missing', (body) => delete body.type, 'type'],
    ['type is not a known kind', (body) => (body.type = 'installation'), 'type'],
    ['description is missing', (body) => delete body.description, 'description'],
    ['description is empty', (body) => (body.description = ''), 'description'],
    ['description is longer than 40', (body) => (body.description = 'd'.repeat(41)), 'description'],
    ['priority is unknown', (body) => (body.priority = 'urgent'), 'priority'],
    ['neither customer nor notification is given', (body) => delete body.customerId, 'customerId'],
    [
      'customer and notification are both given',
      (body) => Object.assign(body, { notificationId: '10000001', equipmentId: undefined }),
      'customerId',
    ],
    ['customerId is longer than 10', (body) => (body.customerId = '12345678901'), 'customerId'],
    ['equipmentId is longer than 18', (body) => (body.equipmentId = '1'.repeat(19)), 'equipmentId'],
    ['plant is longer than 4', (body) => (body.plant = '10000'), 'plant'],
    [
      'neither equipment nor plant names the planning plant',
      (body) => {
        delete body.equipmentId;
        delete body.plant;
      },
      'plant',
    ],
    ['operations are missing', (body) => delete body.operations, 'operations'],
    ['operations are empty', (body) => (body.operations = []), 'operations'],
    [
      'an operation has no work center',
      (body) => (body.operations = [{ description: 'x', plannedHours: '1' }]),
      'operations.0.workCenter',
    ],
    [
      'an operation description is longer than 40',
      (body) => (body.operations = [{ ...operation(), description: 'o'.repeat(41) }]),
      'operations.0.description',
    ],
    [
      'planned hours are not a number',
      (body) => (body.operations = [operation(), { ...operation(), plannedHours: 'two' }]),
      'operations.1.plannedHours',
    ],
    [
      'planned hours have two decimals',
      (body) => (body.operations = [{ ...operation(), plannedHours: '1.25' }]),
      'operations.0.plannedHours',
    ],
    [
      'planned hours are negative',
      (body) => (body.operations = [{ ...operation(), plannedHours: -1 }]),
      'operations.0.plannedHours',
    ],
    [
      'an operation has an unknown field',
      (body) => (body.operations = [{ ...operation(), skill: 'welding' }]),
      'operations.0.skill',
    ],
    [
      'a component quantity is zero',
      (body) => (body.components = [{ ...part(), quantity: '0' }]),
      'components.0.quantity',
    ],
    [
      'a component quantity has four decimals',
      (body) => (body.components = [{ ...part(), quantity: 0.0001 }]),
      'components.0.quantity',
    ],
    [
      'a component has no plant',
      (body) => (body.components = [{ materialId: '200001', quantity: '1' }]),
      'components.0.plant',
    ],
    [
      'a storage location is longer than 4',
      (body) => (body.components = [{ ...part(), storageLocation: '00001' }]),
      'components.0.storageLocation',
    ],
    ['an unknown field is sent', (body) => (body.costCenter = '4711'), 'costCenter'],
  ];

  it.each(cases)('answers 400 naming the field when %s', async (_title, change, path) => {
    const body = validBody();
    change(body);
    const calls = service.sap.callCount('BAPI_ALM_ORDER_MAINTAIN');

    const answer = await http.post<Problem>('/v1/orders', body);

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', instance: '/v1/orders' });
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual([path]);
    expect(service.sap.callCount('BAPI_ALM_ORDER_MAINTAIN')).toBe(calls);
  });

  it('sends nothing to SAP at all when the input is not valid', async () => {
    const calls = service.sap.callCount();

    const answer = await http.post('/v1/orders', { ...validBody(), description: '' });

    expect(answer.status).toBe(400);
    expect(service.sap.callCount()).toBe(calls);
  });
});

describe('POST /v1/orders/{id}/confirmations with invalid input', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['operationId is missing', { hours: '1' }, 'operationId'],
    ['operationId is not a number', { operationId: 'first', hours: '1' }, 'operationId'],
    ['hours are missing', { operationId: '0010' }, 'hours'],
    ['hours are zero', { operationId: '0010', hours: 0 }, 'hours'],
    ['hours have two decimals', { operationId: '0010', hours: '0.25' }, 'hours'],
    ['final is not a boolean', { operationId: '0010', hours: '1', final: 'yes' }, 'final'],
    ['note is longer than 40', { operationId: '0010', hours: '1', note: 'n'.repeat(41) }, 'note'],
    [
      'a material has no quantity',
      { operationId: '0010', hours: '1', materials: [{ materialId: '1', plant: '1000' }] },
      'materials.0.quantity',
    ],
    ['an unknown field is sent', { operationId: '0010', hours: '1', minutes: 5 }, 'minutes'],
  ];

  it.each(cases)('answers 400 naming the field when %s', async (_title, body, path) => {
    const calls = service.sap.callCount();

    const answer = await http.post<Problem>('/v1/orders/4000001/confirmations', body);

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual([path]);
    expect(service.sap.callCount()).toBe(calls);
  });

  it('answers 400 for an unknown field in the body of /complete', async () => {
    const answer = await http.post<Problem>('/v1/orders/4000001/complete', { notify: true });

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['notify']);
  });
});
