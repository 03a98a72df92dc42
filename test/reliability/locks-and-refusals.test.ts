import { afterEach, describe, expect, it } from 'vitest';
import type { Notification } from '../../src/domain/notification.ts';
import type { JobView } from '../../src/jobs/write-job.ts';
import { mapBounded, settleJobs, sizeFromEnv, useQueuedService } from './reliability-support.ts';

// CI size; RELIABILITY_N makes the run larger.
const n = Math.max(20, Math.floor(sizeFromEnv('RELIABILITY_N', 200) / 5));
const lockMs = 800;

const fixture = useQueuedService({ WRITE_WORKER_CONCURRENCY: '8' });

afterEach(() => {
  fixture.service.sap.faults.clear();
});

const async = { headers: { Prefer: 'respond-async' } };

async function createNotifications(count: number): Promise<Notification[]> {
  const { http, seed } = fixture;
  return mapBounded(Array.from({ length: count }), 8, async () => {
    const answer = await http.post<Notification>('/v1/notifications', {
      type: 'problem',
      subject: 'Lock test',
      customerId: seed.customer.id,
    });
    return answer.body;
  });
}

describe('lock conflicts and business refusals', () => {
  it('retries writes on objects another SAP user has locked until the lock is gone', async () => {
    const { service, http } = fixture;
    const notifications = await createNotifications(n);
    const heldLocks = notifications.map((notification) => ({
      argument: `QMEL ${notification.id.padStart(12, '0')}`,
      user: 'MAINT_USER',
      forMs: lockMs,
    }));
    service.sap.faults.set({ heldLocks });
    const started = Date.now();

    const answers = await mapBounded(notifications, 8, (notification) =>
      http.patch<JobView>(
        `/v1/notifications/${notification.id}`,
        { subject: 'Changed while locked' },
        async,
      ),
    );
    const firstErrors = await mapBounded(answers, 8, async (answer) => {
      const job = await http.get<JobView>(`/v1/jobs/${answer.body.id}`);
      return job.body.error?.code ?? null;
    });
    const jobs = await settleJobs(
      http,
      answers.map((answer) => answer.body.id),
      30_000,
    );
    const { lockConflicts } = service.sap.faults.injected;
    const subjects = await mapBounded(notifications, 8, async (notification) => {
      const answer = await http.get<Notification>(`/v1/notifications/${notification.id}`);
      return answer.body.subject;
    });
    const figures = {
      n,
      lockMs,
      lockConflicts,
      lockedWhileWaiting: firstErrors.filter((code) => code === 'SAP_OBJECT_LOCKED').length,
      maxAttempts: Math.max(...jobs.map((job) => job.attempts)),
      failedJobs: jobs.filter((job) => job.state === 'failed').length,
      durationMs: Date.now() - started,
    };
    console.log(`reliability 4 (locks held by another user): ${JSON.stringify(figures)}`);

    expect(lockConflicts).toBeGreaterThanOrEqual(n);
    expect(figures.failedJobs).toBe(0);
    expect(figures.maxAttempts).toBeGreaterThan(1);
    expect(new Set(subjects)).toEqual(new Set(['Changed while locked']));
    expect(figures.durationMs).toBeGreaterThanOrEqual(lockMs);
  });

  it('fails business refusals at the first attempt with SAP messages, and calls SAP once', async () => {
    const { service, http } = fixture;
    const [completed] = await createNotifications(1);
    if (completed === undefined) throw new Error('no notification');
    const completing = await http.post<Notification>(`/v1/notifications/${completed.id}/complete`);
    expect(completing.body.status).toBe('completed');
    const createCalls = service.sap.callCount('BAPI_ALM_NOTIF_CREATE');
    const startCalls = service.sap.callCount('BAPI_ALM_NOTIF_PUTINPROGRESS');

    const unknownCustomer = await http.post<JobView>(
      '/v1/notifications',
      { type: 'problem', subject: 'Refused', customerId: '9999999' },
      async,
    );
    const startCompleted = await http.post<JobView>(
      `/v1/notifications/${completed.id}/start`,
      undefined,
      async,
    );
    expect([unknownCustomer.status, startCompleted.status]).toEqual([202, 202]);
    const jobs = await settleJobs(http, [unknownCustomer.body.id, startCompleted.body.id], 10_000);
    const figures = jobs.map((job) => ({
      operation: job.operation,
      state: job.state,
      attempts: job.attempts,
      status: job.error?.status,
      code: job.error?.code,
    }));
    console.log(`reliability 4 (business refusals): ${JSON.stringify(figures)}`);

    expect(figures).toEqual([
      expect.objectContaining({ state: 'failed', attempts: 1, status: 422 }),
      expect.objectContaining({ state: 'failed', attempts: 1, status: 409 }),
    ]);
    const messages = jobs.map((job) => job.error?.sap as { messages: unknown[] } | undefined);
    expect(messages.every((sap) => (sap?.messages.length ?? 0) > 0)).toBe(true);
    expect(service.sap.callCount('BAPI_ALM_NOTIF_CREATE')).toBe(createCalls + 1);
    expect(service.sap.callCount('BAPI_ALM_NOTIF_PUTINPROGRESS')).toBe(startCalls + 1);
  });
});
