import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';

type JsonObject = Record<string, unknown>;

let service: TestService;
let http: HttpClient;

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
});

afterAll(async () => {
  await service.close();
});

describe('GET /healthz and /readyz', () => {
  it('says the process is up', async () => {
    const answer = await http.get('/healthz');

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: 'ok' });
  });

  it('says the service is ready when the mock SAP answers', async () => {
    const answer = await http.get<JsonObject>('/readyz');

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'ready',
      checks: { sap: { status: 'up', backend: 'mock' } },
    });
  });
});

describe('unknown routes', () => {
  it('answers 404 ROUTE_NOT_FOUND as a problem document', async () => {
    const answer = await http.get<Problem>('/v1/no-such-thing?x=1');

    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body).toEqual({
      type: 'urn:sap-cs-bridge:problem:route-not-found',
      title: expect.any(String) as unknown,
      status: 404,
      detail: 'No route answers GET /v1/no-such-thing.',
      instance: '/v1/no-such-thing',
      code: 'ROUTE_NOT_FOUND',
    });
  });

  it('answers 404 for a method a known path does not take', async () => {
    const answer = await http.request<Problem>('DELETE', '/v1/customers');

    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('X-Request-Id', () => {
  it('echoes the request id the caller sent', async () => {
    const answer = await http.get('/healthz', { headers: { 'X-Request-Id': 'crm-7f3a.42:1' } });

    expect(answer.headers.get('x-request-id')).toBe('crm-7f3a.42:1');
  });

  it('makes a UUID when the caller sends none', async () => {
    const answer = await http.get('/healthz');

    expect(answer.headers.get('x-request-id')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('replaces a request id that is not a sane token', async () => {
    const answer = await http.get('/healthz', {
      headers: { 'X-Request-Id': 'a b<script>' },
    });

    const id = answer.headers.get('x-request-id');
    expect(id).not.toBe('a b<script>');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives every problem answer the request id too', async () => {
    const answer = await http.get('/v1/nowhere', { headers: { 'X-Request-Id': 'trace-1' } });

    expect(answer.status).toBe(404);
    expect(answer.headers.get('x-request-id')).toBe('trace-1');
  });
});

describe('GET /docs', () => {
  it('serves Swagger UI as HTML pointing to /openapi.json', async () => {
    const page = await http.get('/docs');
    const init = await http.get('/docs/init.js');

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('<div id="swagger-ui"></div>');
    expect(init.text).toContain('"/openapi.json"');
  });

  it('serves every script and style the page loads from the local package', async () => {
    const page = await http.get('/docs');
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);

    expect(assets.length).toBeGreaterThanOrEqual(5);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/docs\//);
      const answer = await http.get(asset ?? '');
      expect(answer.status, asset).toBe(200);
      expect(answer.text.length, asset).toBeGreaterThan(0);
    }
  });

  it('serves none of the other files of the package, such as its demo page', async () => {
    const answer = await http.get<Problem>('/docs/assets/index.html');

    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('ROUTE_NOT_FOUND');
  });
});
