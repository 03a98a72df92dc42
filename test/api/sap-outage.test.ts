import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';

let service: TestService;
let http: HttpClient;

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
  await http.get('/v1/notifications/10000001');
});

afterAll(async () => {
  await service.close();
});

describe('while SAP is down', () => {
  it('answers reads with 503 and Retry-After', async () => {
    service.sap.setSystemDown(true);
    const answer = await http.get<Problem>('/v1/notifications/10000001');
    service.sap.setSystemDown(false);

    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('30');
    expect(answer.body).toMatchObject({ code: 'SAP_UNAVAILABLE', status: 503 });
  });

  it('answers a create with 503 and creates nothing once SAP is back', async () => {
    const before = service.sap.select('QMEL').length;
    service.sap.setSystemDown(true);
    const answer = await http.post<Problem>('/v1/notifications', {
      type: 'problem',
      subject: 'Pump loses pressure',
      customerId: '100001',
      externalRef: 'OUTAGE-1',
    });
    service.sap.setSystemDown(false);

    expect(answer.status).toBe(503);
    expect(service.sap.select('QMEL')).toHaveLength(before);
  });

  it('reports not ready on /readyz, and ready again after recovery', async () => {
    service.sap.setSystemDown(true);
    const down = await http.get<Record<string, unknown>>('/readyz');
    service.sap.setSystemDown(false);
    const up = await http.get<Record<string, unknown>>('/readyz');

    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'not-ready', checks: { sap: { status: 'down' } } });
    expect(up.status).toBe(200);
  });

  it('serves again after recovery on the same connection pool', async () => {
    service.sap.setSystemDown(true);
    await http.get('/v1/equipment/10000001');
    service.sap.setSystemDown(false);

    const answer = await http.get('/v1/equipment/10000001');
    expect(answer.status).toBe(200);
  });
});
