import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../src/domain/order.ts';
import type { PurchaseRequisition } from '../../src/domain/part.ts';
import { MockSap } from '../../src/sap-mock/index.ts';
import { startSharedInstances } from '../support/shared-redis.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { lookUpOrderSeed } from './order-seed-lookup.ts';
import type { OrderSeed } from './order-seed-lookup.ts';
import { issuePart, releasedOrder } from './part-orders.ts';
import { liveRequisitions, quietParts, setPolicy, setStock } from './part-seed-lookup.ts';
import type { SeedPart } from './part-seed-lookup.ts';

// Two instances of the service in front of one SAP, sharing one Redis, as in production.
let sap: MockSap;
let shared: Awaited<ReturnType<typeof startSharedInstances>>;
let clients: HttpClient[];
let seed: OrderSeed;
let parts: SeedPart[];

beforeAll(async () => {
  sap = MockSap.create();
  shared = await startSharedInstances(sap, 2);
  clients = shared.instances.map((instance) => createHttpClient(instance.baseUrl));
  seed = lookUpOrderSeed(sap);
  parts = quietParts(sap, seed.plant, 3);
});

afterAll(() => shared.close());

describe('replenishment across several instances of the service', () => {
  it.each([0, 1, 2])(
    'yields one requisition when both instances take the last parts at the same moment (part %i)',
    async (index) => {
      const part = parts[index] as SeedPart;
      setPolicy(sap, part, { reorderPoint: '2', safetyStock: '0', reorderQuantity: '12' });
      setStock(sap, part, '4');
      const [a, b] = clients as [HttpClient, HttpClient];
      const orders = await Promise.all([releasedOrder(a, seed), releasedOrder(b, seed)]);

      const answers = await Promise.all(
        [a, b].map((http, i) => issuePart(http, orders[i] as Order, part, '2')),
      );

      expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
      expect(liveRequisitions(sap, part)).toHaveLength(1);
      const listed = await a.get<{ items: PurchaseRequisition[] }>(
        `/v1/purchase-requisitions?materialId=${part.materialId}&plant=${part.plant}`,
      );
      expect(listed.body.items.map((item) => item.quantity)).toEqual(['12']);
    },
  );
});
