import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';

// Port 1 on loopback: nothing listens there, so every connection is refused at once.
const unreachableRedis = 'redis://127.0.0.1:1';

let service: TestService;
let http: HttpClient;

beforeAll(async () => {
  service = await startTestService({ REDIS_URL: unreachableRedis, WRITE_QUEUE_NAME: 'unreached' });
  http = createHttpClient(service.baseUrl);
});

afterAll(async () => {
  await service.close();
});

const ticket = { type: 'problem', subject: 'Pump leaks oil', customerId: '100001' };

describe('Redis unavailable when writes arrive', () => {
  it('answers 503 QUEUE_UNAVAILABLE with Retry-After at once and sends nothing to SAP', async () => {
    const calls = service.sap.callCount();
    const started = Date.now();

    const answer = await http.post<Problem>('/v1/notifications', ticket);

    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe('QUEUE_UNAVAILABLE');
    expect(answer.headers.get('retry-after')).not.toBeNull();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(service.sap.callCount()).toBe(calls);
  });

  it('answers 503 for a write with an Idempotency-Key too', async () => {
    const answer = await http.post<Problem>('/v1/notifications', ticket, {
      headers: { 'Idempotency-Key': 'redis-down-1' },
    });

    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe('QUEUE_UNAVAILABLE');
  });

  it('still answers reads, which do not need Redis', async () => {
    const answer = await http.get('/v1/customers/100001');

    expect(answer.status).toBe(200);
  });

  it('reports Redis and the worker down in /readyz', async () => {
    const answer = await http.get<{ status: string; checks: Record<string, { status: string }> }>(
      '/readyz',
    );

    expect(answer.status).toBe(503);
    expect(answer.body.checks.sap?.status).toBe('up');
    expect(answer.body.checks.redis?.status).toBe('down');
    expect(answer.body.checks.worker?.status).toBe('down');
  });

  it('answers 503 on the job routes', async () => {
    const answer = await http.get<Problem>('/v1/jobs?state=failed');

    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe('QUEUE_UNAVAILABLE');
  });
});
