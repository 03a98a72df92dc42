import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import type { Invoice } from '../../domain/billing.ts';
import type { BillingService } from '../../domain/billing-service.ts';
import {
  JSON_BODY_PROBLEMS,
  SAP_CALL_PROBLEMS,
  jsonBody,
  jsonResponse,
  problemResponses,
} from '../openapi/route-docs.ts';
import {
  BillingPreviewSchema,
  ContractBillingRequestSchema,
  ContractBillingSchema,
  InvoiceListSchema,
  InvoiceParamsSchema,
  InvoiceQuerySchema,
  InvoiceSchema,
  OrderBillingSchema,
} from '../schemas/billing-schemas.ts';
import { IdParamsSchema } from '../schemas/common-schemas.ts';
import { z } from '../schemas/zod-openapi.ts';
import type { WriteOutcome } from '../../jobs/write-job.ts';
import { parseInput } from '../validation.ts';
import type { WriteGateway } from '../writes/write-gateway.ts';
import { sapObjectKey } from '../writes/write-operations.ts';

/** The billing routes: previews and bills of orders, contract fees, and `/v1/invoices`. */
export function createBillingRouter(billing: BillingService, writes: WriteGateway): Router {
  const router = Router();

  router.get('/v1/orders/:id/billing-preview', async (req, res) => {
    res.json(await billing.previewOrder(req.params.id));
  });

  router.post(
    '/v1/orders/:id/billing',
    writes.route('billing.bill-order', {
      parse: ({ params }) => parseInput(IdParamsSchema, params),
      objectKey: ({ id }) => sapObjectKey('order', id),
      run: async ({ id }) => {
        const outcome = await billing.billOrder(id);
        if (outcome.billable) {
          const { invoice } = outcome;
          return created(invoice, {
            billable: true,
            ...invoiceReferences(invoice),
            orderId: invoice.orderId ?? id,
          });
        }
        const { billing: bill, customerId } = outcome;
        const body = {
          billable: false,
          invoiceId: null,
          debitMemoRequestId: null,
          accountingDocumentId: null,
          orderId: id,
          customerId,
          status: null,
          issuedOn: null,
          lines: bill.lines,
          totals: bill.totals,
        };
        return { status: 200, body };
      },
    }),
  );

  router.post(
    '/v1/contracts/:id/billing',
    writes.route('billing.bill-contract', {
      parse: ({ params, body }) => ({
        ...parseInput(IdParamsSchema, params),
        ...parseInput(ContractBillingRequestSchema, body),
      }),
      objectKey: ({ id }) => sapObjectKey('contract', id),
      run: async ({ id, period }) => {
        const invoice = await billing.billContract(id, period);
        return created(invoice, {
          ...invoiceReferences(invoice),
          contractId: invoice.contractId ?? id,
          period: invoice.period ?? period,
        });
      },
    }),
  );

  router.get('/v1/invoices', async (req, res) => {
    const query = parseInput(InvoiceQuerySchema, req.query);
    res.json({ items: await billing.listInvoices(query) });
  });

  router.post(
    '/v1/invoices/:id/cancel',
    writes.route('billing.cancel-invoice', {
      parse: ({ params }) => parseInput(InvoiceParamsSchema, params),
      run: async ({ id }) => ({ status: 200, body: await billing.cancelInvoice(id) }),
      objectKey: ({ id }) => sapObjectKey('invoice', id),
      settled: async ({ id }) => {
        const invoice = await billing.getInvoice(id);
        return invoice.status === 'cancelled' ? { status: 200, body: invoice } : null;
      },
    }),
  );

  router.get('/v1/invoices/:id', async (req, res) => {
    const { id } = parseInput(InvoiceParamsSchema, req.params);
    res.json(await billing.getInvoice(id));
  });

  return router;
}

/** The path of one invoice, as `Location` gives it. */
export function invoicePath(id: string): string {
  return `/v1/invoices/${encodeURIComponent(id)}`;
}

function invoiceReferences(invoice: Invoice) {
  return {
    invoiceId: invoice.id,
    debitMemoRequestId: invoice.debitMemoRequestId,
    accountingDocumentId: invoice.accountingDocumentId,
    customerId: invoice.customerId,
    status: invoice.status,
    issuedOn: invoice.issuedOn,
  };
}

function created(invoice: Invoice, fields: Record<string, unknown>): WriteOutcome {
  const body = {
    ...fields,
    lines: invoice.lines,
    totals: { net: invoice.net, tax: invoice.tax, gross: invoice.gross },
  };
  return { status: 201, location: invoicePath(invoice.id), body };
}

/** Describes the billing routes in the OpenAPI registry. */
export function registerBillingPaths(registry: OpenAPIRegistry): void {
  const tags = ['billing'];
  const location = z.object({ Location: z.string().openapi({ example: '/v1/invoices/90000001' }) });

  registry.registerPath({
    method: 'get',
    path: '/v1/orders/{id}/billing-preview',
    tags,
    summary: 'Works out the bill of an order by contract conditions, without writing anything',
    request: { params: IdParamsSchema },
    responses: {
      200: jsonResponse(
        'The lines and totals the order would be billed with.',
        BillingPreviewSchema,
      ),
      ...problemResponses([404, 422, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/orders/{id}/billing',
    tags,
    summary: 'Bills a technically completed order: debit memo request, invoice, accounting',
    request: { params: IdParamsSchema },
    responses: {
      201: {
        ...jsonResponse('The invoice was made and posted.', OrderBillingSchema),
        headers: location,
      },
      200: jsonResponse(
        'Warranties and contracts cover everything: `billable` false, no documents.',
        OrderBillingSchema,
      ),
      ...problemResponses([404, 409, 422, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/contracts/{id}/billing',
    tags,
    summary: 'Bills one period of a contract’s fee, once per period',
    request: { params: IdParamsSchema, body: jsonBody(ContractBillingRequestSchema) },
    responses: {
      201: {
        ...jsonResponse('The invoice for the period was made and posted.', ContractBillingSchema),
        headers: location,
      },
      ...problemResponses([...JSON_BODY_PROBLEMS, 404, 409, 422, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/invoices/{id}',
    tags,
    summary: 'Reads an invoice with its lines, accounting document and payment status',
    request: { params: InvoiceParamsSchema },
    responses: {
      200: jsonResponse('The invoice.', InvoiceSchema),
      ...problemResponses([400, 404, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/invoices/{id}/cancel',
    tags,
    summary: 'Cancels an invoice in SAP and reverses its accounting document',
    request: { params: InvoiceParamsSchema },
    responses: {
      200: jsonResponse('The invoice, now cancelled.', InvoiceSchema),
      ...problemResponses([400, 404, 409, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/invoices',
    tags,
    summary: 'Lists invoices, newest first',
    request: { query: InvoiceQuerySchema },
    responses: {
      200: jsonResponse('A page of invoices.', InvoiceListSchema),
      ...problemResponses([400, ...SAP_CALL_PROBLEMS]),
    },
  });
}
