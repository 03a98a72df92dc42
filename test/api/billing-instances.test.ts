import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockSap } from '../../src/sap-mock/index.ts';
import { startSharedInstances } from '../support/shared-redis.ts';
import {
  billingDay,
  billingMachines,
  completedOrder,
  debitMemoRequestsOf,
} from './billing-seed-lookup.ts';
import type { BillingMachine } from './billing-seed-lookup.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';

// Two instances of the service in front of one SAP, sharing one Redis, as in production.
let sap: MockSap;
let shared: Awaited<ReturnType<typeof startSharedInstances>>;
let clients: [HttpClient, HttpClient];
let machines: BillingMachine[];

beforeAll(async () => {
  sap = MockSap.create({ clock: () => billingDay });
  shared = await startSharedInstances(sap, 2);
  clients = shared.instances.map((instance) => createHttpClient(instance.baseUrl)) as [
    HttpClient,
    HttpClient,
  ];
  machines = billingMachines(sap, 3);
});

afterAll(() => shared.close());

describe('billing across several instances of the service', () => {
  it.each([0, 1, 2])(
    'bills an order once when both instances are asked at the same moment (order %i)',
    async (index) => {
      const [a, b] = clients;
      const orderId = await completedOrder(a, machines[index] as BillingMachine);

      const answers = await Promise.all([
        a.post(`/v1/orders/${orderId}/billing`),
        b.post(`/v1/orders/${orderId}/billing`),
      ]);

      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      expect(debitMemoRequestsOf(sap, orderId)).toHaveLength(1);
    },
  );
});
