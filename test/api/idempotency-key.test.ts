import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Notification } from '../../src/domain/notification.ts';
import { startQueuedService } from '../support/shared-redis.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { lookUpSeedData } from './seed-lookup.ts';
import type { SeedData } from './seed-lookup.ts';

const modes = [
  { mode: 'inline, without Redis', start: () => startTestService() },
  { mode: 'queued, with Redis', start: () => startQueuedService() },
];

describe.each(modes)('Idempotency-Key ($mode)', ({ start }) => {
  let service: TestService;
  let http: HttpClient;
  let seed: SeedData;

  beforeAll(async () => {
    service = await start();
    http = createHttpClient(service.baseUrl);
    seed = await lookUpSeedData(http);
  });

  afterAll(async () => {
    await service.close();
  });

  const keyed = (key: string) => ({ headers: { 'Idempotency-Key': key } });
  const notificationCount = () => service.sap.select('QMEL').length;
  // No externalRef: only the key keeps these from being created twice.
  const body = (subject = 'Pump leaks oil') => ({
    type: 'problem',
    subject,
    customerId: seed.customer.id,
  });

  it('answers a repeated key with the first answer and creates nothing more', async () => {
    const key = randomUUID();
    const first = await http.post<Notification>('/v1/notifications', body(), keyed(key));
    const count = notificationCount();

    const again = await http.post<Notification>('/v1/notifications', body(), keyed(key));

    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(notificationCount()).toBe(count);
  });

  it('makes one notification for ten concurrent requests with one key', async () => {
    const key = randomUUID();
    const count = notificationCount();

    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        http.post<Notification>('/v1/notifications', body(), keyed(key)),
      ),
    );

    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(notificationCount()).toBe(count + 1);
  });

  it('answers 422 when the key comes again with another body', async () => {
    const key = randomUUID();
    await http.post('/v1/notifications', body('Pump leaks oil'), keyed(key));
    const count = notificationCount();

    const other = await http.post<Problem>('/v1/notifications', body('Fan is loud'), keyed(key));

    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(notificationCount()).toBe(count);
  });

  it('treats the same members in another order as the same body', async () => {
    const key = randomUUID();
    const { type, subject, customerId } = body();
    await http.post('/v1/notifications', { type, subject, customerId }, keyed(key));

    const again = await http.post('/v1/notifications', { customerId, subject, type }, keyed(key));

    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('replays a refusal SAP gave the first time', async () => {
    const key = randomUUID();
    const refused = { ...body(), customerId: '9999999' };
    const first = await http.post<Problem>('/v1/notifications', refused, keyed(key));

    const again = await http.post<Problem>('/v1/notifications', refused, keyed(key));

    expect(first.status).toBe(422);
    expect(again.status).toBe(422);
    expect(again.body.code).toBe(first.body.code);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('answers 400 naming the header for a key that is not visible ASCII', async () => {
    const count = notificationCount();

    const answer = await http.post<Problem>('/v1/notifications', body(), keyed('a b'));

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.path).toBe('headers.Idempotency-Key');
    expect(notificationCount()).toBe(count);
  });

  it('keeps keys apart by path: one key on another write is another request', async () => {
    const key = randomUUID();
    const created = await http.post<Notification>('/v1/notifications', body(), keyed(key));

    const start = await http.post<Problem>(
      `/v1/notifications/${created.body.id}/start`,
      undefined,
      keyed(key),
    );

    expect(start.status).toBe(422);
    expect(start.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('Idempotency-Key while SAP is down (inline)', () => {
  it('does not remember a failure a retry can mend: the same key succeeds later', async () => {
    const service = await startTestService();
    try {
      const http = createHttpClient(service.baseUrl);
      const seed = await lookUpSeedData(http);
      const key = { headers: { 'Idempotency-Key': randomUUID() } };
      const body = { type: 'problem', subject: 'Pump leaks oil', customerId: seed.customer.id };
      service.sap.setSystemDown(true);

      const during = await http.post<Problem>('/v1/notifications', body, key);
      service.sap.setSystemDown(false);
      const after = await http.post<Notification>('/v1/notifications', body, key);

      expect(during.status).toBe(503);
      expect(during.headers.get('retry-after')).not.toBeNull();
      expect(after.status).toBe(201);
      expect(after.headers.get('idempotent-replayed')).toBeNull();
    } finally {
      await service.close();
    }
  });
});
