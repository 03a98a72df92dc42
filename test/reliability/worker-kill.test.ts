import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockSap, startMockSapServer } from '../../src/sap-mock/index.ts';
import type { MockSapServer } from '../../src/sap-mock/index.ts';
import {
  notificationsPerReference,
  queueNotifications,
  settleJobs,
  sizeFromEnv,
  tally,
  useQueuedService,
} from './reliability-support.ts';

// CI sizes; RELIABILITY_N and RELIABILITY_KILLS make the run larger.
const n = sizeFromEnv('RELIABILITY_N', 200);
const kills = sizeFromEnv('RELIABILITY_KILLS', 8);

const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

const sap = MockSap.create();
// The API instance only queues; separate worker processes, over RFC on HTTP, do the work.
const fixture = useQueuedService(
  {
    WRITE_WORKER_CONCURRENCY: '0',
    JOB_LOCK_DURATION_MS: '1000',
    JOB_STALLED_INTERVAL_MS: '300',
    JOB_MAX_STALLED_COUNT: '50',
    REDIS_LOCK_LEASE_MS: '1500',
  },
  { mockSap: sap },
);
let server: MockSapServer;
let workerEnv: Record<string, string>;
const workers = new Set<ChildProcess>();

beforeAll(async () => {
  // A killed worker never closes its RFC connections: the mock SAP ends them when idle.
  server = await startMockSapServer({ sap, idleTimeoutMs: 2_000 });
  workerEnv = {
    ...fixture.service.env,
    SAP_BACKEND: 'mock',
    MOCK_SAP_URL: server.url,
    WRITE_WORKER_CONCURRENCY: '4',
    REPLENISHMENT_SCAN_INTERVAL_SECONDS: '0',
    LOG_LEVEL: 'silent',
  };
});

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await server.close();
});

function startWorker(): ChildProcess {
  const worker = spawn(process.execPath, [cli, 'worker'], {
    env: { PATH: process.env.PATH ?? '', ...workerEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.add(worker);
  worker.once('exit', () => workers.delete(worker));
  return worker;
}

function killed(worker: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (worker.exitCode !== null || worker.signalCode !== null) resolve();
    else
      worker.once('exit', () => {
        resolve();
      });
  });
}

// A small deterministic generator, so a failing run can be repeated.
function pauses(seedValue: number): () => number {
  let state = seedValue;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return 300 + (state % 700);
  };
}

describe('the worker process killed with SIGKILL while jobs run', () => {
  it(`creates each of ${n} notifications exactly once across ${kills} kills`, async () => {
    const run = Date.now().toString(36);
    const references = Array.from({ length: n }, (_, index) => `KILL-${run}-${index}`);
    sap.faults.set({ latency: { ms: 15, jitterMs: 10 }, seed: 5 });
    const answers = await queueNotifications(fixture, references, {
      subject: 'Kill ticket',
      prefer: 'respond-async',
    });
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([202]));

    const started = Date.now();
    const nextPause = pauses(42);
    let createdAtKills: number[] = [];
    for (let kill = 0; kill < kills; kill += 1) {
      const worker = startWorker();
      await new Promise((resolve) => setTimeout(resolve, nextPause()));
      worker.kill('SIGKILL');
      await killed(worker);
      createdAtKills = [...createdAtKills, sap.callCount('BAPI_ALM_NOTIF_CREATE')];
    }
    const last = startWorker();
    const jobs = await settleJobs(
      fixture.http,
      answers.map((answer) => answer.body.id),
      120_000,
    );
    last.kill('SIGTERM');
    await killed(last);
    const lastExit = last.exitCode;
    sap.faults.clear();

    const outcome = tally(notificationsPerReference(sap, references), references);
    const figures = {
      n,
      kills,
      createsBeforeEachKill: createdAtKills,
      createCalls: sap.callCount('BAPI_ALM_NOTIF_CREATE'),
      failedJobs: jobs.filter((job) => job.state === 'failed').length,
      durationMs: Date.now() - started,
      ...outcome,
    };
    console.log(`reliability 3 (worker killed with SIGKILL): ${JSON.stringify(figures)}`);

    expect(createdAtKills.some((count) => count > 0 && count < n)).toBe(true);
    expect(lastExit).toBe(0);
    expect(figures.failedJobs).toBe(0);
    expect(outcome).toEqual({ once: n, missing: 0, duplicated: 0 });
  });
});
