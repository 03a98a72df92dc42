import { afterEach, describe, expect, it } from 'vitest';
import type { Notification } from '../../src/domain/notification.ts';
import type { JobView } from '../../src/jobs/write-job.ts';
import type { FaultPlan } from '../../src/sap-mock/index.ts';
import {
  mapBounded,
  notificationsPerReference,
  queueNotifications,
  settleJobs,
  sizeFromEnv,
  tally,
  useQueuedService,
} from './reliability-support.ts';

// CI size; RELIABILITY_N makes the run larger.
const n = sizeFromEnv('RELIABILITY_N', 200);

const fixture = useQueuedService({
  WRITE_WORKER_CONCURRENCY: '8',
  // Faults here are single failed calls, not an outage: keep the circuit out of the way.
  SAP_BREAKER_FAILURES: '0',
});

afterEach(() => {
  fixture.service.sap.faults.clear();
});

// A short run id: a reference is at most 20 characters (QMEL-BSTNK).
const run = () => Date.now().toString(36);

async function createAll(references: string[]): Promise<JobView[]> {
  const answers = await queueNotifications(fixture, references, {
    subject: 'Commit fault ticket',
    prefer: 'respond-async',
  });
  expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([202]));
  return settleJobs(
    fixture.http,
    answers.map((answer) => answer.body.id),
    120_000,
  );
}

function report(label: string, plan: FaultPlan, jobs: JobView[], extra: object): void {
  const figures = {
    n: jobs.length,
    plan,
    injected: fixture.service.sap.faults.injected,
    failedJobs: jobs.filter((job) => job.state === 'failed').length,
    retriedJobs: jobs.filter((job) => job.attempts > 1).length,
    ...extra,
  };
  console.log(`reliability 2 (${label}): ${JSON.stringify(figures)}`);
}

describe('commit failures and connections dropped inside the LUW', () => {
  it('creates every notification exactly once when commits lose their answer or the LUW', async () => {
    const { service } = fixture;
    const plan: FaultPlan = {
      commitFailure: { share: 0.25, mode: 'answer-lost' },
      droppedInLuw: { share: 0.15 },
      seed: 7,
    };
    service.sap.faults.set(plan);
    const references = Array.from({ length: n }, (_, index) => `LUW-${run()}-${index}`);

    const jobs = await createAll(references);
    const outcome = tally(notificationsPerReference(service.sap, references), references);
    report('answer lost, LUW dropped', plan, jobs, outcome);

    expect(service.sap.faults.injected.answersLost).toBeGreaterThan(0);
    expect(service.sap.faults.injected.droppedInLuw).toBeGreaterThan(0);
    expect(jobs.filter((job) => job.state === 'failed')).toEqual([]);
    expect(outcome).toEqual({ once: n, missing: 0, duplicated: 0 });
  });

  it('creates every notification exactly once when update tasks fail after the BAPI', async () => {
    const { service } = fixture;
    const plan: FaultPlan = { commitFailure: { share: 0.3, mode: 'rolled-back' }, seed: 11 };
    service.sap.faults.set(plan);
    const references = Array.from({ length: n }, (_, index) => `UPD-${run()}-${index}`);

    const jobs = await createAll(references);
    const outcome = tally(notificationsPerReference(service.sap, references), references);
    report('update task failed', plan, jobs, outcome);

    expect(service.sap.faults.injected.commitsRolledBack).toBeGreaterThan(0);
    expect(jobs.filter((job) => job.state === 'failed')).toEqual([]);
    expect(outcome).toEqual({ once: n, missing: 0, duplicated: 0 });
  });

  it('moves every notification once when the answer of its status change is lost', async () => {
    const { service, http } = fixture;
    const references = Array.from({ length: n / 4 }, (_, index) => `ST-${run()}-${index}`);
    const created = await createAll(references);
    const ids = created.map((job) => (job.result?.body as Notification).id);
    const plan: FaultPlan = { commitFailure: { share: 0.3, mode: 'answer-lost' }, seed: 3 };
    service.sap.faults.set(plan);

    const answers = await mapBounded(ids, 16, (id) =>
      http.post<JobView>(`/v1/notifications/${id}/start`, undefined, {
        headers: { Prefer: 'respond-async' },
      }),
    );
    const jobs = await settleJobs(
      http,
      answers.map((answer) => answer.body.id),
      60_000,
    );
    report('status change, answer lost', plan, jobs, {});
    const { answersLost } = service.sap.faults.injected;
    service.sap.faults.clear();
    const statuses = await mapBounded(ids, 16, async (id) => {
      const answer = await http.get<Notification>(`/v1/notifications/${id}`);
      return answer.body.status;
    });

    expect(answersLost).toBeGreaterThan(0);
    expect(jobs.filter((job) => job.state === 'failed')).toEqual([]);
    expect(jobs.every((job) => job.result?.status === 200)).toBe(true);
    expect(new Set(statuses)).toEqual(new Set(['in-progress']));
  });

  it('appends a description and records a defect once when their answers are lost', async () => {
    const { service, http } = fixture;
    const references = Array.from({ length: n / 4 }, (_, index) => `TX-${run()}-${index}`);
    const created = await createAll(references);
    const ids = created.map((job) => (job.result?.body as Notification).id);
    const plan: FaultPlan = { commitFailure: { share: 0.3, mode: 'answer-lost' }, seed: 5 };
    service.sap.faults.set(plan);
    const async = { headers: { Prefer: 'respond-async' } };

    const answers = await mapBounded(ids, 8, async (id) => [
      await http.patch<JobView>(
        `/v1/notifications/${id}`,
        { description: 'Seal found worn.' },
        async,
      ),
      await http.post<JobView>(
        `/v1/notifications/${id}/items`,
        { description: 'Seal worn' },
        async,
      ),
    ]);
    const jobs = await settleJobs(
      http,
      answers.flat().map((answer) => answer.body.id),
      60_000,
    );
    report('long text and defect, answer lost', plan, jobs, {});
    const { answersLost } = service.sap.faults.injected;
    service.sap.faults.clear();
    const notifications = await mapBounded(ids, 16, async (id) => {
      const answer = await http.get<Notification>(`/v1/notifications/${id}`);
      return answer.body;
    });

    expect(answersLost).toBeGreaterThan(0);
    expect(jobs.filter((job) => job.state === 'failed')).toEqual([]);
    for (const notification of notifications) {
      expect(notification.description?.split('Seal found worn.').length).toBe(2);
      expect(notification.items.map((item) => item.description)).toEqual(['Seal worn']);
    }
  });
});
