import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Part, PurchaseRequisition } from '../../src/domain/part.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { quietParts, setStock } from './part-seed-lookup.ts';
import type { SeedPart } from './part-seed-lookup.ts';

let service: TestService;
let http: HttpClient;
let parts: SeedPart[];

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  parts = quietParts(service.sap, '1000', 2);
});

afterAll(async () => {
  await service.close();
});

function put(part: SeedPart, body: unknown, plant = part.plant) {
  return http.request<Part & Problem>(
    'PUT',
    `/v1/parts/${part.materialId}/plants/${plant}/reorder-policy`,
    { body },
  );
}

describe('the reorder policy of a part', () => {
  it('is written to the material master and shown at once', async () => {
    const part = parts[0] as SeedPart;
    setStock(service.sap, part, '100');

    const answer = await put(part, { reorderPoint: '12.5', reorderQuantity: 40, safetyStock: '3' });

    expect(answer.status).toBe(200);
    expect(answer.body.plants.find((plant) => plant.plant === part.plant)).toMatchObject({
      reorderPoint: '12.5',
      reorderQuantity: '40',
      safetyStock: '3',
      belowReorderPoint: false,
    });
    const [marc] = service.sap.select(
      'MARC',
      (row) => row.MATNR === part.material && row.WERKS === part.plant,
    );
    expect(marc).toMatchObject({ MINBE: '12.500', BSTFE: '40.000', EISBE: '3.000', DISLS: 'FX' });
  });

  it('raises a requisition at once when the new reorder point is above the available stock', async () => {
    const part = parts[1] as SeedPart;
    setStock(service.sap, part, '6');

    const answer = await put(part, { reorderPoint: '8', reorderQuantity: '16', safetyStock: '2' });

    expect(answer.status).toBe(200);
    const requisitions = await http.get<{ items: PurchaseRequisition[] }>(
      `/v1/purchase-requisitions?materialId=${part.materialId}&plant=${part.plant}`,
    );
    expect(requisitions.body.items.map((item) => [item.quantity, item.status])).toEqual([
      ['16', 'open'],
    ]);
  });

  it('refuses a safety stock above the reorder point, naming it, and writes nothing', async () => {
    const part = parts[0] as SeedPart;
    const calls = service.sap.callCount('BAPI_MATERIAL_SAVEDATA');

    const answer = await put(part, { reorderPoint: '2', reorderQuantity: '5', safetyStock: '3' });

    expect(answer.status).toBe(422);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['safetyStock']);
    expect(service.sap.callCount('BAPI_MATERIAL_SAVEDATA')).toBe(calls);
  });

  it.each([
    ['reorderQuantity', { reorderPoint: '2', reorderQuantity: '0', safetyStock: '1' }],
    ['reorderPoint', { reorderPoint: '-1', reorderQuantity: '5', safetyStock: '0' }],
    ['safetyStock', { reorderPoint: '2', reorderQuantity: '5', safetyStock: '0.0001' }],
    ['safetyStock', { reorderPoint: '2', reorderQuantity: '5' }],
    ['maxStock', { reorderPoint: '2', reorderQuantity: '5', safetyStock: '1', maxStock: '9' }],
  ])('answers 400 naming %s and sends nothing to SAP', async (field, body) => {
    const part = parts[0] as SeedPart;
    const calls = service.sap.callCount();

    const answer = await put(part, body);

    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body.errors)).toContain(field);
    expect(service.sap.callCount()).toBe(calls);
  });

  it('answers 404 for a plant that does not keep the part', async () => {
    const part = parts[0] as SeedPart;

    const answer = await put(
      part,
      { reorderPoint: '2', reorderQuantity: '5', safetyStock: '1' },
      '9999',
    );

    expect(answer.status).toBe(404);
    expect(service.sap.select('MARC', (row) => row.WERKS === '9999')).toEqual([]);
  });

  it('answers 409 while another SAP user edits the material, and changes nothing', async () => {
    const part = parts[0] as SeedPart;
    const before = service.sap.select('MARC', (row) => row.MATNR === part.material);
    const clerk = service.sap.openSession('MM_CLERK', 'EN');
    const held = service.sap.invoke(clerk, 'BAPI_MATERIAL_SAVEDATA', {
      HEADDATA: { MATERIAL: part.material, MRP_VIEW: 'X' },
      PLANTDATA: { PLANT: part.plant, SAFETY_STK: '1' },
      PLANTDATAX: { PLANT: part.plant, SAFETY_STK: 'X' },
    });

    const answer = await put(part, { reorderPoint: '2', reorderQuantity: '5', safetyStock: '1' });
    service.sap.closeSession(clerk);

    expect((held.RETURN as { TYPE: string }).TYPE).toBe('S');
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('SAP_OBJECT_LOCKED');
    expect(answer.body.sap?.messages[0]?.message).toContain('MM_CLERK');
    expect(service.sap.select('MARC', (row) => row.MATNR === part.material)).toEqual(before);
  });
});
