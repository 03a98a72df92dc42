import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import type { Response } from 'express';
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
import { parseInput } from '../validation.ts';

/** The billing routes: previews and bills of orders, contract fees, and `/v1/invoices`. */
export function createBillingRouter(billing: BillingService): Router {
  const router = Router();

  router.get('/v1/orders/:id/billing-preview', async (req, res) => {
    res.json(await billing.previewOrder(req.params.id));
  });

  router.post('/v1/orders/:id/billing', async (req, res) => {
    const outcome = await billing.billOrder(req.params.id);
    if (!outcome.billable) {
      const { billing: bill, customerId } = outcome;
      res.status(200).json({
        billable: false,
        invoiceId: null,
        debitMemoRequestId: null,
        accountingDocumentId: null,
        orderId: req.params.id,
        customerId,
        status: null,
        issuedOn: null,
        lines: bill.lines,
        totals: bill.totals,
      });
      return;
    }
    const { invoice } = outcome;
    created(res, invoice, {
      billable: true,
      ...invoiceReferences(invoice),
      orderId: invoice.orderId ?? req.params.id,
    });
  });

  router.post('/v1/contracts/:id/billing', async (req, res) => {
    const { period } = parseInput(ContractBillingRequestSchema, req.body);
    const invoice = await billing.billContract(req.params.id, period);
    created(res, invoice, {
      ...invoiceReferences(invoice),
      contractId: invoice.contractId ?? req.params.id,
      period: invoice.period ?? period,
    });
  });

  router.get('/v1/invoices', async (req, res) => {
    const query = parseInput(InvoiceQuerySchema, req.query);
    res.json({ items: await billing.listInvoices(query) });
  });

  router.post('/v1/invoices/:id/cancel', async (req, res) => {
    const { id } = parseInput(InvoiceParamsSchema, req.params);
    res.json(await billing.cancelInvoice(id));
  });

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

function created(res: Response, invoice: Invoice, fields: Record<string, unknown>): void {
  res
    .status(201)
    .location(invoicePath(invoice.id))
    .json({
      ...fields,
      lines: invoice.lines,
      totals: { net: invoice.net, tax: invoice.tax, gross: invoice.gross },
    });
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
