import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RfcClient, RfcPool } from '../../src/backends/rfc/rfc-client.ts';
import { RfcGateway } from '../../src/backends/rfc/rfc-gateway.ts';
import type { Order } from '../../src/domain/order.ts';
import { createSapMetrics } from '../../src/metrics/sap-metrics.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { lookUpOrderSeed } from './order-seed-lookup.ts';
import { WarrantySeedLookup, addDays } from './warranty-seed-lookup.ts';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

interface Scrape {
  text: string;
  samples: Sample[];
}

let service: TestService;
let http: HttpClient;

beforeAll(async () => {
  service = await startTestService();
  http = createHttpClient(service.baseUrl);
});

afterAll(async () => {
  await service.close();
});

/** Reads the sample lines of a Prometheus text exposition. */
function parseExposition(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const pairs = [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)];
      const labels: Record<string, string> = {};
      for (const [, key = '', value = ''] of pairs) labels[key] = value;
      return {
        name: match[1] ?? '',
        labels,
        value: Number(match[3]),
      };
    });
}

async function scrape(client: HttpClient = http): Promise<Scrape> {
  const answer = await client.get('/metrics');
  if (answer.status !== 200) throw new Error(`/metrics answered ${answer.status}`);
  return { text: answer.text, samples: parseExposition(answer.text) };
}

/** The sum of the samples of a metric whose labels include the given ones. */
function total(scraped: Scrape, name: string, labels: Record<string, string> = {}): number {
  return scraped.samples
    .filter((sample) => sample.name === name)
    .filter((sample) =>
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    )
    .reduce((sum, sample) => sum + sample.value, 0);
}

function labelValues(scraped: Scrape, name: string, label: string): Set<string | undefined> {
  return new Set(
    scraped.samples.filter((sample) => sample.name === name).map((sample) => sample.labels[label]),
  );
}

function seededOrderId(sap: TestService['sap']): string {
  const aufnr = sap.select('AUFK')[0]?.AUFNR;
  if (aufnr === undefined) throw new Error('the mock SAP seed has no orders');
  return aufnr.replace(/^0+/, '');
}

describe('GET /metrics', () => {
  it('answers the Prometheus text exposition with the process metrics, prefixed', async () => {
    const answer = await http.get('/metrics');

    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const scraped = { text: answer.text, samples: parseExposition(answer.text) };
    expect(total(scraped, 'cs_bridge_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(total(scraped, 'cs_bridge_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(answer.text).toContain('# TYPE cs_bridge_nodejs_eventloop_lag_seconds gauge');
    expect(answer.text).not.toMatch(/^process_cpu_user_seconds_total/m);
  });
});

describe('HTTP request metrics', () => {
  let own: TestService;
  let client: HttpClient;

  beforeAll(async () => {
    own = await startTestService();
    client = createHttpClient(own.baseUrl);
  });

  afterAll(async () => {
    await own.close();
  });

  it('counts requests by route pattern and status, never by concrete path', async () => {
    const orderId = seededOrderId(own.sap);

    const first = await client.get(`/v1/orders/${orderId}`);
    const second = await client.get(`/v1/orders/${orderId}`);
    const unknown = await client.get('/v1/no-such-thing/31415926');
    const invalid = await client.get('/v1/orders?limit=100000');
    const scraped = await scrape(client);

    expect([first.status, second.status, unknown.status, invalid.status]).toEqual([
      200, 200, 404, 400,
    ]);
    expect(scraped.text).toContain(
      'cs_bridge_http_requests_total{method="GET",route="/v1/orders/:id",status="200"} 2',
    );
    expect(scraped.text).toContain(
      'cs_bridge_http_requests_total{method="GET",route="unmatched",status="404"} 1',
    );
    expect(scraped.text).toContain(
      'cs_bridge_http_requests_total{method="GET",route="/v1/orders",status="400"} 1',
    );
    expect(labelValues(scraped, 'cs_bridge_http_requests_total', 'route')).toEqual(
      new Set(['/v1/orders/:id', '/v1/orders', 'unmatched']),
    );
    expect(scraped.text).not.toContain(orderId);
    expect(scraped.text).not.toContain('31415926');
  });

  it('measures the duration of each counted request', async () => {
    const scraped = await scrape(client);
    const labels = { method: 'GET', route: '/v1/orders/:id', status: '200' };

    expect(total(scraped, 'cs_bridge_http_request_duration_seconds_count', labels)).toBe(2);
    expect(total(scraped, 'cs_bridge_http_request_duration_seconds_sum', labels)).toBeGreaterThan(
      0,
    );
  });
});

describe('SAP call metrics', () => {
  it('counts the calls of each function module as the mock SAP received them', async () => {
    const order = seededOrderId(service.sap);
    const before = await scrape();
    const callsBefore = new Map(
      [...new Set(service.sap.calls.map((call) => call.functionModule))].map((fm) => [
        fm,
        service.sap.callCount(fm),
      ]),
    );

    await http.get(`/v1/orders/${order}`);
    await http.get('/v1/orders?limit=5');
    const after = await scrape();

    const modules = new Set(service.sap.calls.map((call) => call.functionModule));
    expect(modules.size).toBeGreaterThan(0);
    for (const fm of modules) {
      const received = service.sap.callCount(fm) - (callsBefore.get(fm) ?? 0);
      const labels = { function_module: fm };
      const counted =
        total(after, 'cs_bridge_sap_calls_total', labels) -
        total(before, 'cs_bridge_sap_calls_total', labels);
      const timed =
        total(after, 'cs_bridge_sap_call_duration_seconds_count', labels) -
        total(before, 'cs_bridge_sap_call_duration_seconds_count', labels);
      expect(counted, fm).toBe(received);
      expect(timed, fm).toBe(received);
    }
    expect(
      total(after, 'cs_bridge_sap_calls_total', { outcome: 'ok' }) -
        total(before, 'cs_bridge_sap_calls_total', { outcome: 'ok' }),
    ).toBeGreaterThan(0);
  });

  it('counts calls that fail while SAP is down as errors', async () => {
    await http.get('/v1/customers?limit=1');
    const before = await scrape();

    service.sap.setSystemDown(true);
    const answer = await http.get('/v1/customers?limit=1');
    service.sap.setSystemDown(false);
    const after = await scrape();

    expect(answer.status).toBe(503);
    const delta = (outcome: string) =>
      total(after, 'cs_bridge_sap_calls_total', { outcome }) -
      total(before, 'cs_bridge_sap_calls_total', { outcome });
    expect(delta('error')).toBeGreaterThanOrEqual(1);
    expect(delta('timeout')).toBe(0);
  });

  it('counts a committed write and a refused one as committed and rolled back LUWs', async () => {
    const seed = lookUpOrderSeed(service.sap);
    const created = await http.post<Order>('/v1/orders', {
      type: 'repair',
      description: 'Metrics test',
      customerId: seed.customerId,
      equipmentId: seed.equipmentId,
      operations: [{ description: 'Repair', workCenter: seed.workCenters[0], plannedHours: '1' }],
    });
    if (created.status !== 201) throw new Error(`create answered ${created.status}`);
    const luws = (scraped: Scrape, outcome: string) =>
      total(scraped, 'cs_bridge_sap_luws_total', { outcome });

    const before = await scrape();
    const release = await http.post(`/v1/orders/${created.body.id}/release`);
    const afterRelease = await scrape();
    const again = await http.post(`/v1/orders/${created.body.id}/release`);
    const afterRefusal = await scrape();

    expect([release.status, again.status]).toEqual([200, 409]);
    expect(luws(afterRelease, 'committed') - luws(before, 'committed')).toBe(1);
    expect(luws(afterRelease, 'rolled_back') - luws(before, 'rolled_back')).toBe(0);
    expect(luws(afterRefusal, 'committed') - luws(afterRelease, 'committed')).toBe(0);
    expect(luws(afterRefusal, 'rolled_back') - luws(afterRelease, 'rolled_back')).toBe(1);
  });
});

describe('SAP call metrics of the RFC gateway', () => {
  it('counts a call SAP does not answer in time as a timeout', async () => {
    const silent: RfcClient = {
      alive: true,
      call: () => new Promise(() => undefined),
      ping: () => Promise.resolve(true),
    };
    const pool: RfcPool = {
      acquire: () => Promise.resolve(silent),
      release: () => Promise.resolve(),
      closeAll: () => Promise.resolve(),
    };
    const registry = new Registry();
    const gateway = new RfcGateway(pool, {
      timeoutMs: 50,
      logger: pino({ level: 'silent' }),
      observer: createSapMetrics(registry),
    });

    await expect(
      gateway.withConnection((connection) => connection.call('BAPI_ALM_ORDER_GET_DETAIL')),
    ).rejects.toMatchObject({ code: 'SAP_UNAVAILABLE' });

    const text = await registry.metrics();
    expect(text).toContain(
      'cs_bridge_sap_calls_total{function_module="BAPI_ALM_ORDER_GET_DETAIL",outcome="timeout"} 1',
    );
    expect(text).not.toContain('outcome="ok"');
  });
});

describe('warranty cache metrics', () => {
  it('counts the first check of a serial number as a miss and the second as a hit', async () => {
    const machine = new WarrantySeedLookup(service.sap).customerWarrantyOnly();
    const path = `/v1/warranty-status/${encodeURIComponent(machine.serialNumber)}`;
    const query = `?on=${addDays(machine.startsOn, 3)}`;
    const lookups = (scraped: Scrape, result: string) =>
      total(scraped, 'cs_bridge_warranty_cache_lookups_total', { result });

    const before = await scrape();
    const first = await http.get(path + query);
    const afterFirst = await scrape();
    const second = await http.get(path + query);
    const afterSecond = await scrape();

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(lookups(afterFirst, 'miss') - lookups(before, 'miss')).toBe(1);
    expect(lookups(afterFirst, 'hit') - lookups(before, 'hit')).toBe(0);
    expect(lookups(afterSecond, 'miss') - lookups(afterFirst, 'miss')).toBe(0);
    expect(lookups(afterSecond, 'hit') - lookups(afterFirst, 'hit')).toBe(1);
  });
});

describe('several services in one process', () => {
  it('keeps counts of its own for each service', async () => {
    const other = await startTestService();
    try {
      const otherHttp = createHttpClient(other.baseUrl);
      const route = { route: '/healthz' };
      const mineBefore = total(await scrape(), 'cs_bridge_http_requests_total', route);
      const othersBefore = total(await scrape(otherHttp), 'cs_bridge_http_requests_total', route);

      await otherHttp.get('/healthz');
      await otherHttp.get('/healthz');
      await http.get('/healthz');

      const mine = total(await scrape(), 'cs_bridge_http_requests_total', route);
      const others = total(await scrape(otherHttp), 'cs_bridge_http_requests_total', route);
      expect(mine - mineBefore).toBe(1);
      expect(others - othersBefore).toBe(2);
    } finally {
      await other.close();
    }
  });
});
