import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Readiness } from '../../src/api/schemas/operations-schemas.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { eventually } from './job-polling.ts';

let service: TestService;
let http: HttpClient;

beforeAll(async () => {
  service = await startTestService({ SAP_BREAKER_FAILURES: '3', SAP_BREAKER_OPEN_MS: '1500' });
  http = createHttpClient(service.baseUrl);
});

afterAll(async () => {
  await service.close();
});

const readCustomer = () => http.get<Problem>('/v1/customers/100001');

describe('the circuit breaker in front of SAP', () => {
  it('opens after unanswered calls, refuses at once, and closes after a probe succeeds', async () => {
    service.sap.setSystemDown(true);
    for (let i = 0; i < 3; i += 1) {
      const answer = await readCustomer();
      expect(answer.body.detail).not.toContain('circuit open');
    }

    const refused = await readCustomer();
    const readiness = await http.get<Readiness>('/readyz');
    const metrics = await http.get('/metrics');

    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('SAP_UNAVAILABLE');
    expect(refused.body.detail).toContain('circuit open');
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(2);
    expect(readiness.body.checks.sap.circuit).toBe('open');
    expect(metrics.text).toMatch(/^cs_bridge_sap_circuit_state 2$/m);

    service.sap.setSystemDown(false);
    const stillOpen = await readCustomer();
    expect(stillOpen.status).toBe(503);
    await eventually(async () => (await readCustomer()).status === 200, 'the probe closes it');
    const closed = await http.get<Readiness>('/readyz');
    expect(closed.body.checks.sap.circuit).toBe('closed');
  });

  it('does not open for business refusals: SAP answered them', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await http.get<Problem>('/v1/customers/9999999')).status).toBe(404);
    }

    expect((await readCustomer()).status).toBe(200);
  });
});
