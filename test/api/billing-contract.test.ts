import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoice } from '../../src/domain/billing.ts';
import type { TestService } from '../support/test-service.ts';
import { billingMachines, startBillingService } from './billing-seed-lookup.ts';
import type { BillingMachine } from './billing-seed-lookup.ts';
import type { HttpClient } from './http-client.ts';

interface ContractBilling {
  invoiceId: string;
  contractId: string;
  period: string;
  status: string;
  lines: Invoice['lines'];
  totals: { net: Invoice['net']; tax: Invoice['tax']; gross: Invoice['gross'] };
}

interface Problem {
  code: string;
  invoiceId?: string;
  errors?: { path: string }[];
}

let service: TestService;
let http: HttpClient;
let machines: BillingMachine[];

beforeAll(async () => {
  ({ service, http } = await startBillingService());
  machines = billingMachines(service.sap, 3);
});

afterAll(async () => {
  await service.close();
});

async function contract(
  index: number,
  terms: { validFrom: string; validTo: string; fee: string; interval: string },
): Promise<string> {
  const target = machines[index] as BillingMachine;
  const created = await http.post<{ id: string }>('/v1/contracts', {
    type: 'maintenance',
    customerId: target.customerId,
    validFrom: terms.validFrom,
    validTo: terms.validTo,
    equipmentIds: [target.equipmentId],
    coverage: { laborPercent: 100, partsPercent: 0, travelPercent: 0 },
    fee: { amount: { amount: terms.fee, currency: 'EUR' }, interval: terms.interval },
  });
  if (created.status !== 201) throw new Error(`contract answered ${created.text}`);
  return created.body.id;
}

describe('billing a contract period', () => {
  let contractId: string;

  beforeAll(async () => {
    contractId = await contract(0, {
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      fee: '89.00',
      interval: 'monthly',
    });
  });

  it('bills the monthly fee with output tax and posts it', async () => {
    const answer = await http.post<ContractBilling>(`/v1/contracts/${contractId}/billing`, {
      period: '2026-12',
    });

    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ contractId, period: '2026-12', status: 'open' });
    expect(answer.body.lines).toEqual([
      {
        kind: 'fee',
        description: 'Maintenance fee 2026-12',
        materialId: 'SRV-MAINT',
        quantity: '1',
        unit: 'LE',
        unitPrice: { amount: '89.00', currency: 'EUR' },
        coveredPercent: '0',
        coveredBy: null,
        net: { amount: '89.00', currency: 'EUR' },
        taxPercent: '19',
        tax: { amount: '16.91', currency: 'EUR' },
      },
    ]);
    expect(answer.body.totals.gross).toEqual({ amount: '105.91', currency: 'EUR' });

    const invoice = await http.get<Invoice>(`/v1/invoices/${answer.body.invoiceId}`);
    expect(invoice.body).toMatchObject({ contractId, orderId: null, period: '2026-12' });
  });

  it('answers 409 naming the invoice when the period is billed again', async () => {
    const first = await http.get<{ items: Invoice[] }>(`/v1/invoices?contractId=${contractId}`);
    const answer = await http.post<Problem>(`/v1/contracts/${contractId}/billing`, {
      period: '2026-12',
    });

    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('ALREADY_BILLED');
    expect(answer.body.invoiceId).toBe(first.body.items[0]?.id);
  });

  it('bills another period of the same contract', async () => {
    const answer = await http.post<ContractBilling>(`/v1/contracts/${contractId}/billing`, {
      period: '2027-01',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.period).toBe('2027-01');
  });

  it('answers 422 for a period outside the contract', async () => {
    const answer = await http.post<Problem>(`/v1/contracts/${contractId}/billing`, {
      period: '2025-12',
    });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('PERIOD_OUTSIDE_CONTRACT');
  });

  it('answers 422 naming period when its form does not fit the fee interval', async () => {
    const answer = await http.post<Problem>(`/v1/contracts/${contractId}/billing`, {
      period: '2026-Q4',
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['period']);
  });

  it('answers 400 naming period when it is missing or not a period', async () => {
    for (const body of [{}, { period: 'December' }, { period: '2026-13' }]) {
      const answer = await http.post<Problem>(`/v1/contracts/${contractId}/billing`, body);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.map((issue) => issue.path)).toEqual(['period']);
    }
  });
});

describe('billing a period the contract covers in part', () => {
  it('prorates the fee by the days the contract covers', async () => {
    const contractId = await contract(1, {
      validFrom: '2026-12-15',
      validTo: '2027-12-14',
      fee: '89.00',
      interval: 'monthly',
    });

    const answer = await http.post<ContractBilling>(`/v1/contracts/${contractId}/billing`, {
      period: '2026-12',
    });

    // 17 of December's 31 days: 89.00 × 17 / 31 = 48.806…, rounded once.
    expect(answer.status).toBe(201);
    expect(answer.body.lines[0]).toMatchObject({
      description: 'Maintenance fee 2026-12 (17 of 31 days)',
      net: { amount: '48.81', currency: 'EUR' },
    });
  });

  it('bills a quarterly fee by quarter', async () => {
    const contractId = await contract(2, {
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      fee: '240.00',
      interval: 'quarterly',
    });

    const answer = await http.post<ContractBilling>(`/v1/contracts/${contractId}/billing`, {
      period: '2026-Q4',
    });

    expect(answer.status).toBe(201);
    expect(answer.body.period).toBe('2026-Q4');
    expect(answer.body.totals.net).toEqual({ amount: '240.00', currency: 'EUR' });
  });

  it('answers 400 and calls nothing in SAP for malformed or hostile billing requests', async () => {
    const calls = service.sap.callCount();
    const bodies: unknown[] = [
      {},
      { period: 202612 },
      { period: '2026-12', dryRun: true },
      { period: "2026-12' OR '1'='1" },
      { period: 'x'.repeat(10_000) },
      ['2026-12'],
    ];
    const queries = [
      'customerId=abc',
      "customerId=1'%20OR%20'1'='1",
      'status=due',
      'status=open,paid,unpaid',
      'limit=0',
      'limit=501',
      'orderId=4000001%25',
      'unknown=1',
    ];

    const answers = [
      ...(await Promise.all(
        bodies.map((body) => http.post('/v1/contracts/40000001/billing', body)),
      )),
      ...(await Promise.all(queries.map((query) => http.get(`/v1/invoices?${query}`)))),
      await http.get('/v1/invoices/9000000x'),
    ];

    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 400));
    expect(service.sap.callCount()).toBe(calls);
  });

  it('answers 404 for an unknown contract', async () => {
    const answer = await http.post('/v1/contracts/49999999/billing', { period: '2026-12' });
    expect(answer.status).toBe(404);
  });
});
