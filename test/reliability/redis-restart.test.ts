import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/api/schemas/common-schemas.ts';
import type { Readiness } from '../../src/api/schemas/operations-schemas.ts';
import type { Notification } from '../../src/domain/notification.ts';
import { createHttpClient } from '../api/http-client.ts';
import type { HttpClient } from '../api/http-client.ts';
import { eventually } from '../api/job-polling.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';

// A Redis of this test's own (the redis-server that .ci/run installs), so that it can be killed
// and started again without touching the Redis other tests share.
let port = 0;
let redis: ChildProcess | undefined;
let service: TestService;
let http: HttpClient;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

async function startRedis(): Promise<void> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  child.stdout.setEncoding('utf8');
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => {
      reject(new Error(`redis-server exited (${String(code)}): ${output}`));
    });
  });
  redis = child;
}

async function killRedis(): Promise<void> {
  const child = redis;
  if (child === undefined || child.exitCode !== null) return;
  child.kill('SIGKILL');
  await once(child, 'exit');
}

const ticket = { type: 'problem', subject: 'Redis restart', customerId: '100001' };

beforeAll(async () => {
  port = await freePort();
  await startRedis();
  service = await startTestService({
    REDIS_URL: `redis://127.0.0.1:${port}`,
    WRITE_QUEUE_NAME: 'redis-restart',
  });
  http = createHttpClient(service.baseUrl);
});

afterAll(async () => {
  await service.close();
  await killRedis();
});

describe('Redis killed and started again while the service runs', () => {
  it('refuses writes at once while Redis is gone and takes them again without a restart', async () => {
    const before = await http.post<Notification>('/v1/notifications', ticket);
    expect(before.status).toBe(201);

    await killRedis();
    const refused = await http.post<Problem>('/v1/notifications', ticket);
    const notReady = await http.get<Readiness>('/readyz');
    const read = await http.get(`/v1/notifications/${before.body.id}`);

    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('QUEUE_UNAVAILABLE');
    expect(notReady.status).toBe(503);
    expect(read.status).toBe(200);

    await startRedis();
    const restarted = Date.now();
    let after = refused as { status: number };
    await eventually(
      async () => {
        after = await http.post('/v1/notifications', ticket, { headers: { Prefer: 'wait=5' } });
        return after.status === 201;
      },
      'a write answered 201 after Redis came back',
      30_000,
    );
    const recoveredMs = Date.now() - restarted;
    await eventually(async () => (await http.get('/readyz')).status === 200, 'ready again', 30_000);
    console.log(`reliability (Redis restarted): ${JSON.stringify({ recoveredMs })}`);

    expect(after.status).toBe(201);
  });
});
