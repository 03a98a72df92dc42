import type { z } from 'zod';
import { ContractBillingRequestSchema } from '../../src/api/schemas/billing-schemas.ts';
import { NewContractSchema } from '../../src/api/schemas/contract-schemas.ts';
import {
  NewNotificationItemSchema,
  NewNotificationSchema,
  NotificationChangeSchema,
} from '../../src/api/schemas/notification-schemas.ts';
import {
  CompleteOrderSchema,
  NewConfirmationSchema,
  NewOrderForNotificationSchema,
  NewOrderSchema,
} from '../../src/api/schemas/order-schemas.ts';
import { ReorderPolicySchema } from '../../src/api/schemas/part-schemas.ts';

/** What the API must answer to one hostile request. */
export interface HostileExpectation {
  /** The statuses that are right; anything else is a finding. */
  statuses: readonly number[];
  /** The problem `code`, where only one is right. */
  code?: string;
  /** Fields the problem's `errors` must name (a dotted path, or the start of one). */
  fields: readonly string[];
}

/** One malformed or hostile request to a write endpoint, and how the API must answer it. */
export interface HostileRequest {
  endpoint: string;
  kind: HostileKind;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  expect: HostileExpectation;
  /** The body as the endpoint's schema sees it, and whether the schema must accept it. */
  schemaCheck?: { schema: z.ZodType; value: unknown; accepted: boolean };
}

/** The families of hostile requests the corpus mixes, with their share. */
export const KIND_WEIGHTS = {
  'bad-field': 30,
  'malformed-json': 12,
  'deep-nesting': 5,
  'not-an-object': 4,
  'huge-body': 6,
  'wrong-content-type': 10,
  'bad-content-encoding': 5,
  'bad-path-id': 8,
  'bad-idempotency-key': 10,
  'bad-prefer': 6,
  'wrong-method': 4,
};

/** A family of hostile requests. */
export type HostileKind = keyof typeof KIND_WEIGHTS;

/** The body limit of the service (express notation '1mb'), in bytes. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** The seed the corpus is made with when the caller gives none. */
export const DEFAULT_HOSTILE_SEED = 0x5a9c5;

/** A deterministic pseudo-random source: one seed always makes the same corpus. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** One of the items. */
  pick<T>(items: readonly T[]): T;
}

/** Makes the pseudo-random source (mulberry32) for a seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick needs at least one item');
    return items[int(items.length)] as T;
  };
  return { next, int, pick };
}

/** Makes `count` hostile requests, spread round-robin over every write endpoint. */
export function generateHostileRequests(
  count: number,
  seed = DEFAULT_HOSTILE_SEED,
): HostileRequest[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const endpoint = WRITE_ENDPOINTS[index % WRITE_ENDPOINTS.length] as WriteEndpoint;
    return makeRequest(endpoint, pickKind(endpoint, random), random);
  });
}

// ---------------------------------------------------------------------------------------------
// The write endpoints: every route that runs through `writes.route(...)`.

type Body = Record<string, unknown>;

/** A change that makes a valid body break its schema, and the field the 400 must name. */
interface Violation {
  /** The dotted path the answer must name; '' for a problem of the body as a whole. */
  field: string;
  /** A breach of an object's rule (refine): zod checks it only when the shape is right. */
  alone?: boolean;
  apply(body: Body, random: Random): void;
}

interface WriteEndpoint {
  method: 'POST' | 'PATCH' | 'PUT';
  template: string;
  /** Good values of the path's parameters (ids SAP may or may not know). */
  params: Record<string, readonly string[]>;
  /** The body the route parses; routes without one ignore any body they get. */
  body?: { schema: z.ZodType; valid(): Body; violations: readonly Violation[] };
  /** Raw path segments the route's own parameter schema refuses, per parameter. */
  checkedParams?: Record<string, readonly string[]>;
}

/** Values that look like attacks on SQL, OData, RFC_READ_TABLE, HTML or the file system. */
export const INJECTIONS = [
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  "$filter=CustomerId eq '1' or 1 eq 1",
  '../../etc/passwd',
  '\u0000',
  "' OR MANDT <> '",
  "QMNUM LIKE '%' OR BUKRS <> '",
  '${jndi:ldap://127.0.0.1/x}',
  '; DROP TABLE QMEL; --',
];

const NOT_STRING = [7, 0, true, ['x'], { value: 'x' }, null];
const NOT_DECIMAL = [true, null, [], { amount: 1 }, '1,5', '1e3', '-1', 'NaN', '', ...INJECTIONS];
const NOT_BOOLEAN = ['true', 'X', 1, 0, null, []];
const NOT_ARRAY = ['x', 3, { 0: 'x' }, null];

function rule(field: string, apply: (body: Body) => void): Violation {
  return { field, apply };
}

// A breach of an object's refine rule; zod reports it only when nothing else is wrong.
function refinement(field: string, apply: (body: Body) => void): Violation {
  return { field, alone: true, apply };
}

function set(field: string, ...values: unknown[]): Violation {
  return {
    field,
    apply: (body, random) => {
      setPath(body, field, random.pick(values));
    },
  };
}

function drop(...fields: string[]): Violation[] {
  return fields.map((field) =>
    rule(field, (body) => {
      deletePath(body, field);
    }),
  );
}

// A string field: a wrong type, empty, or an injection padded past the field's length.
function text(field: string, max: number): Violation[] {
  const tooLong = {
    field,
    apply: (body: Body, random: Random) => {
      setPath(body, field, random.pick(INJECTIONS).padEnd(max + 1 + random.int(8), '#'));
    },
  };
  return [set(field, '', ...NOT_STRING), tooLong];
}

function unknown(parent: string, ...keys: string[]): Violation[] {
  return keys.map((key) => {
    const field = parent === '' ? key : `${parent}.${key}`;
    // An own member even for `__proto__`, as JSON.parse makes it.
    return rule(field, (body) => {
      const target = parent === '' ? body : getPath(body, parent);
      Object.defineProperty(target, key, { value: 'x', enumerable: true, writable: true });
    });
  });
}

const operation = () => ({
  description: 'Replace seal',
  workCenter: 'SRV-MECH',
  plannedHours: '2',
});
const material = () => ({ materialId: 'ESP-3000', quantity: '1', plant: '1000' });
const ids = { id: ['10000001', '10000042', '4000001'] };

const NOTIFICATION_FIELDS = [
  ...text('subject', 40),
  ...text('reportedBy', 12),
  set('description', ...NOT_STRING, 'x'.repeat(10_001)),
  set('priority', '1', 'URGENT', ...INJECTIONS, ...NOT_STRING),
  set('requiredStart', '2026-12-03', 'now', '2026-12-03T25:00:00Z', 1767225600, ...INJECTIONS),
  refinement('requiredEnd', (body) =>
    Object.assign(body, {
      requiredStart: '2026-12-03T10:00:00Z',
      requiredEnd: '2026-12-02T10:00:00Z',
    }),
  ),
];

const ORDER_CONTENT_FIELDS = [
  ...drop(
    'type',
    'description',
    'operations',
    'operations.0.workCenter',
    'operations.0.plannedHours',
  ),
  set('type', 'SM01', 'PM01', ...INJECTIONS, ...NOT_STRING),
  set('priority', '1', ...INJECTIONS),
  ...text('description', 40),
  set('operations', [], ...NOT_ARRAY),
  set('operations.0.plannedHours', ...NOT_DECIMAL, '2.55', '1234567'),
  ...text('operations.0.workCenter', 8),
  ...text('operations.0.activityType', 6),
  ...unknown('operations.0', 'ARBPL', 'VORNR'),
];

const MATERIAL_FIELDS = (list: string) => [
  ...drop(`${list}.0.materialId`, `${list}.0.quantity`, `${list}.0.plant`),
  set(list, ...NOT_ARRAY),
  set(`${list}.0.quantity`, ...NOT_DECIMAL, '0', '0.0001'),
  ...text(`${list}.0.materialId`, 18),
  ...text(`${list}.0.storageLocation`, 4),
  ...unknown(`${list}.0`, 'BWART', 'RSNUM'),
];

const WRITE_ENDPOINTS: readonly WriteEndpoint[] = [
  {
    method: 'POST',
    template: '/v1/notifications',
    params: {},
    body: {
      schema: NewNotificationSchema,
      valid: () => ({
        type: 'problem',
        subject: 'Pump leaks',
        customerId: '100002',
        externalRef: 'H3-1',
      }),
      violations: [
        ...drop('type', 'subject', 'customerId'),
        set('type', 'M1', 'PROBLEM', ...INJECTIONS, ...NOT_STRING),
        ...text('customerId', 10),
        ...text('externalRef', 20),
        ...text('equipmentId', 18),
        set('breakdown', ...NOT_BOOLEAN),
        ...NOTIFICATION_FIELDS,
        ...unknown('', 'MANDT', 'QMNUM', 'status', '$filter', '__proto__', "x' OR 1=1 --"),
        refinement('materialId', (body) => (body.serialNumber = 'SN-1001')),
        refinement('serialNumber', (body) =>
          Object.assign(body, { serialNumber: 'SN-1', materialId: 'M-1', equipmentId: '1' }),
        ),
      ],
    },
  },
  {
    method: 'PATCH',
    template: '/v1/notifications/{id}',
    params: ids,
    body: {
      schema: NotificationChangeSchema,
      valid: () => ({ subject: 'Pump still leaks', priority: 'high' }),
      violations: [
        ...NOTIFICATION_FIELDS,
        ...unknown('', 'status', 'customerId', 'type', 'QMART', '__proto__', '$filter'),
        refinement('', (body) => {
          for (const key of Object.keys(body)) deletePath(body, key);
        }),
      ],
    },
  },
  ...['start', 'postpone', 'complete'].map((transition) => ({
    method: 'POST' as const,
    template: `/v1/notifications/{id}/${transition}`,
    params: ids,
  })),
  {
    method: 'POST',
    template: '/v1/notifications/{id}/items',
    params: ids,
    body: {
      schema: NewNotificationItemSchema,
      valid: () => ({ description: 'Seal cracked', codeGroup: 'CS-COFFE', code: '0001' }),
      violations: [
        ...drop('description'),
        ...text('description', 40),
        ...text('codeGroup', 8),
        ...text('code', 4),
        ...unknown('', 'FENUM', 'MANDT', '$filter', '__proto__'),
        refinement('code', (body) => delete body.code),
        refinement('codeGroup', (body) => delete body.codeGroup),
      ],
    },
  },
  {
    method: 'POST',
    template: '/v1/orders',
    params: {},
    body: {
      schema: NewOrderSchema,
      valid: () => ({
        type: 'service',
        description: 'Replace pump seal',
        customerId: '100002',
        plant: '1000',
        operations: [operation()],
        components: [material()],
      }),
      violations: [
        ...ORDER_CONTENT_FIELDS,
        ...MATERIAL_FIELDS('components'),
        ...text('customerId', 10),
        ...text('plant', 4),
        ...text('equipmentId', 18),
        ...unknown('', 'AUFNR', 'MANDT', '$filter', '__proto__'),
        refinement('customerId', (body) => delete body.customerId),
        refinement('customerId', (body) => (body.notificationId = '10000001')),
        refinement('plant', (body) => delete body.plant),
      ],
    },
  },
  {
    method: 'POST',
    template: '/v1/notifications/{id}/order',
    params: ids,
    body: {
      schema: NewOrderForNotificationSchema,
      valid: () => ({ type: 'repair', description: 'Fix the leak', operations: [operation()] }),
      violations: [
        ...ORDER_CONTENT_FIELDS,
        ...unknown('', 'customerId', 'notificationId', 'QMNUM', '__proto__'),
      ],
    },
  },
  ...['release', 'close'].map((transition) => ({
    method: 'POST' as const,
    template: `/v1/orders/{id}/${transition}`,
    params: ids,
  })),
  {
    method: 'POST',
    template: '/v1/orders/{id}/complete',
    params: ids,
    body: {
      schema: CompleteOrderSchema,
      valid: () => ({ completeNotification: true }),
      violations: [
        set('completeNotification', ...NOT_BOOLEAN),
        ...unknown('', 'TECO', 'completeNotification ', '$filter', '__proto__', 'MANDT'),
      ],
    },
  },
  {
    method: 'POST',
    template: '/v1/orders/{id}/confirmations',
    params: ids,
    body: {
      schema: NewConfirmationSchema,
      valid: () => ({
        operationId: '0010',
        hours: '1.5',
        note: 'Seal replaced',
        materials: [material()],
      }),
      violations: [
        ...drop('operationId', 'hours'),
        set('operationId', '00A0', '12345', '', ...INJECTIONS, ...NOT_STRING),
        set('hours', ...NOT_DECIMAL, '0', '0.0', '1.25', '1234567', 1.25),
        set('final', ...NOT_BOOLEAN),
        ...text('note', 40),
        ...MATERIAL_FIELDS('materials'),
        ...unknown('', 'RUECK', 'MANDT', '__proto__', '$filter'),
      ],
    },
  },
  {
    method: 'PUT',
    template: '/v1/parts/{materialId}/plants/{plant}/reorder-policy',
    params: { materialId: ['ESP-3000', '200001'], plant: ['1000', '1100'] },
    body: {
      schema: ReorderPolicySchema,
      valid: () => ({ reorderPoint: '10', reorderQuantity: '20', safetyStock: '2' }),
      violations: [
        ...drop('reorderPoint', 'reorderQuantity', 'safetyStock'),
        set('reorderPoint', ...NOT_DECIMAL, '1.2345', '12345678901'),
        set('reorderQuantity', ...NOT_DECIMAL, '0'),
        set('safetyStock', ...NOT_DECIMAL),
        ...unknown('', 'MINBE', 'BSTMI', 'EISBE', '__proto__', '$filter'),
      ],
    },
    checkedParams: {
      materialId: ['M'.repeat(2000), 'M'.repeat(19), encodeURIComponent("' OR MANDT <> '####")],
      plant: ['ABCDE', '..%2f..', encodeURIComponent("' OR 1=1 --"), '%3Cscript%3E'],
    },
  },
  {
    method: 'POST',
    template: '/v1/contracts',
    params: {},
    body: {
      schema: NewContractSchema,
      valid: () => ({
        type: 'maintenance',
        customerId: '100007',
        validFrom: '2027-01-01',
        validTo: '2027-12-31',
        equipmentIds: ['10000001'],
        coverage: { laborPercent: 100, partsPercent: 50, travelPercent: 0 },
        fee: { amount: { amount: '120.00', currency: 'EUR' }, interval: 'monthly' },
      }),
      violations: [
        ...drop('type', 'customerId', 'validFrom', 'validTo', 'equipmentIds', 'coverage'),
        ...drop(
          'coverage.partsPercent',
          'fee.interval',
          'fee.amount.amount',
          'fee.amount.currency',
        ),
        set('type', 'WV', 'SC', ...INJECTIONS, ...NOT_STRING),
        ...text('customerId', 10),
        ...text('externalRef', 20),
        set('validFrom', '20270101', '01.01.2027', '2027-02-30', ...INJECTIONS, ...NOT_STRING),
        set('validTo', '20271231', '31.12.2027', '2027-12-32', ...INJECTIONS, ...NOT_STRING),
        set('equipmentIds', [], [7], [''], ['E'.repeat(19)], ...NOT_ARRAY, hundredAndOneIds()),
        set('coverage', 'full', [], null),
        set('coverage.laborPercent', 101, -1, 12.345, '50', null, true),
        set('coverage.travelPercent', 100.001, -0.5, '0'),
        set('responseTimeHours', 0, 1.5, 10_000, '24', -4, true),
        set('fee.amount.amount', '120,00', '-5', '0.00', '1e3', 120, '120.001', ...INJECTIONS),
        set('fee.amount.currency', 'eur', 'EURO', 'E\u0000R', 978, ...INJECTIONS),
        set('fee.interval', 'weekly', 'M', 12, ...INJECTIONS),
        ...unknown('', 'VBELN', 'MANDT', '$filter', '__proto__'),
        ...unknown('coverage', 'MANDT'),
        ...unknown('fee.amount', 'WAERS'),
        refinement('validTo', (body) => (body.validTo = '2026-12-31')),
        refinement('equipmentIds.1', (body) => (body.equipmentIds = ['10000001', '10000001'])),
        refinement('fee', (body) => delete body.fee),
      ],
    },
  },
  { method: 'POST', template: '/v1/orders/{id}/billing', params: ids },
  {
    method: 'POST',
    template: '/v1/contracts/{id}/billing',
    params: { id: ['40000001', '40000026'] },
    body: {
      schema: ContractBillingRequestSchema,
      valid: () => ({ period: '2026-12' }),
      violations: [
        ...drop('period'),
        set(
          'period',
          '2026-13',
          '2026-Q5',
          '26-12',
          '2O26-12',
          '2026-12-01',
          202612,
          ...INJECTIONS,
          ...NOT_STRING,
        ),
        ...unknown('', 'FKDAT', 'MANDT', '__proto__', '$filter'),
      ],
    },
  },
  {
    method: 'POST',
    template: '/v1/invoices/{id}/cancel',
    params: { id: ['90000001', '90000002'] },
    checkedParams: {
      id: [
        '%00',
        '9'.repeat(2000),
        '..%2f..%2fetc%2fpasswd',
        '9000000A',
        '9000000l',
        '-1',
        '1.5',
        '12345678901',
        encodeURIComponent("' OR 1=1 --"),
        '%3Cscript%3E',
      ],
    },
  },
];

/** The name of every write endpoint, as the figures count them (`POST /v1/orders`). */
export const WRITE_ENDPOINT_NAMES = WRITE_ENDPOINTS.map(nameOf);

function nameOf(endpoint: WriteEndpoint): string {
  return `${endpoint.method} ${endpoint.template}`;
}

function hundredAndOneIds(): string[] {
  return Array.from({ length: 101 }, (_, index) => String(10_000_001 + index));
}

// ---------------------------------------------------------------------------------------------
// The requests.

function pickKind(endpoint: WriteEndpoint, random: Random): HostileKind {
  const kinds = (Object.entries(KIND_WEIGHTS) as [HostileKind, number][]).filter(([kind]) =>
    appliesTo(kind, endpoint),
  );
  const total = kinds.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [kind, weight] of kinds) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'malformed-json';
}

// A route that ignores its body can only be fed bad bytes, never a bad field.
function appliesTo(kind: HostileKind, endpoint: WriteEndpoint): boolean {
  if (kind === 'bad-field' || kind === 'not-an-object') return endpoint.body !== undefined;
  if (kind === 'bad-path-id') return Object.keys(endpoint.params).length > 0;
  return true;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const VALIDATION = { statuses: [400], code: 'VALIDATION_FAILED' };
const MALFORMED = { statuses: [400], code: 'MALFORMED_JSON', fields: [] };

type Start = Pick<HostileRequest, 'endpoint' | 'kind' | 'method' | 'path'>;

function makeRequest(endpoint: WriteEndpoint, kind: HostileKind, random: Random): HostileRequest {
  const start: Start = {
    endpoint: nameOf(endpoint),
    kind,
    method: endpoint.method,
    path: fillPath(endpoint, random),
  };
  const valid = JSON.stringify(validBody(endpoint));

  switch (kind) {
    case 'bad-field':
    case 'bad-prefer':
      return badFields(endpoint, random, start);
    case 'malformed-json':
      return {
        ...start,
        headers: JSON_TYPE,
        body: malformedJson(valid, random),
        expect: MALFORMED,
      };
    case 'deep-nesting':
      return deepNesting(endpoint, random, start);
    case 'not-an-object': {
      const value = random.pick([[], [validBody(endpoint)], [null, 1]]);
      const schemaCheck = checkOf(endpoint, value, false);
      const expect = { ...VALIDATION, fields: [] };
      return { ...start, headers: JSON_TYPE, body: JSON.stringify(value), expect, ...schemaCheck };
    }
    case 'huge-body':
      return hugeBody(endpoint, random, start);
    case 'wrong-content-type':
      return wrongContentType(valid, random, start);
    case 'bad-content-encoding': {
      // Plain JSON that claims to be compressed: the body cannot be read, so it is a 4xx.
      const encoding = random.pick(['gzip', 'deflate', 'br', 'x-snappy', 'gzip, x-foo']);
      const headers = { ...JSON_TYPE, 'content-encoding': encoding };
      const expect = { statuses: encoding.includes('x-') ? [415] : [400, 415], fields: [] };
      return { ...start, headers, body: valid, expect };
    }
    case 'bad-path-id':
      return badPathId(endpoint, random, start);
    case 'bad-idempotency-key': {
      const headers = {
        ...JSON_TYPE,
        'idempotency-key': random.pick(BAD_IDEMPOTENCY_KEYS)(random),
      };
      const expect = { ...VALIDATION, fields: ['headers.Idempotency-Key'] };
      const schemaCheck = checkOf(endpoint, JSON.parse(valid), true);
      return { ...start, headers, body: valid, expect, ...schemaCheck };
    }
    case 'wrong-method': {
      const methods = ['POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => m !== endpoint.method);
      const expect = { statuses: [404, 405], fields: [] };
      return { ...start, method: random.pick(methods), headers: JSON_TYPE, body: valid, expect };
    }
  }
}

function validBody(endpoint: WriteEndpoint): Body {
  return endpoint.body?.valid() ?? {};
}

function checkOf(endpoint: WriteEndpoint, value: unknown, accepted: boolean) {
  const schema = endpoint.body?.schema;
  return schema === undefined ? {} : { schemaCheck: { schema, value, accepted } };
}

function fillPath(endpoint: WriteEndpoint, random: Random, raw: Record<string, string> = {}) {
  return endpoint.template.replace(/\{(\w+)\}/g, (_, name: string) => {
    return raw[name] ?? random.pick(endpoint.params[name] ?? ['1']);
  });
}

// One to three shape breaches together, or one rule breach alone. A route without a body
// schema gets malformed JSON instead (with `Prefer`, so that a bad preference meets a bad body).
function badFields(endpoint: WriteEndpoint, random: Random, start: Start): HostileRequest {
  const headers: Record<string, string> = { ...JSON_TYPE };
  if (start.kind === 'bad-prefer') headers.prefer = random.pick(BAD_PREFERENCES);
  const rules = endpoint.body?.violations;
  if (rules === undefined) {
    const body = malformedJson(JSON.stringify(validBody(endpoint)), random);
    return { ...start, headers, body, expect: MALFORMED };
  }

  const body = validBody(endpoint);
  const chosen = [random.pick(rules)];
  const wanted = chosen[0]?.alone === true ? 1 : 1 + random.int(3);
  for (let attempt = 0; attempt < 6 && chosen.length < wanted; attempt += 1) {
    const next = random.pick(rules);
    if (next.alone !== true && !chosen.some((rule) => overlaps(rule.field, next.field))) {
      chosen.push(next);
    }
  }
  for (const violation of chosen) violation.apply(body, random);

  // A bad key as well, sometimes: which of the two the answer names first is not pinned.
  let fields = chosen.map((violation) => violation.field).filter((field) => field !== '');
  if (start.kind === 'bad-prefer' && random.next() < 0.3) {
    headers['idempotency-key'] = random.pick(BAD_IDEMPOTENCY_KEYS)(random);
    fields = [];
  }
  const expect = { ...VALIDATION, fields };
  const text = JSON.stringify(body);
  return { ...start, headers, body: text, expect, ...checkOf(endpoint, JSON.parse(text), false) };
}

function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

const MALFORMED_BODIES: ((valid: string, random: Random) => string)[] = [
  (valid, random) => valid.slice(0, 1 + random.int(Math.max(1, valid.length - 1))),
  (valid) => `${valid.slice(0, -1)},}`,
  () => '{"quantity": NaN}',
  () => '{"hours": Infinity}',
  () => "{'subject': 'single quotes'}",
  () => '// a comment\n{}',
  () => '\uFEFF{"subject": "after a byte order mark",}',
  (valid) => `${valid}${valid}`,
  () => '{"amount": 0x10}',
  () => '{"operationId": 0010}',
  () => '{"note": "raw \u0001 control character"}',
  () => 'undefined',
  () => '"just a string"',
  () => 'null',
  () => '{"a":1',
];

function malformedJson(valid: string, random: Random): string {
  return random.pick(MALFORMED_BODIES)(valid, random);
}

const DEPTH = 10_000;

function deepNesting(endpoint: WriteEndpoint, random: Random, start: Start): HostileRequest {
  const deep =
    random.next() < 0.5
      ? '['.repeat(DEPTH) + ']'.repeat(DEPTH)
      : '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH);
  // Unbalanced, it is malformed on every route; balanced, it is a bad field where bodies count.
  if (endpoint.body === undefined || random.next() < 0.3) {
    return { ...start, headers: JSON_TYPE, body: `{"x":${deep.slice(0, -1)}}`, expect: MALFORMED };
  }
  const body = validBody(endpoint);
  const key = random.pick(Object.keys(body));
  const text = JSON.stringify({ ...body, [key]: 0 }).replace(`"${key}":0`, `"${key}":${deep}`);
  const expect = { ...VALIDATION, fields: [key] };
  return {
    ...start,
    headers: JSON_TYPE,
    body: text,
    expect,
    ...checkOf(endpoint, JSON.parse(text), false),
  };
}

function hugeBody(endpoint: WriteEndpoint, random: Random, start: Start): HostileRequest {
  const body = validBody(endpoint);
  const key = random.pick([...Object.keys(body), 'comment']);
  body[key] = random.pick(INJECTIONS) + 'A'.repeat(BODY_LIMIT_BYTES + random.int(512 * 1024));
  const expect = { statuses: [413], code: 'PAYLOAD_TOO_LARGE', fields: [] };
  return { ...start, headers: JSON_TYPE, body: JSON.stringify(body), expect };
}

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/jsonx',
  'text/json',
  'application/json; charset=koi8-r',
  'application/json; charset=latin1',
];

function wrongContentType(valid: string, random: Random, start: Start): HostileRequest {
  const expect = { statuses: [415], code: 'UNSUPPORTED_MEDIA_TYPE', fields: [] };
  // Bytes (not a string) make fetch send no Content-Type at all.
  if (random.next() < 0.15) {
    return { ...start, headers: {}, body: new TextEncoder().encode(valid), expect };
  }
  const headers = { 'content-type': random.pick(WRONG_CONTENT_TYPES) };
  return { ...start, headers, body: valid, expect };
}

// Percent-encodings that do not decode: the router cannot even say what the id is.
const UNDECODABLE_IDS = ['%', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '1000%2'];

function badPathId(endpoint: WriteEndpoint, random: Random, start: Start): HostileRequest {
  const body = endpoint.body === undefined ? {} : { body: JSON.stringify(validBody(endpoint)) };
  const headers = endpoint.body === undefined ? {} : JSON_TYPE;
  const name = random.pick(Object.keys(endpoint.params));
  const checked = endpoint.checkedParams?.[name];
  const roll = random.next();

  if (checked !== undefined && roll < 0.6) {
    const path = fillPath(endpoint, random, { [name]: random.pick(checked) });
    return { ...start, path, headers, ...body, expect: { ...VALIDATION, fields: [name] } };
  }
  if (roll < 0.8) {
    const path = fillPath(endpoint, random, { [name]: '' });
    const expect = { statuses: [404], code: 'ROUTE_NOT_FOUND', fields: [] };
    return { ...start, path, headers, ...body, expect };
  }
  const path = fillPath(endpoint, random, { [name]: random.pick(UNDECODABLE_IDS) });
  return { ...start, path, headers, ...body, expect: { statuses: [400, 404], fields: [] } };
}

const BAD_IDEMPOTENCY_KEYS: ((random: Random) => string)[] = [
  () => '',
  () => 'key with spaces',
  (random) => 'k'.repeat(256 + random.int(100)),
  () => 'schl\u00fcssel-1',
  // The UTF-8 bytes of a Cyrillic key, as a header carries them.
  () => Buffer.from('ключ-идемпотентности', 'utf8').toString('latin1'),
  () => 'tab\tinside',
  () => "' OR 1=1 --",
];

const BAD_PREFERENCES = [
  'respond-async, wait=abc',
  'wait=-5',
  'wait=99999999999999999999999',
  'respond-async;;;===',
  'handling=lenient',
  'return=representation, respond-async',
  'x'.repeat(4000),
  "wait=1' OR 1=1 --",
];

function getPath(body: Body, path: string): Body {
  let target: unknown = body;
  for (const segment of path.split('.')) target = (target as Body)[segment];
  return target as Body;
}

function setPath(body: Body, path: string, value: unknown): void {
  const segments = path.split('.');
  const last = segments.pop() ?? '';
  const parent = segments.length === 0 ? body : getPath(body, segments.join('.'));
  parent[last] = value;
}

function deletePath(body: Body, path: string): void {
  const segments = path.split('.');
  const last = segments.pop() ?? '';
  const parent = segments.length === 0 ? body : getPath(body, segments.join('.'));
  Reflect.deleteProperty(parent, last);
}
