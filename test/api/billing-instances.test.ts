import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockSap } from '../../src/sap-mock/index.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
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
const redisUrl = 'redis://127.0.0.1:6379';
const prefix = `cs-bridge-test:${randomUUID()}:`;
let sap: MockSap;
let instances: TestService[];
let clients: [HttpClient, HttpClient];
let machines: BillingMachine[];

beforeAll(async () => {
  sap = MockSap.create({ clock: () => billingDay });
  const env = { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix };
  instances = await Promise.all([
    startTestService(env, { mockSap: sap }),
    startTestService(env, { mockSap: sap }),
  ]);
  clients = instances.map((instance) => createHttpClient(instance.baseUrl)) as [
    HttpClient,
    HttpClient,
  ];
  machines = billingMachines(sap, 3);
});

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.close()));
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

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
