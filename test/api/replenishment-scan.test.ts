import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PurchaseRequisition } from '../../src/domain/part.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { liveRequisitions, quietParts, setPolicy, setStock } from './part-seed-lookup.ts';

let service: TestService;
let http: HttpClient;

beforeAll(async () => {
  service = await startTestService({ REPLENISHMENT_SCAN_INTERVAL_SECONDS: '1' });
  http = createHttpClient(service.baseUrl);
});

afterAll(async () => {
  await service.close();
});

// Asks until the answer satisfies `done`, at most for `timeoutMs`.
async function eventually<T>(
  ask: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  let value = await ask();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await ask();
  }
  return value;
}

describe('the periodic replenishment scan', () => {
  it('raises requisitions for every low part without one, including stock changed directly in SAP', async () => {
    const [part] = quietParts(service.sap, '1100', 1);
    if (part === undefined) throw new Error('no quiet part');
    setPolicy(service.sap, part, { reorderPoint: '6', safetyStock: '2', reorderQuantity: '18' });
    setStock(service.sap, part, '50');
    // Another transaction in SAP (not this service) takes the stock down to the reorder point.
    setStock(service.sap, part, '6');

    const ask = () =>
      http.get<{ items: PurchaseRequisition[] }>(
        `/v1/purchase-requisitions?materialId=${part.materialId}&plant=1100&status=open`,
      );
    const answer = await eventually(ask, (a) => a.body.items.length > 0, 15_000);

    expect(answer.body.items.map((item) => item.quantity)).toEqual(['18']);
  });

  it('leaves every part that was low in the seed with exactly one pending requisition', async () => {
    await service.service.replenishment.scan();
    const below = await http.get<{
      items: { materialId: string; plants: { plant: string; belowReorderPoint: boolean }[] }[];
    }>('/v1/parts?belowReorderPoint=true&limit=500');

    const pairs = below.body.items.flatMap((part) =>
      part.plants
        .filter((plant) => plant.belowReorderPoint)
        .map((plant) => ({ ...part, plant: plant.plant })),
    );
    expect(pairs.length).toBeGreaterThan(10);
    for (const pair of pairs) {
      const material = /^\d+$/.test(pair.materialId)
        ? pair.materialId.padStart(18, '0')
        : pair.materialId;
      const live = liveRequisitions(service.sap, {
        materialId: pair.materialId,
        plant: pair.plant,
        material,
        unit: '',
      });
      expect(live.length, `${pair.materialId} in ${pair.plant}`).toBe(1);
    }
  });

  it('raises nothing while SAP is down, and catches up on the first scan after it is back', async () => {
    const [, part] = quietParts(service.sap, '1200', 2);
    if (part === undefined) throw new Error('no quiet part');
    setPolicy(service.sap, part, { reorderPoint: '4', safetyStock: '1', reorderQuantity: '9' });
    setStock(service.sap, part, '50');
    // Let a scan the timer may have started finish, so that the next one starts while SAP is down.
    await service.service.replenishment.scan();
    service.sap.setSystemDown(true);
    setStock(service.sap, part, '3');

    const during = service.service.replenishment.scan();
    await expect(during).rejects.toMatchObject({ code: 'SAP_UNAVAILABLE' });
    service.sap.setSystemDown(false);
    expect(liveRequisitions(service.sap, part)).toEqual([]);

    await service.service.replenishment.scan();
    expect(liveRequisitions(service.sap, part).map((row) => row.MENGE)).toEqual(['9.000']);
  });

  it('raises nothing more on a second scan', async () => {
    const before = service.sap.select('EBAN').length;

    const result = await service.service.replenishment.scan();

    expect(result.raised).toBe(0);
    expect(service.sap.select('EBAN')).toHaveLength(before);
  });
});
