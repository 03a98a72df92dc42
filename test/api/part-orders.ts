import type { Order } from '../../src/domain/order.ts';
import type { HttpClient } from './http-client.ts';
import type { OrderSeed } from './order-seed-lookup.ts';
import type { SeedPart } from './part-seed-lookup.ts';

/** Creates and releases an order for the seed's customer, reserving a part when given. */
export async function releasedOrder(
  http: HttpClient,
  seed: OrderSeed,
  reserve?: { part: SeedPart; quantity: string },
): Promise<Order> {
  const components =
    reserve === undefined
      ? []
      : [
          {
            materialId: reserve.part.materialId,
            quantity: reserve.quantity,
            plant: reserve.part.plant,
          },
        ];
  const created = await http.post<Order>('/v1/orders', {
    type: 'repair',
    description: 'Replace worn parts',
    customerId: seed.customerId,
    equipmentId: seed.equipmentId,
    operations: [{ description: 'Replace', workCenter: seed.workCenters[0], plannedHours: '1' }],
    ...(components.length === 0 ? {} : { components }),
  });
  if (created.status !== 201) throw new Error(`create answered ${created.status}: ${created.text}`);
  const released = await http.post<Order>(`/v1/orders/${created.body.id}/release`);
  if (released.status !== 200) throw new Error(`release answered ${released.text}`);
  return released.body;
}

/** Confirms half an hour on the order's first operation with a goods issue of the part. */
export function issuePart(http: HttpClient, order: Order, part: SeedPart, quantity: string) {
  return http.post<Order>(`/v1/orders/${order.id}/confirmations`, {
    operationId: '0010',
    hours: '0.5',
    final: false,
    materials: [{ materialId: part.materialId, quantity, plant: part.plant }],
  });
}
