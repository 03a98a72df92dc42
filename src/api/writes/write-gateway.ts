import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../../errors.ts';
import { answerOf } from '../../jobs/idempotency-store.ts';
import type { IdempotencyStore, StoredAnswer } from '../../jobs/idempotency-store.ts';
import type { ObjectSequence } from '../../jobs/object-sequence.ts';
import { viaRedis } from '../../jobs/queue-errors.ts';
import type { JobView, WriteOutcome, WriteRequest } from '../../jobs/write-job.ts';
import type { WriteQueue } from '../../jobs/write-queue.ts';
import { PROBLEM_CONTENT_TYPE, RETRY_AFTER_SECONDS, toProblem } from '../problem-details.ts';
import {
  IdempotencyKeyReusedError,
  fingerprintWrite,
  jobIdOfKey,
  readIdempotencyKey,
} from './idempotency-key.ts';
import type { WriteOperation, WriteOperations } from './write-operations.ts';

/** How writes are run: inline, or as jobs of a queue that the request waits for a while. */
export interface WriteGatewayOptions {
  operations: WriteOperations;
  idempotency: IdempotencyStore;
  /** The write queue; writes run inline in the request when absent. */
  queue?: WriteQueue | undefined;
  /** Keeps the order of queued writes per SAP object (with the queue). */
  sequence?: ObjectSequence | undefined;
  /** How long a request waits for its job before it answers 202 Accepted. */
  waitMs: number;
}

/** The path of a job, as `Location` gives it. */
export function jobPath(id: string): string {
  return `/v1/jobs/${encodeURIComponent(id)}`;
}

const REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * The one way every write of the API runs: its input is checked before anything else happens;
 * an Idempotency-Key makes a repeated request answer the first answer; with a queue the write
 * becomes a job that the request waits for up to `waitMs` (or not at all when the caller sends
 * `Prefer: respond-async`) before it answers `202 Accepted` with the job's address.
 */
export class WriteGateway {
  readonly #options: WriteGatewayOptions;
  readonly #inline = new Map<string, Promise<InlineAnswer>>();

  constructor(options: WriteGatewayOptions) {
    this.#options = options;
  }

  /** Defines a write operation under its name and answers the express handler that runs it. */
  route<I>(name: string, operation: WriteOperation<I>): RequestHandler {
    this.#options.operations.define(name, operation);
    return async (req, res) => {
      const request: WriteRequest = {
        operation: name,
        path: req.path,
        params: { ...(req.params as Record<string, string>) },
        body: req.body ?? null,
      };
      const input = operation.parse(request);
      const key = readIdempotencyKey(req);

      const queue = this.#options.queue;
      if (queue === undefined) {
        await this.#runInline(req, res, request, key);
        return;
      }
      // Writes to one object run in the order accepted (queued writes only).
      const objectKey = operation.objectKey?.(input);
      await this.#runQueued(req, res, queue, { request, key, objectKey });
    };
  }

  async #runInline(
    req: Request,
    res: Response,
    request: WriteRequest,
    key: string | undefined,
  ): Promise<void> {
    if (key === undefined) {
      sendOutcome(res, await this.#options.operations.execute(request));
      return;
    }

    const { idempotency } = this.#options;
    const fingerprint = fingerprintWrite(req.method, request.path, request.body);
    const claim = await idempotency.claim(key, fingerprint, null);
    if (!claim.claimed) {
      if (claim.record.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError(key);
      const earlier = claim.record.answer ?? (await this.#inline.get(key))?.answer;
      if (earlier !== undefined) {
        sendAnswer(res, earlier, { replayed: true });
        return;
      }
    }

    const running = this.#answerInline(request);
    this.#inline.set(key, running);
    let answer: InlineAnswer;
    try {
      answer = await running;
    } finally {
      this.#inline.delete(key);
    }
    // A failure a retry can mend is not remembered: the same key may try again.
    if (answer.retryable) await idempotency.release(key);
    else await idempotency.complete(key, answer.answer);
    // As for any 5xx: the request's log line carries the cause, the answer does not.
    if (answer.error instanceof Error && answer.answer.status >= 500) res.err = answer.error;
    sendAnswer(res, answer.answer, { replayed: false });
  }

  async #answerInline(request: WriteRequest): Promise<InlineAnswer> {
    try {
      const outcome = await this.#options.operations.execute(request);
      return { answer: answerOf(outcome), retryable: false };
    } catch (error) {
      const { status, headers, body } = toProblem(error, request.path);
      const retryable = error instanceof AppError && error.retryable;
      return { answer: { status, headers, body }, retryable, error };
    }
  }

  async #runQueued(
    req: Request,
    res: Response,
    queue: WriteQueue,
    write: { request: WriteRequest; key: string | undefined; objectKey: string | undefined },
  ): Promise<void> {
    const { request, key, objectKey } = write;
    // A key names its job, so that adding it again (after a lost answer) adds nothing.
    let jobId = key === undefined ? randomUUID() : jobIdOfKey(key);
    if (key !== undefined) {
      const fingerprint = fingerprintWrite(req.method, request.path, request.body);
      const claim = await viaRedis(() => this.#options.idempotency.claim(key, fingerprint, jobId));
      if (!claim.claimed) {
        if (claim.record.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError(key);
        if (claim.record.answer !== null) {
          sendAnswer(res, claim.record.answer, { replayed: true });
          return;
        }
        jobId = claim.record.jobId ?? jobId;
      }
    }

    // The job takes its place among the writes to its object before it can be taken.
    const sequence = this.#options.sequence;
    if (objectKey !== undefined && sequence !== undefined) {
      await viaRedis(() => sequence.append(objectKey, jobId));
    }

    // Adding an id that exists adds nothing: a repeated key waits for the first request's job.
    const data = {
      request,
      idempotencyKey: key,
      requestId: typeof req.id === 'string' ? req.id : undefined,
      objectKey,
    };
    let job = await viaRedis(() => queue.add(jobId, data));
    const preferences = readPreferences(req);
    const waitMs = Math.min(preferences.waitMs ?? Infinity, this.#options.waitMs);
    if (preferences.respondAsync) res.set('Preference-Applied', 'respond-async');
    else if (!isFinished(job)) job = await viaRedis(() => queue.waitFor(jobId, waitMs));

    sendJob(res, job);
  }
}

interface InlineAnswer {
  answer: StoredAnswer;
  retryable: boolean;
  error?: unknown;
}

/** Answers a job: its result or problem once it is finished, else 202 with its address. */
export function sendJob(res: Response, job: JobView): void {
  if (job.state === 'succeeded' && job.result !== null) {
    sendOutcome(res, job.result);
    return;
  }
  if (job.state === 'failed' && job.error !== null) {
    const headers: Record<string, string> = {};
    if (job.error.status === 503) headers['Retry-After'] = String(RETRY_AFTER_SECONDS);
    res.status(job.error.status).set(headers).type(PROBLEM_CONTENT_TYPE).json(job.error);
    return;
  }
  res.status(202).location(jobPath(job.id)).set('Retry-After', '1').json(job);
}

function sendOutcome(res: Response, outcome: WriteOutcome): void {
  res.status(outcome.status);
  if (outcome.location !== undefined) res.location(outcome.location);
  res.json(outcome.body);
}

function sendAnswer(res: Response, answer: StoredAnswer, options: { replayed: boolean }): void {
  res.status(answer.status).set(answer.headers);
  if (options.replayed) res.set(REPLAYED_HEADER, 'true');
  if (answer.status >= 400) res.type(PROBLEM_CONTENT_TYPE);
  res.json(answer.body);
}

function isFinished(job: JobView): boolean {
  return job.state === 'succeeded' || job.state === 'failed';
}

// RFC 7240: `Prefer: respond-async` answers at once; `Prefer: wait=N` waits at most N seconds.
function readPreferences(req: Request): { respondAsync: boolean; waitMs?: number } {
  const preferences = (req.get('Prefer') ?? '')
    .split(',')
    .map((preference) => preference.split(';')[0]?.trim().toLowerCase() ?? '');
  const respondAsync = preferences.includes('respond-async');
  const wait = preferences.find((preference) => /^wait\s*=\s*\d+$/.test(preference));
  if (wait === undefined) return { respondAsync };
  return { respondAsync, waitMs: Number(wait.split('=')[1]) * 1000 };
}
