import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../src/domain/notification.ts';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
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

function validBody(): Record<string, unknown> {
  return { type: 'problem', subject: 'Pump leaks oil', customerId: seed.customer.id };
}

describe('POST /v1/notifications', () => {
  it('creates a notification and answers 201 with its Location', async () => {
    const body = {
      ...validBody(),
      description: 'Oil under the pump since Monday.\nSecond line.',
      priority: 'high',
      equipmentId: seed.equipment.id,
      reportedBy: 'J.SMITH',
      breakdown: true,
      requiredStart: '2026-12-03T08:00:00Z',
      requiredEnd: '2026-12-04T17:00:00+01:00',
    };

    const answer = await http.post<Notification>('/v1/notifications', body);

    expect(answer.status).toBe(201);
    expect(answer.headers.get('location')).toBe(`/v1/notifications/${answer.body.id}`);
    expect(answer.body).toMatchObject({
      type: 'problem',
      subject: 'Pump leaks oil',
      priority: 'high',
      status: 'open',
      customerId: seed.customer.id,
      equipmentId: seed.equipment.id,
      breakdown: true,
      items: [],
    });
    expect(answer.body.id).toMatch(/^[1-9]\d*$/);
  });

  it('creates a notification for a serial number with its material', async () => {
    const body = {
      ...validBody(),
      type: 'request',
      serialNumber: seed.equipment.serialNumber,
      materialId: seed.equipment.materialId,
    };

    const answer = await http.post<Notification>('/v1/notifications', body);

    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      type: 'request',
      serialNumber: seed.equipment.serialNumber,
      materialId: seed.equipment.materialId,
    });
  });

  it('answers 200 with the existing notification when the externalRef was used before', async () => {
    const body = { ...validBody(), externalRef: 'TICKET-4711' };
    const first = await http.post<Notification>('/v1/notifications', body);

    const again = await http.post<Notification>('/v1/notifications', {
      ...body,
      subject: 'Retried create',
    });

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
  });

  it('creates one notification when the same externalRef arrives twice at the same time', async () => {
    const body = { ...validBody(), externalRef: 'TICKET-RACE-1' };

    const answers = await Promise.all([
      http.post<Notification>('/v1/notifications', body),
      http.post<Notification>('/v1/notifications', body),
    ]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201]);
    expect(answers[0].body.id).toBe(answers[1].body.id);
    expect(service.sap.select('QMEL', (row) => row.BSTNK === 'TICKET-RACE-1')).toHaveLength(1);
  });

  it('answers 422 with SAP messages when SAP does not know the customer', async () => {
    const answer = await http.post<Problem>('/v1/notifications', {
      ...validBody(),
      customerId: '999999999',
    });

    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body.code).toBe('SAP_REFUSED');
    const first = answer.body.sap?.messages[0];
    expect(first?.type).toMatch(/^[EAX]$/);
    expect(first?.id).not.toBe('');
    expect(first?.number).toMatch(/^\d{3}$/);
    expect(answer.body.detail).toBe(first?.message);
  });

  it('answers 422 with SAP messages when SAP does not know the equipment', async () => {
    const answer = await http.post<Problem>('/v1/notifications', {
      ...validBody(),
      equipmentId: '999999999999999999',
    });

    expect(answer.status).toBe(422);
    expect(answer.body.sap?.messages.length).toBeGreaterThan(0);
  });
});

describe('POST /v1/notifications with invalid input', () => {
  const cases: [string, (body: Record<string, unknown>) => void, string][] = [
    ['type is missing', (body) => delete body.type, 'type'],
    ['type is not a known kind', (body) => (body.type = 'complaint'), 'type'],
    ['subject is missing', (body) => delete body.subject, 'subject'],
    ['subject is empty', (body) => (body.subject = ''), 'subject'],
    ['subject is longer than 40 characters', (body) => (body.subject = 'x'.repeat(41)), 'subject'],
    [
      'description is longer than 10 000 characters',
      (body) => (body.description = 'x'.repeat(10_001)),
      'description',
    ],
    ['priority is not a known priority', (body) => (body.priority = 'urgent'), 'priority'],
    ['customerId is missing', (body) => delete body.customerId, 'customerId'],
    [
      'customerId is longer than 10 characters',
      (body) => (body.customerId = '12345678901'),
      'customerId',
    ],
    [
      'equipmentId is longer than 18 characters',
      (body) => (body.equipmentId = '1'.repeat(19)),
      'equipmentId',
    ],
    [
      'serialNumber is longer than 18 characters',
      (body) => Object.assign(body, { serialNumber: 'S'.repeat(19), materialId: 'M-1' }),
      'serialNumber',
    ],
    ['serialNumber comes without materialId', (body) => (body.serialNumber = 'SN-1'), 'materialId'],
    [
      'materialId is longer than 18 characters',
      (body) => Object.assign(body, { serialNumber: 'SN-1', materialId: 'M'.repeat(19) }),
      'materialId',
    ],
    [
      'equipmentId comes together with serialNumber',
      (body) =>
        Object.assign(body, { equipmentId: '10000001', serialNumber: 'SN', materialId: 'M' }),
      'serialNumber',
    ],
    [
      'reportedBy is longer than 12 characters',
      (body) => (body.reportedBy = 'R'.repeat(13)),
      'reportedBy',
    ],
    ['externalRef is empty', (body) => (body.externalRef = ''), 'externalRef'],
    [
      'externalRef is longer than 20 characters',
      (body) => (body.externalRef = 'E'.repeat(21)),
      'externalRef',
    ],
    ['breakdown is not a boolean', (body) => (body.breakdown = 'yes'), 'breakdown'],
    [
      'requiredStart has no offset',
      (body) => (body.requiredStart = '2026-12-03T08:00:00'),
      'requiredStart',
    ],
    ['requiredEnd is only a date', (body) => (body.requiredEnd = '2026-12-03'), 'requiredEnd'],
    [
      'requiredEnd lies before requiredStart',
      (body) =>
        Object.assign(body, {
          requiredStart: '2026-12-03T10:00:00+01:00',
          requiredEnd: '2026-12-03T08:59:59Z',
        }),
      'requiredEnd',
    ],
    ['an unknown field is sent', (body) => (body.ticketSystem = 'jira'), 'ticketSystem'],
  ];

  it.each(cases)('answers 400 naming the field when %s', async (_title, change, path) => {
    const body = validBody();
    change(body);

    const answer = await http.post<Problem>('/v1/notifications', body);

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      type: 'urn:sap-cs-bridge:problem:validation-failed',
      status: 400,
      code: 'VALIDATION_FAILED',
      instance: '/v1/notifications',
    });
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual([path]);
  });

  it('answers 400 naming every bad field at once', async () => {
    const answer = await http.post<Problem>('/v1/notifications', {
      subject: 'x'.repeat(41),
      customerId: '',
      priority: 'urgent',
      color: 'red',
      size: 'xl',
    });

    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((issue) => issue.path).sort()).toEqual(
      ['color', 'customerId', 'priority', 'size', 'subject', 'type'].sort(),
    );
    for (const issue of answer.body.errors ?? []) {
      expect(Object.keys(issue).sort()).toEqual(['code', 'message', 'path']);
      expect(issue.message).not.toBe('');
    }
  });

  it('answers 400 MALFORMED_JSON when the body is not JSON', async () => {
    const answer = await http.post<Problem>('/v1/notifications', '{"type": "problem",', {
      headers: { 'content-type': 'application/json' },
    });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      type: 'urn:sap-cs-bridge:problem:malformed-json',
      code: 'MALFORMED_JSON',
      status: 400,
    });
  });

  it('answers 400 when the body is a JSON array', async () => {
    const answer = await http.post<Problem>('/v1/notifications', [validBody()]);

    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
  });

  it('answers 415 when the body is not sent as JSON', async () => {
    const answer = await http.post<Problem>('/v1/notifications', JSON.stringify(validBody()), {
      headers: { 'content-type': 'text/plain' },
    });

    expect(answer.status).toBe(415);
    expect(answer.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 413 when the body is larger than the limit', async () => {
    const answer = await http.post<Problem>('/v1/notifications', {
      ...validBody(),
      description: 'x'.repeat(1_100_000),
    });

    expect(answer.status).toBe(413);
    expect(answer.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sends nothing to SAP when the input is not valid', async () => {
    const callsBefore = service.sap.callCount();

    const answer = await http.post('/v1/notifications', {
      ...validBody(),
      subject: 'x'.repeat(41),
    });

    expect(answer.status).toBe(400);
    expect(service.sap.callCount()).toBe(callsBefore);
  });
});
