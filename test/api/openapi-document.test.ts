import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';

type JsonObject = Record<string, unknown>;

interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}

interface Document {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

const ROUTES = [
  'post /v1/notifications',
  'get /v1/notifications',
  'get /v1/notifications/{id}',
  'patch /v1/notifications/{id}',
  'post /v1/notifications/{id}/start',
  'post /v1/notifications/{id}/postpone',
  'post /v1/notifications/{id}/complete',
  'post /v1/notifications/{id}/items',
  'post /v1/notifications/{id}/order',
  'post /v1/orders',
  'get /v1/orders',
  'get /v1/orders/{id}',
  'post /v1/orders/{id}/release',
  'post /v1/orders/{id}/confirmations',
  'post /v1/orders/{id}/complete',
  'post /v1/orders/{id}/close',
  'get /v1/parts',
  'get /v1/parts/{materialId}',
  'get /v1/parts/{materialId}/availability',
  'put /v1/parts/{materialId}/plants/{plant}/reorder-policy',
  'get /v1/purchase-requisitions',
  'get /v1/customers',
  'get /v1/customers/{id}',
  'get /v1/equipment',
  'get /v1/equipment/{id}',
  'post /v1/contracts',
  'get /v1/contracts',
  'get /v1/contracts/{id}',
  'post /v1/contracts/{id}/billing',
  'get /v1/orders/{id}/billing-preview',
  'post /v1/orders/{id}/billing',
  'get /v1/invoices',
  'get /v1/invoices/{id}',
  'post /v1/invoices/{id}/cancel',
  'get /v1/warranty-status/{serialNumber}',
  'get /v1/jobs',
  'get /v1/jobs/{id}',
  'post /v1/jobs/{id}/retry',
  'get /healthz',
  'get /readyz',
  'get /metrics',
  'get /openapi.json',
  'get /docs',
];

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

let service: TestService;
let document: Document;

beforeAll(async () => {
  service = await startTestService();
  const answer = await createHttpClient(service.baseUrl).get<Document>('/openapi.json');
  if (answer.status !== 200) throw new Error(`/openapi.json answered ${answer.status}`);
  document = answer.body;
});

afterAll(async () => {
  await service.close();
});

function operations(): [string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([method, operation]): [string, Operation] => [`${method} ${path}`, operation]),
  );
}

function collectRefs(node: unknown, refs: string[] = []): string[] {
  if (Array.isArray(node)) for (const entry of node) collectRefs(entry, refs);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as JsonObject)) {
      if (key === '$ref' && typeof value === 'string') refs.push(value);
      else collectRefs(value, refs);
    }
  }
  return refs;
}

function collectKeys(node: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const entry of node) collectKeys(entry, keys);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as JsonObject)) {
      keys.add(key);
      collectKeys(value, keys);
    }
  }
  return keys;
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document with title and version', () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info.title).toBe('sap-cs-bridge');
    expect(document.info.version).not.toBe('');
  });

  it('passes the OpenAPI 3.1 schema validation', async () => {
    const validator = new Validator();
    const result = await validator.validate(
      document as unknown as Parameters<Validator['validate']>[0],
    );

    expect(validator.version).toBe('3.1');
    expect(result).toEqual({ valid: true });
  });

  it('describes every route of the API and no other', () => {
    expect(
      operations()
        .map(([route]) => route)
        .sort(),
    ).toEqual([...ROUTES].sort());
  });

  it('documents Idempotency-Key, Prefer and the 202 with its job on every write', () => {
    const writes = operations().filter(
      ([route]) => /^(post|put|patch) \/v1\//.test(route) && !route.includes('/v1/jobs'),
    );
    expect(writes.length).toBeGreaterThan(15);
    for (const [route, operation] of writes) {
      const headers = (operation.parameters ?? []).filter((parameter) => parameter.in === 'header');
      expect(headers.map((header) => header.name).sort(), route).toEqual([
        'Idempotency-Key',
        'Prefer',
      ]);
      expect(collectRefs(operation.responses['202']), route).toEqual(['#/components/schemas/Job']);
    }
  });

  it('gives every operation responses with descriptions', () => {
    for (const [route, operation] of operations()) {
      const responses = Object.entries(operation.responses);
      expect(responses.length, route).toBeGreaterThan(0);
      for (const [status, response] of responses) {
        expect(status, route).toMatch(/^[1-5]\d\d$|^default$/);
        expect(response.description, `${route} ${status}`).not.toBe('');
      }
    }
  });

  it('declares every path template parameter as a required path parameter', () => {
    for (const [route, operation] of operations()) {
      const names = [...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const name of names) {
        const parameter = operation.parameters?.find((p) => p.name === name && p.in === 'path');
        expect(parameter?.required, `${route} {${name}}`).toBe(true);
      }
    }
  });

  it('resolves every $ref to a component', () => {
    const refs = collectRefs(document);

    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const [, , section, name] = ref.split('/');
      expect(ref).toMatch(/^#\/components\/\w+\/\w+$/);
      expect(document.components[section ?? '']?.[name ?? ''], ref).toBeDefined();
    }
  });

  it('uses the 3.1 schema dialect, not the 3.0 nullable keyword', () => {
    expect(collectKeys(document).has('nullable')).toBe(false);
  });

  it('documents request bodies as JSON and errors as problem+json', () => {
    for (const [route, operation] of operations()) {
      if (operation.requestBody) {
        expect(Object.keys(operation.requestBody.content), route).toEqual(['application/json']);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400 && route !== 'get /readyz') {
          expect(Object.keys(response.content ?? {}), `${route} ${status}`).toEqual([
            'application/problem+json',
          ]);
        }
      }
    }
  });

  it('documents the validation rules of a new notification', () => {
    const schema = document.components.schemas?.NewNotification as {
      properties: Record<string, { maxLength?: number; format?: string }>;
      required: string[];
      additionalProperties: boolean;
    };

    expect(schema.required.sort()).toEqual(['customerId', 'subject', 'type']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.subject?.maxLength).toBe(40);
    expect(schema.properties.requiredEnd?.format).toBe('date-time');
  });
});
