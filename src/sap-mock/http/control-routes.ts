import express from 'express';
import type { Router } from 'express';
import { z } from 'zod';
import { faultPlanSchema } from '../faults/fault-plan.ts';
import type { MockSap } from '../mock-sap.ts';
import { parseRequest } from './problem.ts';

const callsQuerySchema = z.strictObject({
  functionModule: z.string().min(1).max(30).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(100),
});

const paymentSchema = z.strictObject({
  on: z.iso.date().optional(),
});

const billingDocumentSchema = z.strictObject({
  id: z.string().regex(/^\d{1,10}$/, 'A billing document number has 1 to 10 digits'),
});

/**
 * The mock SAP's control API for tests: the fault plan, a reset to the seed, the call log and
 * incoming payments (what a bank statement would post).
 */
export function createMockControlRouter(sap: MockSap): Router {
  const router = express.Router();

  router.get('/_mock/faults', (_request, response) => {
    response.json({ plan: sap.faults.plan, injected: sap.faults.injected });
  });
  router.put('/_mock/faults', (request, response) => {
    sap.faults.set(parseRequest(faultPlanSchema, request.body ?? {}));
    response.json({ plan: sap.faults.plan, injected: sap.faults.injected });
  });
  router.delete('/_mock/faults', (_request, response) => {
    sap.faults.clear();
    response.status(204).end();
  });

  router.post('/_mock/reset', (_request, response) => {
    sap.reset();
    response.status(204).end();
  });

  router.get('/_mock/calls', (request, response) => {
    const query = parseRequest(callsQuerySchema, request.query);
    const matching = sap.calls.filter(
      (call) => query.functionModule === undefined || call.functionModule === query.functionModule,
    );
    const items = matching
      .reverse()
      .slice(0, query.limit)
      .map(({ functionModule, user, at }) => ({ functionModule, user, at: at.toISOString() }));
    response.json({ total: sap.callCount(query.functionModule), items });
  });

  router.post('/_mock/billing-documents/:id/payments', (request, response) => {
    const { id } = parseRequest(billingDocumentSchema, request.params);
    const body = parseRequest(paymentSchema, request.body ?? {});
    const accountingDocument = sap.postIncomingPayment(
      id,
      body.on === undefined ? {} : { on: body.on },
    );
    response.status(201).json({ accountingDocument });
  });

  return router;
}
