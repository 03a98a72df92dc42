import { invoiceStatuses } from '../../domain/billing.ts';
import type { BillingLine, BillingTotals, Invoice, InvoiceQuery } from '../../domain/billing.ts';
import { enumListInput, pagingFields } from './common-schemas.ts';
import { z } from './zod-openapi.ts';

const sapNumber = z.string().regex(/^\d{1,10}$/, 'An SAP number of up to 10 digits.');
const decimal = z.string().openapi({ description: 'A decimal string.', example: '2.5' });
const isoDay = z.iso.date().openapi({ example: '2026-12-01' });

/** An amount of money in an answer: a decimal string with the currency's digits. */
export const AmountSchema = z
  .object({
    amount: z.string().openapi({ example: '120.50' }),
    currency: z.string().openapi({ example: 'EUR' }),
  })
  .openapi('Amount');

/** One line of a bill or an invoice. */
export const BillingLineSchema = z
  .object({
    kind: z.enum(['labor', 'part', 'travel', 'fee']),
    description: z.string().openapi({ example: 'Replace the pump seal (0010)' }),
    materialId: z.string().openapi({ example: 'SRV-LAB-MECH' }),
    quantity: decimal,
    unit: z.string().openapi({ example: 'H' }),
    unitPrice: AmountSchema,
    coveredPercent: decimal.openapi({
      description: 'The share of the line the customer does not pay, in percent.',
      example: '50',
    }),
    coveredBy: z
      .object({ type: z.enum(['warranty', 'contract']), id: z.string() })
      .nullable()
      .openapi({ description: 'The warranty or contract that covers the share; null if none.' }),
    net: AmountSchema.openapi({ description: 'What the customer pays for the line, before tax.' }),
    taxPercent: decimal.openapi({ example: '19' }),
    tax: AmountSchema,
  })
  .openapi('BillingLine') satisfies z.ZodType<BillingLine>;

/** The sums of a bill. */
export const BillingTotalsSchema = z
  .object({ net: AmountSchema, tax: AmountSchema, gross: AmountSchema })
  .openapi('BillingTotals') satisfies z.ZodType<BillingTotals>;

/** The bill of an order worked out without writing anything. */
export const BillingPreviewSchema = z
  .object({
    orderId: z.string().openapi({ example: '4000061' }),
    customerId: z.string().openapi({ example: '100001' }),
    serviceDate: z.string().openapi({
      description:
        'The day the fault was reported (the notification’s creation), else the order’s ' +
        'creation: warranties, contracts and prices in force on it apply.',
      example: '2026-11-02',
    }),
    currency: z.string().openapi({ example: 'EUR' }),
    billable: z.boolean().openapi({ description: 'False when the customer owes nothing.' }),
    lines: z.array(BillingLineSchema),
    totals: BillingTotalsSchema,
  })
  .openapi('BillingPreview');

/** An invoice: SAP's billing document with its accounting document and lines. */
export const InvoiceSchema = z
  .object({
    id: z.string().openapi({ description: 'The billing document.', example: '90000001' }),
    customerId: z.string(),
    orderId: z.string().nullable(),
    contractId: z.string().nullable(),
    period: z.string().nullable().openapi({ description: 'The fee period of a contract.' }),
    debitMemoRequestId: z.string().nullable().openapi({ example: '60000001' }),
    accountingDocumentId: z.string().nullable().openapi({ example: '100000001' }),
    issuedOn: z.string().openapi({ example: '2026-12-03' }),
    net: AmountSchema,
    tax: AmountSchema,
    gross: AmountSchema,
    status: z.enum(invoiceStatuses),
    lines: z.array(BillingLineSchema),
  })
  .openapi('Invoice') satisfies z.ZodType<Invoice>;

/** The answer to billing an order: the invoice made, or a bill the customer owes nothing. */
export const OrderBillingSchema = z
  .object({
    billable: z.boolean(),
    invoiceId: z.string().nullable(),
    debitMemoRequestId: z.string().nullable(),
    accountingDocumentId: z.string().nullable(),
    orderId: z.string(),
    customerId: z.string(),
    status: z.enum(invoiceStatuses).nullable(),
    issuedOn: z.string().nullable(),
    lines: z.array(BillingLineSchema),
    totals: BillingTotalsSchema,
  })
  .openapi('OrderBilling');

/** The answer to billing a contract's period: the invoice with its totals. */
export const ContractBillingSchema = z
  .object({
    invoiceId: z.string(),
    debitMemoRequestId: z.string().nullable(),
    accountingDocumentId: z.string().nullable(),
    contractId: z.string(),
    customerId: z.string(),
    period: z.string(),
    status: z.enum(invoiceStatuses),
    issuedOn: z.string(),
    lines: z.array(BillingLineSchema),
    totals: BillingTotalsSchema,
  })
  .openapi('ContractBilling');

/** The body of `POST /v1/contracts/{id}/billing`. */
export const ContractBillingRequestSchema = z
  .strictObject({
    period: z
      .string()
      .regex(
        /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/,
        'A month (2026-12), a quarter (2026-Q4) or a year (2026).',
      )
      .openapi({
        description: 'The fee period: a month, quarter or year, by the contract’s fee interval.',
        example: '2026-12',
      }),
  })
  .openapi('ContractBillingRequest');

/** The `{id}` path parameter of an invoice. */
export const InvoiceParamsSchema = z.object({
  id: sapNumber.openapi({ param: { description: 'The billing document.' }, example: '90000001' }),
});

/** Filters and paging of `GET /v1/invoices`. */
export const InvoiceQuerySchema = z.strictObject({
  customerId: sapNumber.optional().openapi({ param: { description: 'Only this customer.' } }),
  orderId: z
    .string()
    .regex(/^\d{1,12}$/, 'An order number of up to 12 digits.')
    .optional()
    .openapi({ param: { description: 'Only the invoice of this order.' } }),
  contractId: sapNumber.optional().openapi({ param: { description: 'Only this contract.' } }),
  issuedFrom: isoDay.optional().openapi({ param: { description: 'Issued on or after this day.' } }),
  issuedTo: isoDay.optional().openapi({ param: { description: 'Issued on or before this day.' } }),
  status: enumListInput(invoiceStatuses)
    .optional()
    .openapi({ param: { description: 'open, paid or cancelled; several comma-separated.' } }),
  ...pagingFields,
}) satisfies z.ZodType<InvoiceQuery>;

/** A page of invoices. */
export const InvoiceListSchema = z.object({ items: z.array(InvoiceSchema) }).openapi('InvoiceList');
