import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillingLine, Invoice } from '../../src/domain/billing.ts';
import type { TestService } from '../support/test-service.ts';
import {
  assignWarranty,
  billingMachines,
  startBillingService,
  completedOrder,
  debitMemoRequestsOf,
} from './billing-seed-lookup.ts';
import type { BillingMachine } from './billing-seed-lookup.ts';
import type { HttpClient } from './http-client.ts';

interface Preview {
  orderId: string;
  customerId: string;
  serviceDate: string;
  billable: boolean;
  lines: BillingLine[];
  totals: { net: Money; tax: Money; gross: Money };
}

interface OrderBilling extends Omit<Preview, 'serviceDate'> {
  invoiceId: string | null;
  debitMemoRequestId: string | null;
  accountingDocumentId: string | null;
  status: string | null;
}

interface Money {
  amount: string;
  currency: string;
}

let service: TestService;
let http: HttpClient;
let machines: BillingMachine[];

beforeAll(async () => {
  ({ service, http } = await startBillingService());
  machines = billingMachines(service.sap, 6);
});

afterAll(async () => {
  await service.close();
});

function machine(index: number): BillingMachine {
  const found = machines[index];
  if (found === undefined) throw new Error(`no machine ${index}`);
  return found;
}

// The seed's PR00 price of a part, in cents.
function partPriceCents(materialId: string): bigint {
  const [key] = service.sap.select(
    'A004',
    (row) => row.KSCHL === 'PR00' && row.MATNR === materialId.padStart(18, '0'),
  );
  const [record] = service.sap.select('KONP', (row) => row.KNUMH === key?.KNUMH);
  return BigInt((record?.KBETR ?? '').replace('.', ''));
}

function euros(cents: bigint): Money {
  const text = cents.toString().padStart(3, '0');
  return { amount: `${text.slice(0, -2)}.${text.slice(-2)}`, currency: 'EUR' };
}

// 19 % of an amount in cents, rounded half up (all amounts here are positive).
function taxCents(cents: bigint): bigint {
  return (cents * 19n + 50n) / 100n;
}

describe('billing an order at time and material', () => {
  let orderId: string;
  let preview: Preview;

  beforeAll(async () => {
    orderId = await completedOrder(http, machine(0));
    const answer = await http.get<Preview>(`/v1/orders/${orderId}/billing-preview`);
    expect(answer.status).toBe(200);
    preview = answer.body;
  });

  it('prices labour, parts and travel from SAP with German output tax', () => {
    const part = partPriceCents(machine(0).materialId) * 2n;
    expect(preview).toMatchObject({ orderId, customerId: machine(0).customerId, billable: true });
    expect(preview.serviceDate).toBe('2026-12-03');
    expect(preview.lines).toEqual([
      {
        kind: 'labor',
        description: 'Replace seal (0010)',
        materialId: 'SRV-LAB-MECH',
        quantity: '1.5',
        unit: 'H',
        unitPrice: { amount: '92.00', currency: 'EUR' },
        coveredPercent: '0',
        coveredBy: null,
        net: { amount: '138.00', currency: 'EUR' },
        taxPercent: '19',
        tax: { amount: '26.22', currency: 'EUR' },
      },
      expect.objectContaining({
        kind: 'part',
        materialId: machine(0).materialId,
        quantity: '2',
        net: euros(part),
        tax: euros(taxCents(part)),
      }),
      expect.objectContaining({
        kind: 'travel',
        materialId: 'SRV-TRAVEL',
        quantity: '1',
        net: { amount: '65.00', currency: 'EUR' },
      }),
    ]);
    const net = 13800n + part + 6500n;
    const tax = 2622n + taxCents(part) + 1235n;
    expect(preview.totals).toEqual({ net: euros(net), tax: euros(tax), gross: euros(net + tax) });
  });

  it('writes nothing to SAP for a preview', () => {
    expect(debitMemoRequestsOf(service.sap, orderId)).toEqual([]);
  });

  it('bills exactly the preview: debit memo request, invoice and accounting document', async () => {
    const answer = await http.post<OrderBilling>(`/v1/orders/${orderId}/billing`);

    expect(answer.status).toBe(201);
    expect(answer.headers.get('location')).toBe(`/v1/invoices/${answer.body.invoiceId}`);
    expect(answer.body).toMatchObject({
      billable: true,
      orderId,
      customerId: machine(0).customerId,
      status: 'open',
      lines: preview.lines,
      totals: preview.totals,
    });
    expect(answer.body.invoiceId).toMatch(/^9\d{7}$/);
    expect(answer.body.debitMemoRequestId).toMatch(/^6\d{7}$/);
    expect(answer.body.accountingDocumentId).toMatch(/^1\d{8}$/);
    expect(debitMemoRequestsOf(service.sap, orderId)).toEqual([answer.body.debitMemoRequestId]);
  });

  it('posts the invoice to accounting as an open item until it is paid', async () => {
    const invoiceId = debitMemoInvoice(orderId);
    const open = await http.get<Invoice>(`/v1/invoices/${invoiceId}`);
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({
      id: invoiceId,
      customerId: machine(0).customerId,
      orderId,
      contractId: null,
      period: null,
      issuedOn: '2026-12-03',
      status: 'open',
      net: preview.totals.net,
      tax: preview.totals.tax,
      gross: preview.totals.gross,
      lines: preview.lines,
    });

    service.sap.postIncomingPayment(invoiceId);
    const paid = await http.get<Invoice>(`/v1/invoices/${invoiceId}`);
    expect(paid.body.status).toBe('paid');
  });

  it('answers 409 naming the invoice when the order is billed a second time', async () => {
    const answer = await http.post<{ code: string; invoiceId: string; detail: string }>(
      `/v1/orders/${orderId}/billing`,
    );
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('ALREADY_BILLED');
    expect(answer.body.invoiceId).toBe(debitMemoInvoice(orderId));
    expect(answer.body.detail).toContain(debitMemoInvoice(orderId));
    expect(debitMemoRequestsOf(service.sap, orderId)).toHaveLength(1);
  });

  it('counts invoices and refused second bills in the metrics', async () => {
    const metrics = await http.get<string>('/metrics');

    expect(metrics.text).toMatch(
      /cs_bridge_billing_calls_total\{kind="order",outcome="invoiced"\} 1\b/,
    );
    expect(metrics.text).toMatch(
      /cs_bridge_billing_calls_total\{kind="order",outcome="already-billed"\} 1\b/,
    );
  });
});

describe('billing by contract conditions', () => {
  it('bills nothing and makes no SD document when a customer warranty covers everything', async () => {
    assignWarranty(service.sap, machine(1).equipmentId, {
      masterWarrantyId: '1',
      type: '1',
      from: '2026-01-01',
      to: '2027-12-31',
    });
    const orderId = await completedOrder(http, machine(1));

    const answer = await http.post<OrderBilling>(`/v1/orders/${orderId}/billing`);

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ billable: false, invoiceId: null, orderId });
    expect(answer.body.totals.gross).toEqual({ amount: '0.00', currency: 'EUR' });
    for (const line of answer.body.lines) {
      expect(line).toMatchObject({
        coveredPercent: '100',
        coveredBy: { type: 'warranty', id: '1' },
      });
    }
    expect(debitMemoRequestsOf(service.sap, orderId)).toEqual([]);
  });

  it('bills what a maintenance contract leaves uncovered, naming the contract per line', async () => {
    const contract = await http.post<{ id: string }>('/v1/contracts', {
      type: 'maintenance',
      customerId: machine(2).customerId,
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      equipmentIds: [machine(2).equipmentId],
      coverage: { laborPercent: 100, partsPercent: 50, travelPercent: 0 },
      fee: { amount: { amount: '89.00', currency: 'EUR' }, interval: 'monthly' },
    });
    expect(contract.status).toBe(201);
    const orderId = await completedOrder(http, machine(2));

    const preview = await http.get<Preview>(`/v1/orders/${orderId}/billing-preview`);
    const billed = await http.post<OrderBilling>(`/v1/orders/${orderId}/billing`);

    const coveredBy = { type: 'contract', id: contract.body.id };
    const part = partPriceCents(machine(2).materialId);
    expect(preview.body.lines.map((line) => [line.kind, line.coveredPercent, line.net])).toEqual([
      ['labor', '100', { amount: '0.00', currency: 'EUR' }],
      ['part', '50', euros(part)],
      ['travel', '0', { amount: '65.00', currency: 'EUR' }],
    ]);
    expect(preview.body.lines[0]?.coveredBy).toEqual(coveredBy);
    expect(preview.body.lines[2]?.coveredBy).toBeNull();
    expect(billed.status).toBe(201);
    expect(billed.body.lines).toEqual(preview.body.lines);
    expect(billed.body.totals).toEqual(preview.body.totals);
  });

  it('bills at full price when the only warranty is a vendor warranty', async () => {
    assignWarranty(service.sap, machine(3).equipmentId, {
      masterWarrantyId: '9',
      type: '2',
      from: '2026-01-01',
      to: '2027-12-31',
    });
    const orderId = await completedOrder(http, machine(3));

    const preview = await http.get<Preview>(`/v1/orders/${orderId}/billing-preview`);

    expect(preview.body.billable).toBe(true);
    expect(preview.body.lines.every((line) => line.coveredPercent === '0')).toBe(true);
  });
});

describe('labour by activity type', () => {
  it('bills hours of an operation with an activity type with that type’s labour material', async () => {
    const target = machine(5);
    const created = await http.post<{ id: string; operations: { activityType: string | null }[] }>(
      '/v1/orders',
      {
        type: 'repair',
        description: 'Night call-out',
        customerId: target.customerId,
        equipmentId: target.equipmentId,
        operations: [
          {
            description: 'Restart chiller',
            workCenter: 'SRV-MECH',
            activityType: 'SRVOT',
            plannedHours: '1',
          },
        ],
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.operations[0]?.activityType).toBe('SRVOT');
    await http.post(`/v1/orders/${created.body.id}/release`);
    await http.post(`/v1/orders/${created.body.id}/confirmations`, {
      operationId: '0010',
      hours: '2',
      final: true,
      materials: [],
    });

    const preview = await http.get<Preview>(`/v1/orders/${created.body.id}/billing-preview`);

    expect(preview.body.lines[0]).toMatchObject({
      kind: 'labor',
      materialId: 'SRV-LAB-OT',
      unitPrice: { amount: '138.00', currency: 'EUR' },
      net: { amount: '276.00', currency: 'EUR' },
    });
  });
});

describe('billing refusals', () => {
  it('answers 409 for an order that is not technically completed, and writes nothing', async () => {
    const created = await http.post<{ id: string }>('/v1/orders', {
      type: 'repair',
      description: 'Not done yet',
      customerId: machine(4).customerId,
      equipmentId: machine(4).equipmentId,
      operations: [{ description: 'Check', workCenter: 'SRV-MECH', plannedHours: '1' }],
    });

    const answer = await http.post<{ code: string }>(`/v1/orders/${created.body.id}/billing`);

    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('ORDER_NOT_BILLABLE');
    expect(debitMemoRequestsOf(service.sap, created.body.id)).toEqual([]);
  });

  it('answers 404 for an unknown order and an unknown invoice', async () => {
    expect((await http.get('/v1/orders/4999999/billing-preview')).status).toBe(404);
    expect((await http.post('/v1/orders/4999999/billing')).status).toBe(404);
    expect((await http.get('/v1/invoices/99999999')).status).toBe(404);
  });

  it('answers 400 naming the field for an invoice number that is not a number', async () => {
    const answer = await http.get<{ errors: { path: string }[] }>('/v1/invoices/abc');
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((issue) => issue.path)).toEqual(['id']);
  });
});

// The invoice SAP made for an order, from the document flow of its debit memo request.
function debitMemoInvoice(orderId: string): string {
  const [request] = debitMemoRequestsOf(service.sap, orderId);
  const [flow] = service.sap.select(
    'VBFA',
    (row) => row.VBELV === (request ?? '').padStart(10, '0') && row.VBTYP_N === 'P',
  );
  return (flow?.VBELN ?? '').replace(/^0+/, '');
}
