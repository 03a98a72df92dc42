import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';

interface RequestLine {
  level: number;
  msg: string;
  requestId: string;
  req: { method: string; path: string; headers: Record<string, string> };
  res?: { status: number };
  durationMs: number;
}

const lines: string[] = [];
let service: TestService;
let http: HttpClient;

beforeAll(async () => {
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
  service = await startTestService({}, { logger });
  http = createHttpClient(service.baseUrl);
});

afterAll(async () => {
  await service.close();
});

// The line is written when the response finishes, which may be just after the client has it.
async function requestLinesOf(requestId: string): Promise<RequestLine[]> {
  const find = () =>
    lines
      .map((line) => JSON.parse(line) as RequestLine)
      .filter((line) => line.requestId === requestId && line.res !== undefined);
  await vi.waitFor(() => {
    expect(find().length).toBeGreaterThan(0);
  });
  return find();
}

describe('request log', () => {
  it('writes one JSON line per request with method, path, status, duration and request id', async () => {
    await http.get('/healthz', { headers: { 'X-Request-Id': 'log-test-1' } });

    const found = await requestLinesOf('log-test-1');

    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      level: 30,
      requestId: 'log-test-1',
      req: { method: 'GET', path: '/healthz' },
      res: { status: 200 },
    });
    expect(found[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('redacts the authorization and cookie headers', async () => {
    await http.get('/healthz', {
      headers: {
        'X-Request-Id': 'log-test-2',
        Authorization: 'Bearer top-secret-token',
        Cookie: 'session=top-secret-cookie',
      },
    });

    const [line] = await requestLinesOf('log-test-2');

    expect(line?.req.headers.authorization).toBe('[Redacted]');
    expect(line?.req.headers.cookie).toBe('[Redacted]');
    expect(lines.join('\n')).not.toContain('top-secret');
  });

  it('logs a 4xx at info without the query string', async () => {
    await http.get('/v1/customers?search=Petersen&limit=0', {
      headers: { 'X-Request-Id': 'log-test-3' },
    });

    const [line] = await requestLinesOf('log-test-3');

    expect(line).toMatchObject({ level: 30, req: { path: '/v1/customers' }, res: { status: 400 } });
    expect(JSON.stringify(line)).not.toContain('Petersen');
  });
});
