import type { Job } from 'bullmq';
import type { JobState, JobView, StoredProblem, WriteOutcome, WriteRequest } from './write-job.ts';

/** What a write job carries in Redis. */
export interface WriteJobData {
  request: WriteRequest;
  /** The Idempotency-Key the job was queued under; its answer is recorded there. */
  idempotencyKey?: string | undefined;
  /** The id of the HTTP request that queued the job, for the logs. */
  requestId?: string | undefined;
  /** The SAP object the write changes (`order:4000061`): its writes run in the order accepted. */
  objectKey?: string | undefined;
  /** How often the job waited for an earlier write to the same object (no SAP call made). */
  orderWaits?: number | undefined;
}

/** A BullMQ job of the write queue. */
export type WriteJob = Job<WriteJobData, WriteOutcome>;

/** The states BullMQ keeps jobs in that the write queue uses. */
export type BullState = 'waiting' | 'delayed' | 'prioritized' | 'active' | 'completed' | 'failed';

/** BullMQ's states by the API's: the ones `GET /v1/jobs?state=` reads. */
export const bullStates: Record<JobState, BullState[]> = {
  queued: ['waiting', 'delayed', 'prioritized'],
  running: ['active'],
  succeeded: ['completed'],
  failed: ['failed'],
};

/** Shows a BullMQ job (and the state BullMQ reports for it) as the API's job. */
export function viewJob(job: WriteJob, bullState: string): JobView {
  const state = apiState(bullState);
  return {
    id: job.id ?? '',
    operation: job.name,
    state,
    attempts: job.attemptsMade,
    createdAt: new Date(job.timestamp).toISOString(),
    finishedAt:
      job.finishedOn === undefined || state === 'queued' || state === 'running'
        ? null
        : new Date(job.finishedOn).toISOString(),
    result: state === 'succeeded' ? job.returnvalue : null,
    error: state === 'succeeded' || !job.failedReason ? null : readProblem(job.failedReason),
  };
}

/** Encodes a problem as the failure reason BullMQ keeps with a job. */
export function encodeProblem(problem: StoredProblem): string {
  return JSON.stringify(problem);
}

function apiState(bullState: string): JobState {
  if (bullState === 'active') return 'running';
  if (bullState === 'completed') return 'succeeded';
  if (bullState === 'failed') return 'failed';
  return 'queued';
}

// A reason the worker did not write (a stalled job, BullMQ's own) becomes an internal problem.
function readProblem(reason: string): StoredProblem {
  try {
    const parsed = JSON.parse(reason) as unknown;
    if (typeof parsed === 'object' && parsed !== null && 'status' in parsed) {
      return parsed as StoredProblem;
    }
  } catch {
    // Not ours: described below.
  }
  return {
    type: 'urn:sap-cs-bridge:problem:job-interrupted',
    title: 'The job was interrupted',
    status: 500,
    code: 'JOB_INTERRUPTED',
    detail: reason,
  };
}
