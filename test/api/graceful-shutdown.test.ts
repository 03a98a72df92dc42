import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobView } from '../../src/jobs/write-job.ts';
import { startQueuedService } from '../support/shared-redis.ts';
import type { QueuedTestService } from '../support/shared-redis.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import { eventually } from './job-polling.ts';

let worker: QueuedTestService;
let reader: TestService;

beforeAll(async () => {
  worker = await startQueuedService({ WRITE_WORKER_CONCURRENCY: '2', SHUTDOWN_TIMEOUT_MS: '5000' });
  // A second instance on the same queue that runs no jobs: it reads them after the first stops.
  reader = await startTestService(
    { ...worker.env, WRITE_WORKER_CONCURRENCY: '0' },
    { mockSap: worker.sap },
  );
});

afterAll(async () => {
  await reader.close();
  await worker.close();
});

describe('graceful shutdown on SIGTERM', () => {
  it('finishes the running jobs, leaves the waiting ones queued and stops accepting', async () => {
    const http = createHttpClient(worker.baseUrl);
    const jobs = createHttpClient(reader.baseUrl);
    worker.sap.faults.set({ latency: { ms: 600, functionModules: ['BAPI_ALM_NOTIF_CREATE'] } });
    const answers = await Promise.all(
      ['GS-1', 'GS-2', 'GS-3', 'GS-4'].map((externalRef) =>
        http.post<JobView>(
          '/v1/notifications',
          { type: 'problem', subject: 'Shutdown', customerId: '100001', externalRef },
          { headers: { Prefer: 'respond-async' } },
        ),
      ),
    );
    const ids = answers.map((answer) => answer.body.id);
    const states = async () =>
      Promise.all(ids.map(async (id) => (await jobs.get<JobView>(`/v1/jobs/${id}`)).body.state));
    const running = async () => (await states()).filter((state) => state === 'running').length;
    await eventually(async () => (await running()) === 2, 'two jobs running');

    const closing = Date.now();
    await worker.service.close();
    const closeMs = Date.now() - closing;
    const after = await states();

    expect(after.filter((state) => state === 'succeeded')).toHaveLength(2);
    expect(after.filter((state) => state === 'queued')).toHaveLength(2);
    expect(closeMs).toBeLessThan(5_000);
    await expect(fetch(`${worker.baseUrl}/healthz`)).rejects.toThrow();
    worker.sap.faults.clear();
  });
});
