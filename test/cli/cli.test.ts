import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Starts the command and waits until its output names the URL it listens on.
async function startListening(args: string[], env: Record<string, string>, url: RegExp) {
  const child = spawn(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  const listening = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const match = url.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', () => {
      reject(new Error(`exited before listening: ${output}`));
    });
  });
  return { child, url: listening, output: () => output };
}

describe('the cs-bridge command', () => {
  it('serves the API over the mock SAP by default and stops cleanly on SIGTERM', async () => {
    const { child, url, output } = await startListening([], { PORT: '0' }, /"url":"([^"]+)"/);

    const health = await fetch(`${url}/healthz`);
    const notification = await fetch(`${url}/v1/notifications/10000001`);
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];

    expect(health.status).toBe(200);
    expect(notification.status).toBe(200);
    expect(code).toBe(0);
    const lines = output()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.some((line) => line.msg === 'shutting down' && line.signal === 'SIGTERM')).toBe(
      true,
    );
  });

  it('serves the mock SAP on its own with mock-sap, and stops on SIGTERM', async () => {
    const { child, url } = await startListening(
      ['mock-sap'],
      { MOCK_SAP_PORT: '0' },
      /serving on (\S+) /,
    );

    const faults = await fetch(`${url}/_mock/faults`);
    const connection = await fetch(`${url}/_mock/rfc/connections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];

    expect(faults.status).toBe(200);
    expect(connection.status).toBe(201);
    expect(code).toBe(0);
  });

  it('refuses to run a worker without Redis, saying what it needs', () => {
    const { status, stderr } = run(['worker'], {});

    expect(status).toBe(1);
    expect(stderr).toContain('The worker needs REDIS_URL');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('explains what to install when SAP_BACKEND=rfc finds no node-rfc, without a stack trace', () => {
    const { status, stderr } = run(['serve'], { SAP_BACKEND: 'rfc', SAP_RFC_DEST: 'QAS' });

    expect(status).toBe(1);
    expect(stderr).toContain('needs the node-rfc package');
    expect(stderr).toContain('NW RFC SDK');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('stops on a bad setting with a message naming it', () => {
    const { status, stderr } = run(['serve'], { PORT: '99999' });

    expect(status).toBe(1);
    expect(stderr).toMatch(/Invalid configuration:\n\s+PORT: .*\(got '99999'\)/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('stops when a mapping file is broken, naming the file', () => {
    const { status, stderr } = run(['check-mappings'], {
      MAPPINGS_DIR: fileURLToPath(new URL('./broken-mappings', import.meta.url)),
    });

    expect(status).toBe(1);
    expect(stderr).toMatch(
      /notification\.rfc\.yaml is not valid:\n\s+fields\.subject\.length: required/,
    );
  });

  it('validates the shipped mappings', () => {
    const { status, stdout } = run(['check-mappings'], {});

    expect(status).toBe(0);
    expect(stdout).toContain('customer, equipment, notification');
  });

  it('rejects an unknown command with its usage', () => {
    const { status, stderr } = run(['frobnicate'], {});

    expect(status).toBe(2);
    expect(stderr).toContain('Usage: cs-bridge');
  });
});
