import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Notification } from '../../src/domain/notification.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { lookUpSeedData } from './seed-lookup.ts';
import type { SeedData } from './seed-lookup.ts';

type NotificationList = { items: Notification[] };

let service: TestService;
let http: HttpClient;
let seed: SeedData;
const mine: Notification[] = [];

// Five notifications of the seed customer: two on the equipment, one of them started.
beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  seed = await lookUpSeedData(http);

  for (let n = 1; n <= 5; n++) {
    const answer = await http.post<Notification>('/v1/notifications', {
      type: 'problem',
      subject: `List test ${n}`,
      customerId: seed.customer.id,
      externalRef: `LIST-${n}`,
      ...(n <= 2 ? { equipmentId: seed.equipment.id } : {}),
    });
    if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${answer.text}`);
    mine.push(answer.body);
  }
  await http.post(`/v1/notifications/${mine[0]?.id ?? ''}/start`);
});

afterAll(async () => {
  await service.close();
});

function ids(list: NotificationList): string[] {
  return list.items.map((notification) => notification.id);
}

describe('GET /v1/notifications', () => {
  it('lists notifications in an items envelope, newest first', async () => {
    const answer = await http.get<NotificationList>(
      `/v1/notifications?customerId=${seed.customer.id}`,
    );

    expect(answer.status).toBe(200);
    const found = ids(answer.body).filter((id) => mine.some((n) => n.id === id));
    expect(found).toEqual(mine.map((n) => n.id).reverse());
  });

  it('filters by customer', async () => {
    const answer = await http.get<NotificationList>(
      `/v1/notifications?customerId=${seed.customer.id}`,
    );

    expect(answer.body.items.length).toBeGreaterThanOrEqual(5);
    expect(answer.body.items.every((n) => n.customerId === seed.customer.id)).toBe(true);
  });

  it('filters by equipment', async () => {
    const answer = await http.get<NotificationList>(
      `/v1/notifications?equipmentId=${seed.equipment.id}`,
    );

    expect(ids(answer.body)).toEqual(expect.arrayContaining([mine[0]?.id, mine[1]?.id]));
    expect(answer.body.items.every((n) => n.equipmentId === seed.equipment.id)).toBe(true);
  });

  it('filters by status', async () => {
    const answer = await http.get<NotificationList>(
      `/v1/notifications?customerId=${seed.customer.id}&status=in-progress`,
    );

    expect(ids(answer.body)).toContain(mine[0]?.id);
    expect(answer.body.items.every((n) => n.status === 'in-progress')).toBe(true);
  });

  it('finds the notification by its externalRef', async () => {
    const answer = await http.get<NotificationList>('/v1/notifications?externalRef=LIST-3');

    expect(ids(answer.body)).toEqual([mine[2]?.id]);
  });

  it('answers an empty list when nothing matches', async () => {
    const answer = await http.get<NotificationList>('/v1/notifications?externalRef=NO-SUCH-REF');

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ items: [] });
  });

  it('pages with limit and offset', async () => {
    const path = `/v1/notifications?customerId=${seed.customer.id}`;
    const all = await http.get<NotificationList>(`${path}&limit=500`);

    const first = await http.get<NotificationList>(`${path}&limit=2`);
    const second = await http.get<NotificationList>(`${path}&limit=2&offset=2`);

    expect(ids(first.body)).toEqual(ids(all.body).slice(0, 2));
    expect(ids(second.body)).toEqual(ids(all.body).slice(2, 4));
  });

  it.each([
    ['limit is 0', 'limit=0', 'limit'],
    ['limit is above 500', 'limit=501', 'limit'],
    ['limit is not a whole number', 'limit=2.5', 'limit'],
    ['offset is negative', 'offset=-1', 'offset'],
    ['offset is not a number', 'offset=abc', 'offset'],
    ['status is not a known status', 'status=closed', 'status'],
    ['customerId is empty', 'customerId=', 'customerId'],
    ['an unknown parameter is sent', 'color=red', 'color'],
  ])('answers 400 naming the parameter when %s', async (_title, query, path) => {
    const answer = await http.get<Problem>(`/v1/notifications?${query}`);

    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual([path]);
  });
});
