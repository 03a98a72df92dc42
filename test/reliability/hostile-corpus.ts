import type { z } from 'zod';
import { INJECTIONS, WRITE_ENDPOINTS, nameOf } from './hostile-endpoints.ts';
import type { Body, WriteEndpoint } from './hostile-endpoints.ts';

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
