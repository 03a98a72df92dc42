import type { WriteQueue } from './write-queue.ts';
import type { WorkerStatus } from './write-worker.ts';

/** One component's part of a readiness answer. */
export interface ComponentHealth {
  status: 'up' | 'down';
  detail: string;
}

/** What the worker check needs to know. */
export interface WorkerHealthInput {
  worker: WorkerStatus;
  queue: Pick<WriteQueue, 'counts'>;
  /** Waiting jobs untouched this long mean the worker has stopped taking them. */
  stallMs: number;
  /** Above 0 while SAP's circuit is open: the queue is paused on purpose then. */
  sapRetryInMs: number;
  now?: Date;
}

/**
 * Whether the worker actually takes jobs, not only whether it runs: a worker that reports
 * running while jobs wait untaken (a Redis failover can leave one so) is down.
 */
export async function checkWorker(input: WorkerHealthInput): Promise<ComponentHealth> {
  if (!input.worker.running) return { status: 'down', detail: 'The write worker is not running.' };

  const counts = await input.queue.counts();
  const { waiting, delayed, running } = counts;
  const summary = `${waiting} waiting, ${delayed} waiting to retry, ${running} running`;
  if (input.sapRetryInMs > 0) {
    return { status: 'up', detail: `Paused while SAP is unavailable; ${summary}.` };
  }

  const now = (input.now ?? new Date()).getTime();
  const idleMs = now - (input.worker.lastTakenAt ?? input.worker.startedAt).getTime();
  if (counts.waiting > 0 && counts.running === 0 && idleMs > input.stallMs) {
    const seconds = Math.round(idleMs / 1000);
    return {
      status: 'down',
      detail: `Jobs wait but the worker has taken none for ${seconds} s; ${summary}.`,
    };
  }
  return { status: 'up', detail: `Taking jobs; ${summary}.` };
}
