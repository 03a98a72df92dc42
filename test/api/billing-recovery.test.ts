import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Invoice } from '../../src/domain/billing.ts';
import { MockRfcPool } from '../../src/sap-mock/index.ts';
import type { TestService } from '../support/test-service.ts';
import {
  billingMachines,
  startBillingService,
  completedOrder,
  debitMemoRequestsOf,
} from './billing-seed-lookup.ts';
import type { BillingMachine } from './billing-seed-lookup.ts';
import type { HttpClient } from './http-client.ts';

interface OrderBilling {
  invoiceId: string;
  debitMemoRequestId: string;
  status: string;
}

interface Problem {
  code: string;
  debitMemoRequestId?: string;
  detail: string;
}

let service: TestService;
let http: HttpClient;
let machines: BillingMachine[];

beforeAll(async () => {
  ({ service, http } = await startBillingService());
  machines = billingMachines(service.sap, 5);
});

afterAll(async () => {
  await service.close();
});

function billingDocumentCount(): number {
  return service.sap.select('VBRK').length;
}

// Cancels a billing document in SAP as VF11 would, through the BAPI.
async function cancelInSap(invoiceId: string): Promise<void> {
  const pool = new MockRfcPool(service.sap, { connectionParameters: { user: 'billing_clerk' } });
  const client = await pool.acquire();
  try {
    const result = await client.call('BAPI_BILLINGDOC_CANCEL1', { BILLINGDOCUMENT: invoiceId });
    const errors = (result.RETURN as { TYPE: string; MESSAGE: string }[]).filter(
      (row) => row.TYPE === 'E',
    );
    if (errors.length > 0) throw new Error(errors.map((row) => row.MESSAGE).join('; '));
  } finally {
    await pool.release(client);
    await pool.closeAll();
  }
}

describe('a failure between the debit memo request and its invoice', () => {
  it('answers 503 naming the request, and the next call bills that request', async () => {
    const orderId = await completedOrder(http, machines[0] as BillingMachine);
    const documentsBefore = billingDocumentCount();
    service.sap.dropConnectionOnCall('BAPI_BILLINGDOC_CREATEMULTIPLE');

    const failed = await http.post<Problem>(`/v1/orders/${orderId}/billing`);

    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).not.toBeNull();
    const [request] = debitMemoRequestsOf(service.sap, orderId);
    expect(failed.body).toMatchObject({ code: 'BILLING_INCOMPLETE', debitMemoRequestId: request });
    expect(billingDocumentCount()).toBe(documentsBefore);

    const completed = await http.post<OrderBilling>(`/v1/orders/${orderId}/billing`);

    expect(completed.status).toBe(201);
    expect(completed.body.debitMemoRequestId).toBe(request);
    expect(debitMemoRequestsOf(service.sap, orderId)).toEqual([request]);
    expect(billingDocumentCount()).toBe(documentsBefore + 1);
  });

  it('makes nothing while SAP is down, and bills once SAP is back', async () => {
    const orderId = await completedOrder(http, machines[1] as BillingMachine);
    service.sap.setSystemDown(true);
    const down = await http.post<Problem>(`/v1/orders/${orderId}/billing`);
    service.sap.setSystemDown(false);

    expect(down.status).toBe(503);
    expect(down.body.code).toBe('SAP_UNAVAILABLE');
    expect(debitMemoRequestsOf(service.sap, orderId)).toEqual([]);

    const billed = await http.post<OrderBilling>(`/v1/orders/${orderId}/billing`);
    expect(billed.status).toBe(201);
    expect(debitMemoRequestsOf(service.sap, orderId)).toHaveLength(1);
  });

  it('bills an order once when two calls race', async () => {
    const orderId = await completedOrder(http, machines[2] as BillingMachine);

    const answers = await Promise.all([
      http.post<OrderBilling>(`/v1/orders/${orderId}/billing`),
      http.post<OrderBilling>(`/v1/orders/${orderId}/billing`),
    ]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(debitMemoRequestsOf(service.sap, orderId)).toHaveLength(1);
  });
});

describe('invoices', () => {
  let orderId: string;
  let invoiceId: string;

  beforeAll(async () => {
    orderId = await completedOrder(http, machines[3] as BillingMachine);
    const billed = await http.post<OrderBilling>(`/v1/orders/${orderId}/billing`);
    invoiceId = billed.body.invoiceId;
  });

  it('lists a customer’s invoices newest first, filtered by status', async () => {
    const customerId = (machines[3] as BillingMachine).customerId;
    const all = await http.get<{ items: Invoice[] }>(`/v1/invoices?customerId=${customerId}`);
    const open = await http.get<{ items: Invoice[] }>(
      `/v1/invoices?customerId=${customerId}&status=open`,
    );
    const paid = await http.get<{ items: Invoice[] }>(
      `/v1/invoices?customerId=${customerId}&status=paid,cancelled`,
    );

    expect(all.status).toBe(200);
    expect(all.body.items.map((invoice) => invoice.id)).toContain(invoiceId);
    expect(all.body.items.every((invoice) => invoice.customerId === customerId)).toBe(true);
    const ids = all.body.items.map((invoice) => Number(invoice.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(open.body.items.map((invoice) => invoice.id)).toContain(invoiceId);
    expect(paid.body.items.map((invoice) => invoice.id)).not.toContain(invoiceId);
  });

  it('lists the invoices issued in a period of days', async () => {
    const customerId = (machines[3] as BillingMachine).customerId;
    const ids = async (query: string) =>
      (
        await http.get<{ items: Invoice[] }>(`/v1/invoices?customerId=${customerId}&${query}`)
      ).body.items.map((invoice) => invoice.id);

    expect(await ids('issuedFrom=2026-12-03&issuedTo=2026-12-03')).toContain(invoiceId);
    expect(await ids('issuedFrom=2026-12-04')).toEqual([]);
    expect(await ids('issuedTo=2026-12-02')).toEqual([]);
    const bad = await http.get<{ errors: { path: string }[] }>(
      '/v1/invoices?issuedFrom=2026-13-01',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((issue) => issue.path)).toEqual(['issuedFrom']);
  });

  it('finds the invoice of an order', async () => {
    const answer = await http.get<{ items: Invoice[] }>(`/v1/invoices?orderId=${orderId}`);
    expect(answer.body.items.map((invoice) => invoice.id)).toEqual([invoiceId]);
  });

  it('answers 400 naming the field for an unknown status', async () => {
    const answer = await http.get<{ errors: { path: string }[] }>('/v1/invoices?status=due');
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((issue) => issue.path)).toEqual(['status']);
  });

  it('cancels an invoice through the API, once, and never a paid one', async () => {
    const orderId = await completedOrder(http, machines[4] as BillingMachine);
    const billed = await http.post<OrderBilling>(`/v1/orders/${orderId}/billing`);

    const cancelled = await http.post<Invoice>(`/v1/invoices/${billed.body.invoiceId}/cancel`);
    const again = await http.post<Problem>(`/v1/invoices/${billed.body.invoiceId}/cancel`);

    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ id: billed.body.invoiceId, status: 'cancelled' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SAP_STATUS_CONFLICT');

    const rebilled = await http.post<OrderBilling>(`/v1/orders/${orderId}/billing`);
    expect(rebilled.status).toBe(201);
    service.sap.postIncomingPayment(rebilled.body.invoiceId);
    const paid = await http.post<Problem>(`/v1/invoices/${rebilled.body.invoiceId}/cancel`);
    expect(paid.status).toBe(409);
    const invoice = await http.get<Invoice>(`/v1/invoices/${rebilled.body.invoiceId}`);
    expect(invoice.body.status).toBe('paid');
  });

  it('answers 404 when asked to cancel an invoice SAP does not have', async () => {
    const answer = await http.post<Problem>('/v1/invoices/99999999/cancel');
    expect(answer.status).toBe(404);
  });

  it('shows an invoice cancelled in SAP as cancelled, and bills the order again', async () => {
    await cancelInSap(invoiceId);

    const cancelled = await http.get<Invoice>(`/v1/invoices/${invoiceId}`);
    expect(cancelled.body.status).toBe('cancelled');

    const again = await http.post<OrderBilling>(`/v1/orders/${orderId}/billing`);
    expect(again.status).toBe(201);
    expect(again.body.invoiceId).not.toBe(invoiceId);
    expect(debitMemoRequestsOf(service.sap, orderId)).toHaveLength(1);
  });
});
