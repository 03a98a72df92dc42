import { afterEach, describe, expect, it } from 'vitest';
import type { Notification } from '../../src/domain/notification.ts';
import type { Order } from '../../src/domain/order.ts';
import type { JobView } from '../../src/jobs/write-job.ts';
import { lookUpOrderSeed } from '../api/order-seed-lookup.ts';
import { mapBounded, settleJobs, sizeFromEnv, useQueuedService } from './reliability-support.ts';

// Fewer objects than workers, so that the workers take writes to one object together. CI size;
// RELIABILITY_N makes the run larger.
const objects = 3;
const changes = Math.max(8, Math.floor(sizeFromEnv('RELIABILITY_N', 200) / 20));
const versions = Array.from({ length: changes }, (_, index) => `v${index + 1}`);

const fixture = useQueuedService({ WRITE_WORKER_CONCURRENCY: '8' });

afterEach(() => {
  fixture.service.sap.faults.clear();
});

const async = { headers: { Prefer: 'respond-async' } };

// Jitter on every call, so that jobs taken together finish in any order.
function shuffleSap(): void {
  fixture.service.sap.faults.set({ latency: { ms: 30, jitterMs: 25 }, seed: 9 });
}

describe('writes to one object run in the order they were accepted', () => {
  it('ends every notification with the last of its changes', async () => {
    const { http, seed } = fixture;
    const notifications = await mapBounded(Array.from({ length: objects }), 8, async () => {
      const body = { type: 'problem', subject: 'v0', customerId: seed.customer.id };
      return (await http.post<Notification>('/v1/notifications', body)).body;
    });
    shuffleSap();

    // Each notification's changes are sent one after the other (each accepted before the
    // next), the notifications side by side: 8 workers take several of one object together.
    const answers = await mapBounded(notifications, objects, async (notification) => {
      const accepted: JobView[] = [];
      for (const version of versions) {
        const path = `/v1/notifications/${notification.id}`;
        accepted.push((await http.patch<JobView>(path, { subject: version }, async)).body);
      }
      return accepted;
    });
    const jobs = await settleJobs(
      http,
      answers.flat().map((job) => job.id),
      60_000,
    );
    const subjects = await mapBounded(notifications, 8, async (notification) => {
      return (await http.get<Notification>(`/v1/notifications/${notification.id}`)).body.subject;
    });
    console.log(
      `reliability (order per object): ${JSON.stringify({ objects, changes: jobs.length })}`,
    );

    expect(jobs.filter((job) => job.state !== 'succeeded')).toEqual([]);
    expect(new Set(subjects)).toEqual(new Set([versions.at(-1)]));
  });

  it('releases, confirms and completes each order in that order when all are sent at once', async () => {
    const { http, service } = fixture;
    const seed = lookUpOrderSeed(service.sap);
    const orders = await mapBounded(Array.from({ length: objects }), 8, async () => {
      const body = {
        type: 'service',
        description: 'Ordered steps',
        customerId: seed.customerId,
        equipmentId: seed.equipmentId,
        operations: [{ description: 'Work', workCenter: seed.workCenters[0], plannedHours: '1' }],
      };
      const created = await http.post<Order>('/v1/orders', body);
      if (created.status !== 201) throw new Error(`order not created: ${created.text}`);
      return created.body;
    });
    shuffleSap();

    const answers = await mapBounded(orders, objects, async (order) => [
      (await http.post<JobView>(`/v1/orders/${order.id}/release`, undefined, async)).body,
      (
        await http.post<JobView>(
          `/v1/orders/${order.id}/confirmations`,
          { operationId: '0010', hours: '0.5', final: true },
          async,
        )
      ).body,
      (await http.post<JobView>(`/v1/orders/${order.id}/complete`, undefined, async)).body,
    ]);
    const jobs = await settleJobs(
      http,
      answers.flat().map((job) => job.id),
      60_000,
    );
    const statuses = await mapBounded(orders, 8, async (order) => {
      return (await http.get<Order>(`/v1/orders/${order.id}`)).body.status;
    });

    expect(jobs.filter((job) => job.state !== 'succeeded')).toEqual([]);
    expect(new Set(statuses)).toEqual(new Set(['technically-completed']));
  });
});
