import type { JobState, JobView } from '../../src/jobs/write-job.ts';
import type { HttpClient } from './http-client.ts';

/** Reads a job through the API until it is in one of `states`; fails after `timeoutMs`. */
export async function pollJob(
  http: HttpClient,
  id: string,
  states: readonly JobState[],
  timeoutMs = 10_000,
): Promise<JobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await http.get<JobView>(`/v1/jobs/${id}`);
    if (answer.status === 200 && states.includes(answer.body.state)) return answer.body;
    if (Date.now() > deadline) {
      throw new Error(`job ${id} is not ${states.join('/')} after ${timeoutMs} ms: ${answer.text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits until `check` holds, polling every 25 ms; fails after `timeoutMs` with `what`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
