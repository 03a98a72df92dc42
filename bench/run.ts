// Throughput and memory of the service over the in-process mock SAP, each figure printed beside
// a baseline measured in the same run: GET /healthz, which crosses the HTTP stack but not SAP.
// Bounded: every scenario stops after BENCH_REQUESTS requests or BENCH_SECONDS seconds.
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config/config.ts';
import { createService } from '../src/service.ts';

const requests = Number(process.env.BENCH_REQUESTS ?? 3000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);

interface Figure {
  count: number;
  perSecond: number;
  p50: number;
  p99: number;
}

async function measure(request: (i: number) => Promise<Response>): Promise<Figure> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let next = 0;
  const started = performance.now();

  const worker = async () => {
    while (next < requests && performance.now() < deadline) {
      const i = next++;
      const t0 = performance.now();
      const response = await request(i);
      await response.arrayBuffer();
      if (response.status >= 500) throw new Error(`status ${response.status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    count: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
  };
}

function show(name: string, figure: Figure, baseline: Figure): void {
  const ratio = figure.perSecond / baseline.perSecond;
  console.log(
    `${name.padEnd(34)} ${figure.perSecond.toFixed(0).padStart(6)} req/s  p50 ${figure.p50.toFixed(1)} ms  p99 ${figure.p99.toFixed(1)} ms` +
      `  | baseline GET /healthz ${baseline.perSecond.toFixed(0)} req/s (${(ratio * 100).toFixed(0)} %)`,
  );
}

// Serial numbers of the seed that belong to one material only (the web shop's usual question).
const equipment = JSON.parse(
  readFileSync(new URL('../mocks/seed/default/EQUI.json', import.meta.url), 'utf8'),
) as { SERNR: string }[];
const serialCounts = new Map<string, number>();
for (const { SERNR } of equipment) serialCounts.set(SERNR, (serialCounts.get(SERNR) ?? 0) + 1);
const serials = [...serialCounts].filter(([, count]) => count === 1).map(([serial]) => serial);
const hotSerials = serials.slice(0, 50);

// The periodic replenishment scan is off: it is measured on its own below.
const quiet = { PORT: '0', LOG_LEVEL: 'silent', REPLENISHMENT_SCAN_INTERVAL_SECONDS: '0' };
const service = await createService(loadConfig(quiet));
const { url } = await service.listen();
// The same service with the warranty cache turned off: every check reaches the mock SAP.
const uncached = await createService(loadConfig({ ...quiet, WARRANTY_CACHE_TTL_SECONDS: '0' }));
const uncachedUrl = (await uncached.listen()).url;
const json = { 'content-type': 'application/json' };
console.log(
  `Node ${process.version}, ${concurrency} concurrent requests, at most ${requests} per scenario`,
);

// A warm-up round first, so that the baseline is not measured on a cold JIT.
await measure((i) => fetch(i % 2 === 0 ? `${url}/healthz` : `${url}/v1/notifications/10000001`));
const baseline = await measure(() => fetch(`${url}/healthz`));
const rssBefore = process.memoryUsage().rss;

show(
  'GET /v1/notifications/{id}',
  await measure((i) => fetch(`${url}/v1/notifications/${10000001 + (i % 150)}`)),
  baseline,
);
show(
  'GET /v1/equipment/{id}',
  await measure((i) => fetch(`${url}/v1/equipment/${10000001 + (i % 500)}`)),
  baseline,
);
show(
  'GET /v1/orders/{id}',
  await measure((i) => fetch(`${url}/v1/orders/${4000001 + (i % 60)}`)),
  baseline,
);
show(
  'GET /v1/warranty-status (cached)',
  await measure((i) =>
    fetch(
      `${url}/v1/warranty-status/${encodeURIComponent(hotSerials[i % hotSerials.length] ?? '')}`,
    ),
  ),
  baseline,
);
show(
  'GET /v1/warranty-status (no cache)',
  await measure((i) =>
    fetch(
      `${uncachedUrl}/v1/warranty-status/${encodeURIComponent(serials[i % serials.length] ?? '')}`,
    ),
  ),
  baseline,
);
show(
  'GET /v1/parts/{materialId}',
  await measure((i) => fetch(`${url}/v1/parts/${200001 + (i % 200)}`)),
  baseline,
);
show(
  'GET /v1/parts/{id}/availability',
  await measure((i) =>
    fetch(`${url}/v1/parts/${200001 + (i % 200)}/availability?plant=1000&quantity=2`),
  ),
  baseline,
);
show(
  'GET /v1/parts?belowReorderPoint=true',
  await measure(() => fetch(`${url}/v1/parts?belowReorderPoint=true&limit=50`)),
  baseline,
);
show(
  'GET /v1/orders/{id}/billing-preview',
  await measure((i) => fetch(`${url}/v1/orders/${4000001 + (i % 60)}/billing-preview`)),
  baseline,
);
show(
  'GET /v1/notifications?customerId',
  await measure((i) => fetch(`${url}/v1/notifications?customerId=${100001 + (i % 70)}&limit=10`)),
  baseline,
);
show(
  'POST /v1/notifications (create LUW)',
  await measure((i) =>
    fetch(`${url}/v1/notifications`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        type: 'problem',
        subject: `Bench ${i}`,
        customerId: '100001',
        externalRef: `BENCH-${i}`,
      }),
    }),
  ),
  baseline,
);

// Writes as jobs on Redis (when one answers on BENCH_REDIS_URL): the request that waits for its
// job, and the one that is answered 202 at once, on a queue and key prefix of their own.
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0 });
const redisAnswers = await probe.connect().then(
  () => probe.ping().then(() => true),
  () => false,
);
if (redisAnswers) {
  const prefix = `cs-bridge-bench:${Date.now()}:`;
  const queued = await createService(
    loadConfig({
      ...quiet,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: prefix,
      WRITE_QUEUE_NAME: 'bench',
    }),
  );
  const queuedUrl = (await queued.listen()).url;
  const postTicket = (i: number, headers: Record<string, string>) =>
    fetch(`${queuedUrl}/v1/notifications`, {
      method: 'POST',
      headers: { ...json, ...headers },
      body: JSON.stringify({
        type: 'problem',
        subject: `Bench ${i}`,
        customerId: '100001',
        externalRef: `BENCHQ-${i}`,
      }),
    });
  show('POST /v1/notifications (job, waits)', await measure((i) => postTicket(i, {})), baseline);
  show(
    'POST /v1/notifications (202 at once)',
    await measure((i) => postTicket(requests + i, { Prefer: 'respond-async' })),
    baseline,
  );
  await queued.close();
  const keys = await probe.keys(`${prefix}*`);
  if (keys.length > 0) await probe.del(...keys);
} else {
  console.log(`queued writes: skipped, no Redis answers on ${redisUrl}`);
}
probe.disconnect();

// One replenishment scan over the seed (about 30 parts below their reorder point without a
// requisition), beside the time of one part read in the same run.
const sap = service.mockSap;
const callsBefore = sap?.callCount() ?? 0;
const scanStarted = performance.now();
const scan = await service.replenishment.scan();
const scanMs = performance.now() - scanStarted;
const readStarted = performance.now();
await (await fetch(`${url}/v1/parts/200001`)).arrayBuffer();
console.log(
  `replenishment scan                 ${scanMs.toFixed(0).padStart(6)} ms for ${scan.candidates} candidates, ` +
    `${scan.raised} raised, ${(sap?.callCount() ?? 0) - callsBefore} RFC calls` +
    `  | baseline one GET /v1/parts/{id} ${(performance.now() - readStarted).toFixed(1)} ms`,
);

const rssAfter = process.memoryUsage().rss;
console.log(
  `RSS ${(rssBefore / 2 ** 20).toFixed(0)} MiB after the baseline, ${(rssAfter / 2 ** 20).toFixed(0)} MiB after all scenarios`,
);
await uncached.close();
await service.close();
