import { afterAll, beforeAll } from 'vitest';
import type { MockSap } from '../../src/sap-mock/index.ts';
import type { JobView } from '../../src/jobs/write-job.ts';
import { createHttpClient } from '../api/http-client.ts';
import type { HttpAnswer, HttpClient } from '../api/http-client.ts';
import { lookUpSeedData } from '../api/seed-lookup.ts';
import type { SeedData } from '../api/seed-lookup.ts';
import { startQueuedService } from '../support/shared-redis.ts';
import type { QueuedTestService } from '../support/shared-redis.ts';

/** A queued service of one test file, its HTTP client and the seed's master data. */
export interface QueuedFixture {
  service: QueuedTestService;
  http: HttpClient;
  seed: SeedData;
}

/**
 * Starts a queued service (real Redis, a queue of its own) before the file's tests and stops it
 * after them; the fields are there once the tests run.
 */
export function useQueuedService(
  env: Record<string, string>,
  options: { mockSap?: MockSap } = {},
): QueuedFixture {
  const fixture = {} as QueuedFixture;
  beforeAll(async () => {
    fixture.service = await startQueuedService(env, options);
    fixture.http = createHttpClient(fixture.service.baseUrl);
    fixture.seed = await lookUpSeedData(fixture.http);
  });
  afterAll(async () => {
    fixture.service.sap.setSystemDown(false);
    await fixture.service.close();
  });
  return fixture;
}

/** Sends one notification per external reference (16 at a time); answers the jobs' answers. */
export function queueNotifications(
  fixture: QueuedFixture,
  references: readonly string[],
  options: { subject: string; prefer: string },
): Promise<HttpAnswer<JobView>[]> {
  const customerId = fixture.seed.customer.id;
  return mapBounded(references, 16, (externalRef) =>
    fixture.http.post<JobView>(
      '/v1/notifications',
      { type: 'problem', subject: options.subject, customerId, externalRef },
      { headers: { Prefer: options.prefer } },
    ),
  );
}

/** A size from the environment (for larger runs outside CI), else the CI default. */
export function sizeFromEnv(name: string, fallback: number): number {
  const given = Number(process.env[name]);
  return Number.isInteger(given) && given > 0 ? given : fallback;
}

/** Runs `task` for every item with at most `limit` running at a time; answers in item order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T, index);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** The notifications in SAP (QMEL) per customer reference (BSTNK) among `externalRefs`. */
export function notificationsPerReference(
  sap: MockSap,
  externalRefs: readonly string[],
): Map<string, number> {
  const wanted = new Set(externalRefs);
  const counts = new Map<string, number>();
  for (const row of sap.select('QMEL', (candidate) => wanted.has(candidate.BSTNK ?? ''))) {
    const reference = row.BSTNK ?? '';
    counts.set(reference, (counts.get(reference) ?? 0) + 1);
  }
  return counts;
}

/** How the references came out: how many have exactly one notification, none, or several. */
export function tally(counts: Map<string, number>, externalRefs: readonly string[]) {
  let once = 0;
  let missing = 0;
  let duplicated = 0;
  for (const reference of externalRefs) {
    const count = counts.get(reference) ?? 0;
    if (count === 1) once += 1;
    else if (count === 0) missing += 1;
    else duplicated += 1;
  }
  return { once, missing, duplicated };
}

/** Reads every job through the API until none is queued or running; fails after `timeoutMs`. */
export async function settleJobs(
  http: HttpClient,
  ids: readonly string[],
  timeoutMs: number,
): Promise<JobView[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const jobs = await mapBounded(ids, 16, async (id) => {
      const answer: HttpAnswer<JobView> = await http.get<JobView>(`/v1/jobs/${id}`);
      return answer.body;
    });
    const open = jobs.filter((job) => job.state === 'queued' || job.state === 'running');
    if (open.length === 0) return jobs;
    if (Date.now() > deadline) {
      throw new Error(`${open.length} of ${ids.length} jobs still open after ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
