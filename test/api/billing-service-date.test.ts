import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockSap } from '../../src/sap-mock/index.ts';
import type { TestService } from '../support/test-service.ts';
import {
  assignWarranty,
  billingMachines,
  completedOrder,
  startBillingService,
} from './billing-seed-lookup.ts';
import type { BillingMachine } from './billing-seed-lookup.ts';
import type { HttpClient } from './http-client.ts';

interface Preview {
  serviceDate: string;
  billable: boolean;
  lines: { kind: string; coveredPercent: string; coveredBy: { type: string } | null }[];
}

// The mock SAP's clock moves between the report of the fault and the repair.
let now = new Date('2026-11-27T09:00:00Z');
let service: TestService;
let http: HttpClient;
let machine: BillingMachine;

beforeAll(async () => {
  ({ service, http } = await startBillingService({}, MockSap.create({ clock: () => now })));
  [machine] = billingMachines(service.sap, 1) as [BillingMachine];
  // A customer warranty that ends before the repair is made.
  assignWarranty(service.sap, machine.equipmentId, {
    masterWarrantyId: '1',
    type: '1',
    from: '2024-12-01',
    to: '2026-11-30',
  });
});

afterAll(async () => {
  await service.close();
});

describe('the service date of a bill', () => {
  it('is the day the fault was reported, so a warranty ended since still covers it', async () => {
    now = new Date('2026-11-27T09:00:00Z');
    const notification = await http.post<{ id: string }>('/v1/notifications', {
      type: 'problem',
      subject: 'Pump leaks',
      customerId: machine.customerId,
      equipmentId: machine.equipmentId,
    });
    expect(notification.status).toBe(201);

    now = new Date('2026-12-03T09:00:00Z');
    const orderId = await completedOrder(http, machine, { notificationId: notification.body.id });
    const preview = await http.get<Preview>(`/v1/orders/${orderId}/billing-preview`);

    expect(preview.body.serviceDate).toBe('2026-11-27');
    expect(preview.body.billable).toBe(false);
    expect(preview.body.lines.map((line) => line.coveredBy?.type)).toEqual([
      'warranty',
      'warranty',
      'warranty',
    ]);
  });

  it('is the day the order was made when no notification reported the fault', async () => {
    now = new Date('2026-12-03T09:00:00Z');
    const orderId = await completedOrder(http, machine);
    const preview = await http.get<Preview>(`/v1/orders/${orderId}/billing-preview`);

    expect(preview.body.serviceDate).toBe('2026-12-03');
    expect(preview.body.billable).toBe(true);
    expect(preview.body.lines.every((line) => line.coveredPercent === '0')).toBe(true);
  });
});
