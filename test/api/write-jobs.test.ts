import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Notification } from '../../src/domain/notification.ts';
import type { JobView } from '../../src/jobs/write-job.ts';
import { startQueuedService } from '../support/shared-redis.ts';
import type { QueuedTestService } from '../support/shared-redis.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { pollJob } from './job-polling.ts';
import { lookUpSeedData } from './seed-lookup.ts';
import type { SeedData } from './seed-lookup.ts';

let service: QueuedTestService;
let http: HttpClient;
let seed: SeedData;

beforeAll(async () => {
  service = await startQueuedService({ WRITE_WAIT_MS: '2000' });
  http = createHttpClient(service.baseUrl);
  seed = await lookUpSeedData(http);
});

afterAll(async () => {
  await service.close();
});

afterEach(() => {
  service.sap.setSystemDown(false);
});

const respondAsync = { headers: { Prefer: 'respond-async' } };

function ticket(externalRef = `CRM-${randomUUID().slice(0, 8)}`) {
  return { type: 'problem', subject: 'Pump leaks oil', customerId: seed.customer.id, externalRef };
}

describe('writes as jobs', () => {
  it('answers 201 as usual when the job finishes within the wait', async () => {
    const answer = await http.post<Notification>('/v1/notifications', ticket());

    expect(answer.status).toBe(201);
    expect(answer.headers.get('location')).toBe(`/v1/notifications/${answer.body.id}`);
    expect(answer.body.status).toBe('open');
  });

  it('answers 202 with the job at once for Prefer: respond-async, and the job its result', async () => {
    const answer = await http.post<JobView>('/v1/notifications', ticket(), respondAsync);

    expect(answer.status).toBe(202);
    expect(answer.headers.get('preference-applied')).toBe('respond-async');
    expect(answer.headers.get('location')).toBe(`/v1/jobs/${answer.body.id}`);
    expect(answer.body.operation).toBe('notifications.create');
    const job = await pollJob(http, answer.body.id, ['succeeded']);
    expect(job.result?.status).toBe(201);
    const created = job.result?.body as Notification;
    expect(job.result?.location).toBe(`/v1/notifications/${created.id}`);
    expect(job.attempts).toBe(1);
    expect(job.error).toBeNull();
  });

  it('answers 202 after the wait while SAP is down, and creates once SAP is back', async () => {
    const body = ticket();
    service.sap.setSystemDown(true);

    const answer = await http.post<JobView>('/v1/notifications', body, {
      headers: { Prefer: 'wait=1' },
    });
    expect(answer.status).toBe(202);
    const waiting = await pollJob(http, answer.body.id, ['queued']);
    expect(waiting.state).toBe('queued');

    service.sap.setSystemDown(false);
    const job = await pollJob(http, answer.body.id, ['succeeded'], 15_000);
    const created = job.result?.body as Notification;
    expect(created.externalRef).toBe(body.externalRef);
    const list = await http.get<{ items: Notification[] }>(
      `/v1/notifications?externalRef=${body.externalRef}`,
    );
    expect(list.body.items.map((item) => item.id)).toEqual([created.id]);
  });

  it('fails a business refusal at once with its problem, and lists it among failed jobs', async () => {
    const body = { ...ticket(), customerId: '9999999' };

    const answer = await http.post<JobView>('/v1/notifications', body, respondAsync);
    const job = await pollJob(http, answer.body.id, ['failed']);

    expect(job.attempts).toBe(1);
    expect(job.error?.status).toBe(422);
    expect(job.error?.code).toBeTypeOf('string');
    const failed = await http.get<{ items: JobView[] }>('/v1/jobs?state=failed');
    expect(failed.body.items.map((item) => item.id)).toContain(job.id);
  });

  it('answers the refusal itself when the job fails within the wait', async () => {
    const answer = await http.post<Problem>('/v1/notifications', {
      ...ticket(),
      customerId: '9999999',
    });

    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('runs a failed job again on POST /v1/jobs/{id}/retry', async () => {
    const answer = await http.post<JobView>(
      '/v1/notifications',
      { ...ticket(), customerId: '9999999' },
      respondAsync,
    );
    await pollJob(http, answer.body.id, ['failed']);

    const retried = await http.post<JobView>(`/v1/jobs/${answer.body.id}/retry`);

    expect(retried.status).toBe(202);
    expect(retried.headers.get('location')).toBe(`/v1/jobs/${answer.body.id}`);
    const again = await pollJob(http, answer.body.id, ['failed']);
    expect(again.attempts).toBe(1);
  });

  it('answers 409 to a retry of a job that has not failed, and 404 for an unknown job', async () => {
    const answer = await http.post<JobView>('/v1/notifications', ticket(), respondAsync);
    await pollJob(http, answer.body.id, ['succeeded']);

    const retried = await http.post<Problem>(`/v1/jobs/${answer.body.id}/retry`);
    const unknown = await http.get<Problem>('/v1/jobs/no-such-job');

    expect(retried.status).toBe(409);
    expect(retried.body.code).toBe('JOB_NOT_FAILED');
    expect(unknown.status).toBe(404);
  });

  it('queues no job for a request that is not valid', async () => {
    const before = await service.service.writes?.queue.counts();

    const answer = await http.post<Problem>('/v1/notifications', { subject: 7 }, respondAsync);

    expect(answer.status).toBe(400);
    expect(await service.service.writes?.queue.counts()).toEqual(before);
  });

  it('answers 400 naming the state for GET /v1/jobs?state=lost', async () => {
    const answer = await http.get<Problem>('/v1/jobs?state=lost');

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.path).toBe('state');
  });

  it('counts job attempts by operation and outcome in /metrics', async () => {
    await http.post('/v1/notifications', ticket());

    const metrics = await http.get('/metrics');

    expect(metrics.text).toMatch(
      /^cs_bridge_write_job_attempts_total\{operation="notifications.create",outcome="succeeded"\} [1-9]/m,
    );
  });

  it('reports Redis and the worker in /readyz', async () => {
    const answer = await http.get<{ checks: Record<string, { status: string }> }>('/readyz');

    expect(answer.status).toBe(200);
    expect(answer.body.checks.redis?.status).toBe('up');
    expect(answer.body.checks.worker?.status).toBe('up');
  });
});
