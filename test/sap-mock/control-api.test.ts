import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockSapServer } from '../../src/sap-mock/index.ts';
import type { MockSap, MockSapServer } from '../../src/sap-mock/index.ts';
import {
  billRequest,
  billingDocumentOf,
  byNumber,
  createBillingSap,
  createRequest,
  openBillingClient,
  putBillingMasterData,
} from './billing-fixture.ts';

interface Answer {
  status: number;
  type: string;
  body: Record<string, unknown>;
}

describe('the mock SAP control API', () => {
  let sap: MockSap;
  let server: MockSapServer;

  async function send(method: string, path: string, body?: unknown): Promise<Answer> {
    const response = await fetch(`${server.url}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    };
  }

  beforeAll(async () => {
    sap = createBillingSap();
    server = await startMockSapServer({ sap });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    sap.reset();
    putBillingMasterData(sap);
  });

  it('listens on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('sets, reads and clears the fault plan', async () => {
    const plan = { latency: { ms: 5 }, commitFailure: { share: 0.5, mode: 'answer-lost' } };

    const set = await send('PUT', '/_mock/faults', plan);
    expect(set).toMatchObject({ status: 200, body: { plan } });
    expect(sap.faults.plan).toEqual(plan);
    const read = await send('GET', '/_mock/faults');
    expect(read.body).toEqual({
      plan,
      injected: {
        failedCalls: 0,
        commitsRolledBack: 0,
        answersLost: 0,
        droppedInLuw: 0,
        delayedCalls: 0,
        lockConflicts: 0,
      },
    });

    expect((await send('DELETE', '/_mock/faults')).status).toBe(204);
    expect((await send('GET', '/_mock/faults')).body['plan']).toEqual({});
  });

  it('answers 400 naming the field for a latency that is not a number', async () => {
    const answer = await send('PUT', '/_mock/faults', { latency: { ms: 'x' } });

    expect(answer.status).toBe(400);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({
      status: 400,
      title: 'Bad Request',
      errors: [expect.objectContaining({ path: 'latency.ms', code: 'invalid_type' })],
    });
    expect(answer.body['detail']).toContain('latency.ms');
    expect(sap.faults.plan).toEqual({});
  });

  it('answers 400 naming an unknown field', async () => {
    const answer = await send('PUT', '/_mock/faults', { droppedInLuw: { share: 1, when: 'now' } });

    expect(answer.status).toBe(400);
    expect(answer.body['errors']).toEqual([
      expect.objectContaining({ path: 'droppedInLuw.when', code: 'unrecognized_keys' }),
    ]);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await fetch(`${server.url}/_mock/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"latency":',
    });

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers 409 for a planned lock that a session holds', async () => {
    const client = await openBillingClient(sap, 'dispatcher');
    await client.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: '000010000001' });

    const answer = await send('PUT', '/_mock/faults', {
      heldLocks: [{ argument: 'QMEL 000010000001' }],
    });

    expect(answer.status).toBe(409);
    expect(answer.body['detail']).toContain('DISPATCHER');
  });

  it('resets the system to the seed and clears the faults', async () => {
    await send('PUT', '/_mock/faults', { down: {} });
    expect(sap.isAvailable).toBe(false);

    expect((await send('POST', '/_mock/reset')).status).toBe(204);

    expect(sap.isAvailable).toBe(true);
    expect(sap.faults.plan).toEqual({});
  });

  it('lists the latest calls first, filtered by function module and limited', async () => {
    const client = await openBillingClient(sap, 'hotline');
    await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: '000010000001' });
    await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: '000010000002' });
    await client.call('BAPI_TRANSACTION_COMMIT', {});

    const all = await send('GET', '/_mock/calls');
    const reads = await send(
      'GET',
      '/_mock/calls?functionModule=BAPI_ALM_NOTIF_GET_DETAIL&limit=1',
    );

    expect(all.body['total']).toBe(3);
    expect((all.body['items'] as unknown[])[0]).toMatchObject({
      functionModule: 'BAPI_TRANSACTION_COMMIT',
      user: 'HOTLINE',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown,
    });
    expect(reads.body).toMatchObject({
      total: 2,
      items: [{ functionModule: 'BAPI_ALM_NOTIF_GET_DETAIL' }],
    });
  });

  it('refuses a limit above 10 000', async () => {
    const answer = await send('GET', '/_mock/calls?limit=10001');

    expect(answer.status).toBe(400);
    expect(answer.body['errors']).toEqual([expect.objectContaining({ path: 'limit' })]);
  });

  it('posts an incoming payment for a billing document', async () => {
    const client = await openBillingClient(sap);
    const request = await createRequest(client);
    const billed = billingDocumentOf(await billRequest(client, request));
    expect(sap.select('BSID', byNumber(billed))).not.toEqual([]);

    const paid = await send('POST', `/_mock/billing-documents/${billed}/payments`, {
      on: '2026-03-20',
    });

    expect(paid.status).toBe(201);
    expect(paid.body['accountingDocument']).toMatch(/^\d{10}$/);
    expect(sap.select('BSID', byNumber(billed))).toEqual([]);
    const cleared = sap.select('BSAD', byNumber(billed));
    expect(cleared.map((row) => row['AUGBL'])).toEqual([
      paid.body['accountingDocument'],
      paid.body['accountingDocument'],
    ]);

    const again = await send('POST', `/_mock/billing-documents/${billed}/payments`, {});
    expect(again.status).toBe(409);
  });

  it('answers 400 for a payment date that is not YYYY-MM-DD', async () => {
    const answer = await send('POST', '/_mock/billing-documents/90000001/payments', {
      on: '20.03.2026',
    });

    expect(answer.status).toBe(400);
    expect(answer.body['errors']).toEqual([expect.objectContaining({ path: 'on' })]);
  });
});
