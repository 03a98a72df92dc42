import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { AppError } from '../../errors.ts';
import type { IdempotencyStore } from '../../jobs/idempotency-store.ts';
import { viaRedis } from '../../jobs/queue-errors.ts';
import type { WriteQueue } from '../../jobs/write-queue.ts';
import { jsonResponse, problemResponses } from '../openapi/route-docs.ts';
import {
  JobListSchema,
  JobParamsSchema,
  JobQuerySchema,
  JobSchema,
} from '../schemas/job-schemas.ts';
import { parseInput } from '../validation.ts';
import { jobPath } from '../writes/write-gateway.ts';

/**
 * The routes of write jobs under `/v1/jobs`; without a queue (no Redis) every write runs inline
 * and these routes answer 404 with the code `JOBS_DISABLED`.
 */
export function createJobRouter(
  queue: WriteQueue | undefined,
  idempotency: IdempotencyStore,
): Router {
  const router = Router();
  const requireQueue = (): WriteQueue => {
    if (queue !== undefined) return queue;
    throw new AppError(
      'JOBS_DISABLED',
      404,
      'Writes run inline in this instance (no REDIS_URL), so there are no jobs.',
    );
  };

  router.get('/v1/jobs', async (req, res) => {
    const query = parseInput(JobQuerySchema, req.query);
    const jobs = requireQueue();
    res.json({ items: await viaRedis(() => jobs.list(query)) });
  });

  router.get('/v1/jobs/:id', async (req, res) => {
    const { id } = parseInput(JobParamsSchema, req.params);
    const jobs = requireQueue();
    res.json(await viaRedis(() => jobs.get(id)));
  });

  router.post('/v1/jobs/:id/retry', async (req, res) => {
    const { id } = parseInput(JobParamsSchema, req.params);
    const jobs = requireQueue();
    const job = await viaRedis(() => jobs.retry(id));
    // The failure recorded under the job's key is no longer its answer.
    const key = job.data.idempotencyKey;
    if (key !== undefined) await viaRedis(() => idempotency.reopen(key));
    res
      .status(202)
      .location(jobPath(id))
      .json(await viaRedis(() => jobs.get(id)));
  });

  return router;
}

/** Describes the job routes in the OpenAPI registry. */
export function registerJobPaths(registry: OpenAPIRegistry): void {
  const tags = ['jobs'];

  registry.registerPath({
    method: 'get',
    path: '/v1/jobs',
    tags,
    summary: 'Lists write jobs in one state, newest first (the failed ones by default)',
    request: { query: JobQuerySchema },
    responses: {
      200: jsonResponse('A page of jobs.', JobListSchema),
      ...problemResponses([400, 404, 503]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/jobs/{id}',
    tags,
    summary: 'Reads a write job: its state, attempts, and its result or problem',
    request: { params: JobParamsSchema },
    responses: {
      200: jsonResponse('The job.', JobSchema),
      ...problemResponses([404, 503]),
    },
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/jobs/{id}/retry',
    tags,
    summary: 'Sends a failed job back to the queue, its attempts counted from zero',
    request: { params: JobParamsSchema },
    responses: {
      202: jsonResponse('The job, queued again.', JobSchema),
      ...problemResponses([404, 409, 503]),
    },
  });
}
