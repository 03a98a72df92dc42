import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Order } from '../../src/domain/order.ts';
import type { Part, PartAvailability } from '../../src/domain/part.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { lookUpOrderSeed } from './order-seed-lookup.ts';
import type { OrderSeed } from './order-seed-lookup.ts';
import { quietParts, setPolicy, setStock } from './part-seed-lookup.ts';
import type { SeedPart } from './part-seed-lookup.ts';

let service: TestService;
let http: HttpClient;
let seed: OrderSeed;
let part: SeedPart;

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  seed = lookUpOrderSeed(service.sap);
  [part] = quietParts(service.sap, seed.plant, 1) as [SeedPart];
  setPolicy(service.sap, part, { reorderPoint: '5', safetyStock: '2', reorderQuantity: '20' });
  setStock(service.sap, part, '12');
});

afterAll(async () => {
  await service.close();
});

async function plantOf(materialId: string, plant: string) {
  const answer = await http.get<Part>(`/v1/parts/${materialId}`);
  expect(answer.status).toBe(200);
  return answer.body.plants.find((entry) => entry.plant === plant);
}

describe('a spare part', () => {
  it('shows its description, unit, and per plant stock and reorder policy', async () => {
    const answer = await http.get<Part>(`/v1/parts/${part.materialId}`);

    expect(answer.status).toBe(200);
    const makt = service.sap.select(
      'MAKT',
      (row) => row.MATNR === part.material && row.SPRAS === 'E',
    )[0];
    expect(answer.body).toMatchObject({
      materialId: part.materialId,
      description: makt?.MAKTX,
      unit: part.unit,
    });
    const plants = service.sap.select('MARC', (row) => row.MATNR === part.material);
    expect(answer.body.plants.map((plant) => plant.plant)).toEqual(plants.map((row) => row.WERKS));
    expect(answer.body.plants.find((plant) => plant.plant === part.plant)).toEqual({
      plant: part.plant,
      unrestricted: '12',
      reserved: '0',
      available: '12',
      onOrder: '0',
      reorderPoint: '5',
      safetyStock: '2',
      reorderQuantity: '20',
      belowReorderPoint: false,
      storageLocations: [
        { storageLocation: '0001', unrestricted: '12' },
        { storageLocation: '0002', unrestricted: '0' },
        { storageLocation: '0003', unrestricted: '0' },
      ],
    });
  });

  it('moves from available to reserved when an order is released, and leaves with the goods issue', async () => {
    const created = await http.post<Order>('/v1/orders', {
      type: 'repair',
      description: 'Exchange valve',
      customerId: seed.customerId,
      equipmentId: seed.equipmentId,
      operations: [{ description: 'Exchange', workCenter: seed.workCenters[0], plannedHours: '1' }],
      components: [{ materialId: part.materialId, quantity: '4', plant: part.plant }],
    });
    expect(created.status).toBe(201);
    expect(await plantOf(part.materialId, part.plant)).toMatchObject({ reserved: '0' });

    await http.post(`/v1/orders/${created.body.id}/release`);
    expect(await plantOf(part.materialId, part.plant)).toMatchObject({
      unrestricted: '12',
      reserved: '4',
      available: '8',
    });

    const confirmed = await http.post(`/v1/orders/${created.body.id}/confirmations`, {
      operationId: '0010',
      hours: '1',
      final: true,
      materials: [{ materialId: part.materialId, quantity: '3', plant: part.plant }],
    });
    expect(confirmed.status).toBe(201);
    expect(await plantOf(part.materialId, part.plant)).toMatchObject({
      unrestricted: '9',
      reserved: '1',
      available: '8',
    });

    await http.post(`/v1/orders/${created.body.id}/complete`);
    expect(await plantOf(part.materialId, part.plant)).toMatchObject({
      unrestricted: '9',
      reserved: '0',
      available: '9',
    });
  });

  it('reserves and issues a part kept in litres in litres, to the millilitre', async () => {
    const [oil] = quietParts(service.sap, seed.plant, 1, 'L') as [SeedPart];
    setStock(service.sap, oil, '10');
    const created = await http.post<Order>('/v1/orders', {
      type: 'repair',
      description: 'Change hydraulic oil',
      customerId: seed.customerId,
      equipmentId: seed.equipmentId,
      operations: [{ description: 'Change oil', workCenter: seed.workCenters[0], plannedHours: 1 }],
      components: [{ materialId: oil.materialId, quantity: '2.5', plant: oil.plant }],
    });
    expect(created.status).toBe(201);
    await http.post(`/v1/orders/${created.body.id}/release`);

    const confirmed = await http.post<Order>(`/v1/orders/${created.body.id}/confirmations`, {
      operationId: '0010',
      hours: '1',
      materials: [{ materialId: oil.materialId, quantity: '2.125', plant: oil.plant }],
    });

    expect(confirmed.status).toBe(201);
    expect(confirmed.body.partsUsed).toMatchObject([
      { materialId: oil.materialId, quantity: '2.125' },
    ]);
    expect(await plantOf(oil.materialId, oil.plant)).toMatchObject({
      unrestricted: '7.875',
      reserved: '0.375',
      available: '7.5',
    });
    const units = service.sap
      .select('RESB', (row) => row.MATNR === oil.material)
      .map((row) => row.MEINS);
    expect(new Set(units)).toEqual(new Set(['L']));
  });

  it('answers 404 naming a material SAP does not know', async () => {
    const answer = await http.get<Problem>('/v1/parts/999999999');

    expect(answer.status).toBe(404);
    expect(answer.body.detail).toContain('999999999');
  });

  it('answers 400 naming a material number longer than SAP holds', async () => {
    const answer = await http.get<Problem>(`/v1/parts/${'9'.repeat(19)}`);

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['materialId']);
  });
});

describe('the availability of a part', () => {
  it('promises a quantity up to what is available today', async () => {
    const stock = await plantOf(part.materialId, part.plant);
    const available = stock?.available ?? '';

    const answer = await http.get<PartAvailability>(
      `/v1/parts/${part.materialId}/availability?plant=${part.plant}&quantity=${available}`,
    );

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      materialId: part.materialId,
      plant: part.plant,
      unit: part.unit,
      requested: available,
      available,
      isAvailable: true,
    });
    expect(answer.body.availableOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('does not promise more than is available, and says when SAP can deliver it', async () => {
    const stock = await plantOf(part.materialId, part.plant);
    const more = String(Number(stock?.available) + 1);

    const answer = await http.get<PartAvailability>(
      `/v1/parts/${part.materialId}/availability?plant=${part.plant}&quantity=${more}`,
    );

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      requested: more,
      available: stock?.available,
      isAvailable: false,
    });
    // The rest is confirmed at the end of the replenishment lead time, after today.
    expect(answer.body.availableOn ?? '').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Date.parse(answer.body.availableOn ?? '')).toBeGreaterThan(Date.now() - 86_400_000);
  });

  it("checks one storage location, such as a technician's van, on its own", async () => {
    setStock(service.sap, part, '12');
    service.sap.upsert('MARD', {
      MATNR: part.material,
      WERKS: part.plant,
      LGORT: '0002',
      LABST: '1.000',
    });
    const ask = (location: string, quantity: string) =>
      http.get<PartAvailability>(
        `/v1/parts/${part.materialId}/availability?plant=${part.plant}&storageLocation=${location}&quantity=${quantity}`,
      );

    const van = await ask('0002', '1');
    const tooMuch = await ask('0002', '2');

    expect(van.body).toMatchObject({ storageLocation: '0002', available: '1', isAvailable: true });
    expect(tooMuch.body).toMatchObject({ available: '1', isAvailable: false });
    const plant = await plantOf(part.materialId, part.plant);
    expect(plant?.storageLocations).toContainEqual({ storageLocation: '0002', unrestricted: '1' });
  });

  it('answers 404 for a plant that does not keep the part', async () => {
    const answer = await http.get<Problem>(
      `/v1/parts/${part.materialId}/availability?plant=9999&quantity=1`,
    );

    expect(answer.status).toBe(404);
    expect(answer.body.detail).toContain('9999');
  });

  it.each([
    ['quantity', `plant=1000`],
    ['quantity', 'plant=1000&quantity=0'],
    ['quantity', 'plant=1000&quantity=1.0005'],
    ['plant', 'quantity=1'],
  ])('answers 400 naming %s for %s', async (field, query) => {
    const answer = await http.get<Problem>(`/v1/parts/${part.materialId}/availability?${query}`);

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toContain(field);
  });
});
