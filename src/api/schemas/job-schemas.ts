import { jobStates } from '../../jobs/write-job.ts';
import { pagingFields, ProblemSchema } from './common-schemas.ts';
import { z } from './zod-openapi.ts';

/** The `{id}` of a job. */
export const JobParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { description: 'The job id from `Location`.' }, example: 'b3f1…' }),
});

/** The answer a succeeded job gave: what the write would have answered at once. */
export const JobResultSchema = z
  .object({
    status: z.number().int().openapi({ example: 201 }),
    location: z.string().optional().openapi({ example: '/v1/notifications/10000001' }),
    body: z.unknown().openapi({ description: 'The created or changed object.' }),
  })
  .openapi('JobResult');

/** A write accepted as a job, as `GET /v1/jobs/{id}` shows it. */
export const JobSchema = z
  .object({
    id: z.string(),
    operation: z.string().openapi({ example: 'notifications.create' }),
    state: z.enum(jobStates),
    attempts: z.number().int().min(0),
    createdAt: z.string().openapi({ example: '2026-12-04T09:30:00.000Z' }),
    finishedAt: z.string().nullable(),
    result: JobResultSchema.nullable(),
    error: ProblemSchema.nullable().openapi({
      description:
        'The last attempt’s problem: why the job failed, or why it waits for another attempt.',
    }),
  })
  .openapi('Job');

/** A page of jobs. */
export const JobListSchema = z.object({ items: z.array(JobSchema) }).openapi('JobList');

/** The filters of `GET /v1/jobs`. */
export const JobQuerySchema = z
  .object({
    state: z
      .enum(jobStates)
      .default('failed')
      .openapi({ param: { description: 'The state to list; failed by default.' } }),
    ...pagingFields,
  })
  .strict();
