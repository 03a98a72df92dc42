import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../src/domain/notification.ts';
import type { JobView } from '../../src/jobs/write-job.ts';
import { startQueuedService } from '../support/shared-redis.ts';
import type { QueuedTestService } from '../support/shared-redis.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { pollJob } from './job-polling.ts';

let service: QueuedTestService;
let http: HttpClient;

beforeAll(async () => {
  // Three attempts and no circuit breaker: an outage longer than the retries fails the job.
  service = await startQueuedService({ WRITE_ATTEMPTS: '3', SAP_BREAKER_FAILURES: '0' });
  http = createHttpClient(service.baseUrl);
});

afterAll(async () => {
  service.sap.setSystemDown(false);
  await service.close();
});

describe('a job that runs out of attempts', () => {
  it('ends failed with its reason, and runs once more on retry with its key answered anew', async () => {
    const key = { 'Idempotency-Key': `dead-letter-${Date.now()}` };
    const body = { type: 'problem', subject: 'Outage', customerId: '100001', externalRef: 'DLQ-1' };
    service.sap.setSystemDown(true);

    const accepted = await http.post<JobView>('/v1/notifications', body, {
      headers: { ...key, Prefer: 'respond-async' },
    });
    const failed = await pollJob(http, accepted.body.id, ['failed']);
    const replayWhileFailed = await http.post('/v1/notifications', body, { headers: key });
    const deadLetters = await http.get<{ items: JobView[] }>('/v1/jobs?state=failed');

    expect(failed.attempts).toBe(3);
    expect(failed.error).toMatchObject({ status: 503, code: 'SAP_UNAVAILABLE' });
    expect(replayWhileFailed.status).toBe(503);
    expect(deadLetters.body.items.map((job) => job.id)).toContain(failed.id);

    service.sap.setSystemDown(false);
    const retried = await http.post<JobView>(`/v1/jobs/${failed.id}/retry`);
    const done = await pollJob(http, failed.id, ['succeeded']);
    const replay = await http.post<Notification>('/v1/notifications', body, { headers: key });
    const listed = await http.get<{ items: Notification[] }>('/v1/notifications?externalRef=DLQ-1');

    expect(retried.status).toBe(202);
    expect(done.result?.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(listed.body.items).toHaveLength(1);
    expect(replay.body.id).toBe(listed.body.items[0]?.id);
  });
});
