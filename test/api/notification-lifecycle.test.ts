import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Notification } from '../../src/domain/notification.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { lookUpSeedData } from './seed-lookup.ts';
import type { SeedData } from './seed-lookup.ts';

let service: TestService;
let http: HttpClient;
let seed: SeedData;

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  seed = await lookUpSeedData(http);
});

afterAll(async () => {
  await service.close();
});

async function createNotification(fields: Record<string, unknown> = {}): Promise<Notification> {
  const answer = await http.post<Notification>('/v1/notifications', {
    type: 'problem',
    subject: 'Display flickers',
    customerId: seed.customer.id,
    equipmentId: seed.equipment.id,
    ...fields,
  });
  if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${answer.text}`);
  return answer.body;
}

describe('GET /v1/notifications/{id}', () => {
  it('reads a notification as it was created', async () => {
    const created = await createNotification({ priority: 'low', reportedBy: 'A.MEIER' });

    const answer = await http.get<Notification>(`/v1/notifications/${created.id}`);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(created);
  });

  it('answers 404 when SAP does not know the notification', async () => {
    const answer = await http.get<Problem>('/v1/notifications/99999999');

    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({
      type: 'urn:sap-cs-bridge:problem:not-found',
      code: 'NOT_FOUND',
      status: 404,
      instance: '/v1/notifications/99999999',
    });
  });
});

describe('PATCH /v1/notifications/{id}', () => {
  it('changes the given fields and keeps the others', async () => {
    const created = await createNotification({ priority: 'low', description: 'First text.' });

    const answer = await http.patch<Notification>(`/v1/notifications/${created.id}`, {
      subject: 'Display stays black',
      priority: 'very-high',
      requiredStart: '2026-12-05T08:00:00Z',
      requiredEnd: '2026-12-06T08:00:00Z',
    });

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      id: created.id,
      subject: 'Display stays black',
      priority: 'very-high',
      description: 'First text.',
      equipmentId: seed.equipment.id,
    });
    expect(Date.parse(answer.body.requiredStart ?? '')).toBe(Date.parse('2026-12-05T08:00:00Z'));
    const reread = await http.get<Notification>(`/v1/notifications/${created.id}`);
    expect(reread.body).toEqual(answer.body);
  });

  it('clears the required dates when they are sent as null', async () => {
    const created = await createNotification({
      requiredStart: '2026-12-05T08:00:00Z',
      requiredEnd: '2026-12-06T08:00:00Z',
    });

    const answer = await http.patch<Notification>(`/v1/notifications/${created.id}`, {
      requiredStart: null,
      requiredEnd: null,
    });

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ requiredStart: null, requiredEnd: null });
  });

  it.each([
    ['the body is empty', {}, ''],
    ['subject is longer than 40 characters', { subject: 'x'.repeat(41) }, 'subject'],
    ['priority is not a known priority', { priority: 'urgent' }, 'priority'],
    ['reportedBy is longer than 12 characters', { reportedBy: 'R'.repeat(13) }, 'reportedBy'],
    ['requiredStart is not a date-time', { requiredStart: 'tomorrow' }, 'requiredStart'],
    [
      'requiredEnd lies before requiredStart',
      { requiredStart: '2026-12-06T08:00:00Z', requiredEnd: '2026-12-05T08:00:00Z' },
      'requiredEnd',
    ],
    ['a field that cannot be changed is sent', { customerId: '1' }, 'customerId'],
  ])('answers 400 naming the field when %s', async (_title, body, path) => {
    const created = await createNotification();

    const answer = await http.patch<Problem>(`/v1/notifications/${created.id}`, body);

    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual([path]);
  });

  it('answers 409 with SAP message while another SAP user holds the notification', async () => {
    const created = await createNotification();
    const dispatcher = service.sap.openSession('DISPATCHER', 'EN');
    service.sap.invoke(dispatcher, 'BAPI_ALM_NOTIF_PUTINPROGRESS', {
      NUMBER: created.id.padStart(12, '0'),
    });

    const answer = await http.patch<Problem>(`/v1/notifications/${created.id}`, { subject: 'New' });
    service.sap.closeSession(dispatcher);

    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('SAP_OBJECT_LOCKED');
    expect(answer.body.sap?.messages[0]?.message).toContain('DISPATCHER');
    const reread = await http.get<Notification>(`/v1/notifications/${created.id}`);
    expect(reread.body.subject).toBe(created.subject);
  });

  it('answers 404 when SAP does not know the notification', async () => {
    const answer = await http.patch<Problem>('/v1/notifications/99999999', { subject: 'New' });

    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NOT_FOUND');
  });
});

describe('POST /v1/notifications/{id}/start, /postpone, /complete', () => {
  it('moves a notification from open to in-progress to completed', async () => {
    const created = await createNotification();

    const started = await http.post<Notification>(`/v1/notifications/${created.id}/start`);
    const completed = await http.post<Notification>(`/v1/notifications/${created.id}/complete`);

    expect(started.status).toBe(200);
    expect(started.body.status).toBe('in-progress');
    expect(completed.status).toBe(200);
    expect(completed.body.status).toBe('completed');
    expect(completed.body.completedAt).not.toBeNull();
  });

  it('postpones an open notification', async () => {
    const created = await createNotification();

    const answer = await http.post<Notification>(`/v1/notifications/${created.id}/postpone`);

    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('postponed');
  });

  it('answers 409 with SAP message when the notification is already completed', async () => {
    const created = await createNotification();
    await http.post(`/v1/notifications/${created.id}/complete`);

    const answer = await http.post<Problem>(`/v1/notifications/${created.id}/start`);

    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ status: 409, code: 'SAP_STATUS_CONFLICT' });
    const first = answer.body.sap?.messages[0];
    expect(first?.type).toMatch(/^[EAX]$/);
    expect(first?.number).toMatch(/^\d{3}$/);
    expect(answer.body.detail).toBe(first?.message);
    const reread = await http.get<Notification>(`/v1/notifications/${created.id}`);
    expect(reread.body.status).toBe('completed');
  });

  it('answers 404 when SAP does not know the notification', async () => {
    const answer = await http.post<Problem>('/v1/notifications/99999999/start');

    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NOT_FOUND');
  });
});

describe('POST /v1/notifications/{id}/items', () => {
  it('records a defect with its catalogue code and answers 201 with the notification', async () => {
    const [catalogued] = service.sap.select('QPCD', (row) => row.KATALOGART === 'C');
    const codeGroup = catalogued?.CODEGRUPPE ?? '';
    const code = catalogued?.CODE ?? '';
    const created = await createNotification();

    const answer = await http.post<Notification>(`/v1/notifications/${created.id}/items`, {
      description: 'Seal worn out',
      codeGroup,
      code,
    });

    expect(answer.status).toBe(201);
    expect(answer.body.id).toBe(created.id);
    expect(answer.body.items).toEqual([
      {
        id: expect.stringMatching(/^\d+$/) as unknown,
        description: 'Seal worn out',
        codeGroup,
        code,
      },
    ]);
  });

  it('answers 422 with SAP message when the code is not in the catalogue', async () => {
    const created = await createNotification();

    const answer = await http.post<Problem>(`/v1/notifications/${created.id}/items`, {
      description: 'Seal worn out',
      codeGroup: 'NOSUCH',
      code: '9999',
    });

    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('SAP_REFUSED');
    expect(answer.body.sap?.messages.length).toBeGreaterThan(0);
  });

  it('records a defect without a code', async () => {
    const created = await createNotification();

    const answer = await http.post<Notification>(`/v1/notifications/${created.id}/items`, {
      description: 'Noise at start',
    });

    expect(answer.status).toBe(201);
    expect(answer.body.items).toMatchObject([
      { description: 'Noise at start', codeGroup: null, code: null },
    ]);
  });

  it.each([
    ['description is missing', { codeGroup: 'CS-DEF', code: '0010' }, 'description'],
    ['description is longer than 40 characters', { description: 'd'.repeat(41) }, 'description'],
    [
      'codeGroup is longer than 8 characters',
      { description: 'd', codeGroup: 'G'.repeat(9), code: '1' },
      'codeGroup',
    ],
    [
      'code is longer than 4 characters',
      { description: 'd', codeGroup: 'G', code: '12345' },
      'code',
    ],
    ['codeGroup comes without code', { description: 'd', codeGroup: 'CS-DEF' }, 'code'],
    ['code comes without codeGroup', { description: 'd', code: '0010' }, 'codeGroup'],
    ['an unknown field is sent', { description: 'd', quantity: 2 }, 'quantity'],
  ])('answers 400 naming the field when %s', async (_title, body, path) => {
    const created = await createNotification();

    const answer = await http.post<Problem>(`/v1/notifications/${created.id}/items`, body);

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual([path]);
  });
});
