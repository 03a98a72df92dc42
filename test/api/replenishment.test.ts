import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Part, PurchaseRequisition } from '../../src/domain/part.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { lookUpOrderSeed } from './order-seed-lookup.ts';
import type { OrderSeed } from './order-seed-lookup.ts';
import { issuePart, releasedOrder } from './part-orders.ts';
import { liveRequisitions, quietParts, setPolicy, setStock } from './part-seed-lookup.ts';
import type { SeedPart } from './part-seed-lookup.ts';

let service: TestService;
let http: HttpClient;
let seed: OrderSeed;
let parts: SeedPart[];

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  seed = lookUpOrderSeed(service.sap);
  parts = quietParts(service.sap, seed.plant, 5);
});

afterAll(async () => {
  await service.close();
});

async function requisitionsOf(part: SeedPart, status = 'open,ordered') {
  const query = `materialId=${part.materialId}&plant=${part.plant}&status=${status}`;
  const answer = await http.get<{ items: PurchaseRequisition[] }>(
    `/v1/purchase-requisitions?${query}`,
  );
  expect(answer.status).toBe(200);
  return answer.body.items;
}

async function plantOf(part: SeedPart) {
  const answer = await http.get<Part>(`/v1/parts/${part.materialId}`);
  return answer.body.plants.find((plant) => plant.plant === part.plant);
}

describe('replenishment', () => {
  it('raises one requisition when a release reserves the part down to its reorder point', async () => {
    const part = parts[0] as SeedPart;
    setPolicy(service.sap, part, { reorderPoint: '10', safetyStock: '4', reorderQuantity: '25' });
    setStock(service.sap, part, '14');

    await releasedOrder(http, seed, { part, quantity: '4' });

    const [raised, ...more] = await requisitionsOf(part);
    expect(more).toEqual([]);
    expect(raised).toMatchObject({
      materialId: part.materialId,
      plant: part.plant,
      quantity: '25',
      unit: part.unit,
      status: 'open',
      trackingNumber: 'CS-BRIDGE',
    });
    expect(Date.parse(raised?.createdAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(await plantOf(part)).toMatchObject({
      unrestricted: '14',
      reserved: '4',
      available: '10',
      onOrder: '25',
      belowReorderPoint: true,
    });
  });

  it('raises one requisition when a goods issue takes the part down to its reorder point', async () => {
    const part = parts[1] as SeedPart;
    setPolicy(service.sap, part, { reorderPoint: '10', safetyStock: '4', reorderQuantity: '30' });
    setStock(service.sap, part, '12');
    const order = await releasedOrder(http, seed);
    expect(await requisitionsOf(part)).toEqual([]);

    expect((await issuePart(http, order, part, '3')).status).toBe(201);

    const raised = await requisitionsOf(part);
    expect(raised.map((item) => [item.quantity, item.status])).toEqual([['30', 'open']]);
    expect(await plantOf(part)).toMatchObject({ unrestricted: '9', available: '9', onOrder: '30' });
  });

  it('raises no second requisition while the first is open', async () => {
    const part = parts[1] as SeedPart;
    const order = await releasedOrder(http, seed);

    expect((await issuePart(http, order, part, '2')).status).toBe(201);

    expect(await requisitionsOf(part)).toHaveLength(1);
    expect(liveRequisitions(service.sap, part)).toHaveLength(1);
  });

  it('raises the next requisition once the pending one is closed', async () => {
    const part = parts[1] as SeedPart;
    const [pending] = liveRequisitions(service.sap, part);
    service.sap.upsert('EBAN', { BANFN: pending?.BANFN ?? '', BNFPO: '00010', EBAKZ: 'X' });
    expect(await requisitionsOf(part, 'closed')).toHaveLength(1);
    const order = await releasedOrder(http, seed);

    expect((await issuePart(http, order, part, '1')).status).toBe(201);

    expect(await requisitionsOf(part, 'open')).toHaveLength(1);
    expect(await requisitionsOf(part, 'open,ordered,closed')).toHaveLength(2);
  });

  it('yields one requisition when two technicians take the last parts at the same moment', async () => {
    const part = parts[2] as SeedPart;
    setPolicy(service.sap, part, { reorderPoint: '2', safetyStock: '0', reorderQuantity: '10' });
    setStock(service.sap, part, '4');
    const orders = await Promise.all([releasedOrder(http, seed), releasedOrder(http, seed)]);

    const answers = await Promise.all(orders.map((order) => issuePart(http, order, part, '2')));

    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    const raised = await requisitionsOf(part);
    expect(raised.map((item) => item.quantity)).toEqual(['10']);
    expect(liveRequisitions(service.sap, part)).toHaveLength(1);
  });

  it('leaves a part above its reorder point alone', async () => {
    const part = parts[3] as SeedPart;
    setPolicy(service.sap, part, { reorderPoint: '5', safetyStock: '1', reorderQuantity: '10' });
    setStock(service.sap, part, '20');
    const order = await releasedOrder(http, seed, { part, quantity: '3' });

    expect((await issuePart(http, order, part, '3')).status).toBe(201);

    expect(await requisitionsOf(part)).toEqual([]);
  });

  it('answers the goods issue even when SAP refuses the requisition, and counts the failure', async () => {
    const part = parts[4] as SeedPart;
    setPolicy(service.sap, part, { reorderPoint: '5', safetyStock: '1', reorderQuantity: '10' });
    setStock(service.sap, part, '6');
    // Without a purchasing group SAP cannot create the requisition.
    service.sap.upsert('MARC', { MATNR: part.material, WERKS: part.plant, EKGRP: '' });
    const order = await releasedOrder(http, seed);

    const answer = await issuePart(http, order, part, '2');

    expect(answer.status).toBe(201);
    expect(answer.body.partsUsed).toMatchObject([{ materialId: part.materialId, quantity: '2' }]);
    expect(await requisitionsOf(part)).toEqual([]);
    const metrics = await http.get('/metrics');
    expect(metrics.text).toMatch(/cs_bridge_replenishment_checks_total\{outcome="failed"\} 1/);
  });
});
