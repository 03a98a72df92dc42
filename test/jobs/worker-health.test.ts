import { describe, expect, it } from 'vitest';
import { checkWorker } from '../../src/jobs/worker-health.ts';

const now = new Date('2026-12-04T10:00:00Z');
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);

function check(options: {
  running?: boolean;
  lastTakenSecondsAgo?: number | null;
  waiting?: number;
  active?: number;
  sapRetryInMs?: number;
}) {
  const counts = { waiting: options.waiting ?? 0, delayed: 0, running: options.active ?? 0 };
  const lastTaken = options.lastTakenSecondsAgo ?? null;
  return checkWorker({
    worker: {
      running: options.running ?? true,
      startedAt: secondsAgo(3_600),
      lastTakenAt: lastTaken === null ? null : secondsAgo(lastTaken),
    },
    queue: { counts: () => Promise.resolve(counts) },
    stallMs: 60_000,
    sapRetryInMs: options.sapRetryInMs ?? 0,
    now,
  });
}

describe('checkWorker', () => {
  it('is up while it takes jobs', async () => {
    expect((await check({ waiting: 5, lastTakenSecondsAgo: 2 })).status).toBe('up');
  });

  it('is up when nothing waits, however long ago it took a job', async () => {
    expect((await check({ waiting: 0, lastTakenSecondsAgo: 86_400 })).status).toBe('up');
  });

  it('is down when jobs wait and it has taken none for longer than the stall time', async () => {
    const health = await check({ waiting: 3, lastTakenSecondsAgo: 120 });

    expect(health.status).toBe('down');
    expect(health.detail).toContain('taken none for 120 s');
  });

  it('counts from its start when it has never taken a job', async () => {
    expect((await check({ waiting: 3, lastTakenSecondsAgo: null })).status).toBe('down');
  });

  it('is up while jobs wait on purpose because SAP is down (circuit open)', async () => {
    const health = await check({ waiting: 3, lastTakenSecondsAgo: 120, sapRetryInMs: 5_000 });

    expect(health.status).toBe('up');
    expect(health.detail).toContain('Paused');
  });

  it('is down when the worker does not run', async () => {
    expect((await check({ running: false })).status).toBe('down');
  });
});
