import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { JobView } from '../../src/jobs/write-job.ts';
import { toValidationIssues } from '../../src/api/validation.ts';
import { startQueuedService, testRedisUrl } from '../support/shared-redis.ts';
import type { QueuedTestService } from '../support/shared-redis.ts';
import { DEFAULT_HOSTILE_SEED, KIND_WEIGHTS, generateHostileRequests } from './hostile-corpus.ts';
import type { HostileRequest } from './hostile-corpus.ts';
import { WRITE_ENDPOINT_NAMES } from './hostile-endpoints.ts';
import { mapBounded, sizeFromEnv } from './reliability-support.ts';

// CI size and seed; RELIABILITY_HOSTILE_N makes the run larger, RELIABILITY_HOSTILE_SEED another.
const n = sizeFromEnv('RELIABILITY_HOSTILE_N', 1000);
const seed = sizeFromEnv('RELIABILITY_HOSTILE_SEED', DEFAULT_HOSTILE_SEED);
const corpus = generateHostileRequests(n, seed);

// What a hostile request may be answered with; a 5xx or a 2xx is a finding.
const REFUSALS = new Set([400, 404, 405, 413, 415, 422]);

let service: QueuedTestService;

beforeAll(async () => {
  service = await startQueuedService();
  await waitForQueue();
});

afterAll(async () => {
  await service.close();
});

interface Answer {
  status: number;
  contentType: string;
  problem: Partial<Problem> | undefined;
  text: string;
}

async function send(request: HostileRequest): Promise<Answer> {
  try {
    const response = await fetch(new URL(request.path, service.baseUrl), {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    const problem = /json/.test(contentType) ? (JSON.parse(text) as Partial<Problem>) : undefined;
    return { status: response.status, contentType, problem, text };
  } catch (error) {
    return { status: 0, contentType: '', problem: undefined, text: String(error) };
  }
}

// Everything wrong with one answer, in words that name the request.
function findFaults(request: HostileRequest, answer: Answer): string[] {
  const { expect: wanted } = request;
  const faults: string[] = [];
  if (!REFUSALS.has(answer.status) || !wanted.statuses.includes(answer.status)) {
    faults.push(`status ${answer.status}, expected ${wanted.statuses.join(' or ')}`);
  }
  if (!answer.contentType.startsWith('application/problem+json')) {
    faults.push(`content type "${answer.contentType}"`);
  }
  const code = answer.problem?.code;
  if (typeof code !== 'string' || code === '') faults.push('no problem code');
  else if (wanted.code !== undefined && code !== wanted.code) faults.push(`code ${code}`);

  const errors = answer.problem?.errors ?? [];
  if (code === 'VALIDATION_FAILED' && errors.length === 0) faults.push('no errors');
  for (const field of wanted.fields) {
    const named = errors.some(({ path }) => path === field || path.startsWith(`${field}.`));
    if (!named) faults.push(`errors do not name ${field}`);
  }
  return faults;
}

function describeFinding(request: HostileRequest, answer: Answer, faults: string[]): string {
  const headers = JSON.stringify(request.headers).slice(0, 200);
  const body =
    typeof request.body === 'string' ? request.body.slice(0, 200) : `${request.body?.length} bytes`;
  const sent = `${request.method} ${request.path.slice(0, 120)} ${headers} ${body}`;
  return `[${request.kind}] ${sent} -> ${answer.status} ${answer.text.slice(0, 300)}: ${faults.join('; ')}`;
}

function countBy<T>(
  items: readonly T[],
  key: (item: T) => string | number,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

async function listJobs(state: string): Promise<JobView[]> {
  const response = await fetch(new URL(`/v1/jobs?state=${state}&limit=500`, service.baseUrl));
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: JobView[] }).items;
}

// The queue's Redis connection opens after start; counting before it is open throws.
async function waitForQueue(): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await service.service.writes?.queue.counts();
      return;
    } catch (error) {
      if (attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function idempotencyKeys(): Promise<string[]> {
  const redis = new Redis(testRedisUrl);
  try {
    return await redis.keys(`${service.env.REDIS_KEY_PREFIX}idempotency:*`);
  } finally {
    await redis.quit();
  }
}

describe(`${n} malformed or hostile writes`, () => {
  it('makes the same requests from the same seed, over every write endpoint and kind', () => {
    // Compared as sent: the parsed values of 10 000-level bodies are too deep to compare.
    const asSent = ({ method, path, headers, body }: HostileRequest) => ({
      method,
      path,
      headers,
      body,
    });
    expect(generateHostileRequests(50, seed).map(asSent)).toEqual(corpus.slice(0, 50).map(asSent));
    expect(new Set(corpus.map((request) => request.endpoint))).toEqual(
      new Set(WRITE_ENDPOINT_NAMES),
    );
    expect(new Set(corpus.map((request) => request.kind))).toEqual(
      new Set(Object.keys(KIND_WEIGHTS)),
    );
  });

  it('makes bodies the schemas refuse naming the expected fields, and valid ones beside bad keys', () => {
    const wrong: string[] = [];
    for (const request of corpus) {
      const check = request.schemaCheck;
      if (check === undefined) continue;

      const result = check.schema.safeParse(check.value);
      const paths = result.success
        ? []
        : toValidationIssues(result.error.issues).map((i) => i.path);
      const named = request.expect.fields.every(
        (field) =>
          field.startsWith('headers.') ||
          paths.some((path) => path === field || path.startsWith(`${field}.`)),
      );
      if (result.success !== check.accepted || !named) {
        wrong.push(
          `${request.endpoint} ${JSON.stringify(check.value).slice(0, 200)} ${paths.join()}`,
        );
      }
    }

    expect(wrong).toEqual([]);
  });

  it(
    'answers each with a 4xx problem naming the field; nothing reaches SAP, the queue or Redis',
    async () => {
      const writes = service.service.writes;
      if (writes === undefined) throw new Error('the service runs without its write queue');
      const sapCallsBefore = service.sap.callCount();
      const countsBefore = await writes.queue.counts();
      const started = performance.now();

      const answers = await mapBounded(corpus, 16, send);

      const durationMs = Math.round(performance.now() - started);
      const found = corpus.flatMap((request, index) => {
        const answer = answers[index] as Answer;
        const faults = findFaults(request, answer);
        return faults.length === 0
          ? []
          : [{ request, text: describeFinding(request, answer, faults) }];
      });
      const findings = countBy(found, ({ request }) => request.kind);
      const byStatus = countBy(answers, (answer) => answer.status);
      const byEndpoint = countBy(corpus, (request) => request.endpoint);
      const byKind = countBy(corpus, (request) => request.kind);
      const sapCalls = service.sap.callCount() - sapCallsBefore;
      console.log(
        `hostile requests: ${JSON.stringify({ n, seed, durationMs, sapCalls, findings, byStatus, byEndpoint, byKind })}`,
      );

      // Soft, so that a finding does not hide whether SAP, the queue or Redis were reached.
      const first = found.slice(0, 20).map(({ text }) => text);
      expect.soft({ count: found.length, first }).toEqual({
        count: 0,
        first: [],
      });
      expect(sapCalls).toBe(0);
      expect(await writes.queue.counts()).toEqual(countsBefore);
      for (const state of ['queued', 'running', 'succeeded', 'failed']) {
        expect(await listJobs(state), `jobs ${state}`).toEqual([]);
      }
      expect(await idempotencyKeys()).toEqual([]);

      const notRefusals = Object.keys(byStatus).filter((status) => !REFUSALS.has(Number(status)));
      expect(notRefusals, 'statuses other than a 4xx refusal').toEqual([]);
      expect(Object.values(byStatus).reduce((sum, count) => sum + count, 0)).toBe(n);
      expect(Object.keys(byEndpoint).sort()).toEqual([...WRITE_ENDPOINT_NAMES].sort());
      expect(Math.min(...Object.values(byEndpoint))).toBe(
        Math.floor(n / WRITE_ENDPOINT_NAMES.length),
      );
    },
    Math.max(60_000, n * 60),
  );
});
