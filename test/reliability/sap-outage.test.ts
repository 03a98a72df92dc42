import { describe, expect, it } from 'vitest';
import {
  notificationsPerReference,
  queueNotifications,
  settleJobs,
  sizeFromEnv,
  tally,
  useQueuedService,
} from './reliability-support.ts';

// CI sizes; RELIABILITY_N and RELIABILITY_OUTAGE_MS make the run larger.
const n = sizeFromEnv('RELIABILITY_N', 200);
const outageMs = sizeFromEnv('RELIABILITY_OUTAGE_MS', 3_000);

const fixture = useQueuedService({ WRITE_WORKER_CONCURRENCY: '8' });

describe('SAP down for a while as notifications arrive', () => {
  it(`makes exactly ${n} notifications after recovery, one per external reference`, async () => {
    const { service, http } = fixture;
    const run = Date.now().toString(36);
    const references = Array.from({ length: n }, (_, index) => `OUT-${run}-${index}`);
    const sapCallsBefore = service.sap.callCount('BAPI_ALM_NOTIF_CREATE');
    service.sap.setSystemDown(true);
    const started = Date.now();
    const recovery = setTimeout(() => {
      service.sap.setSystemDown(false);
    }, outageMs);

    const answers = await queueNotifications(fixture, references, {
      subject: 'Outage ticket',
      prefer: 'wait=0',
    });
    const acceptedMs = Date.now() - started;
    const jobs = await settleJobs(
      http,
      answers.map((answer) => answer.body.id),
      outageMs + 60_000,
    );
    clearTimeout(recovery);
    const drainedMs = Date.now() - started;

    const outcome = tally(notificationsPerReference(service.sap, references), references);
    const attempts = jobs.map((job) => job.attempts);
    const figures = {
      n,
      outageMs,
      acceptedMs,
      drainedMs,
      ...outcome,
      failedJobs: jobs.filter((job) => job.state === 'failed').length,
      maxAttempts: Math.max(...attempts),
      createCalls: service.sap.callCount('BAPI_ALM_NOTIF_CREATE') - sapCallsBefore,
    };
    console.log(`reliability 1 (SAP down while writes arrive): ${JSON.stringify(figures)}`);

    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([202]));
    expect(figures.failedJobs).toBe(0);
    expect(outcome).toEqual({ once: n, missing: 0, duplicated: 0 });
    expect(figures.createCalls).toBeGreaterThanOrEqual(n);
    expect(acceptedMs).toBeLessThan(outageMs + 30_000);
  });
});
