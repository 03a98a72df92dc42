import { MockSap } from '../../src/sap-mock/index.ts';
import { startTestService } from '../support/test-service.ts';
import type { TestService } from '../support/test-service.ts';
import { createHttpClient } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { WarrantySeedLookup } from './warranty-seed-lookup.ts';

/** The day billing tests run on: the seed's labour rates change on 2027-01-01. */
export const billingDay = new Date('2026-12-03T10:00:00Z');

/** Starts the service over a mock SAP whose clock stands on `billingDay`, with a client. */
export async function startBillingService(
  env: Record<string, string> = {},
  sap: MockSap = MockSap.create({ clock: () => billingDay }),
): Promise<{ service: TestService; http: HttpClient }> {
  const service = await startTestService(env, { mockSap: sap });
  return { service, http: createHttpClient(service.baseUrl) };
}

/** A machine nothing covers, of a customer taxed in Germany, with a part stocked in its plant. */
export interface BillingMachine {
  customerId: string;
  equipmentId: string;
  plant: string;
  /** A spare part with at least five pieces in storage location 0001 of the plant. */
  materialId: string;
}

/**
 * Finds machines without warranty or contract whose customers pay German output tax and the
 * list prices (no agreed rates of their own).
 */
export function billingMachines(sap: MockSap, count: number): BillingMachine[] {
  const agreed = new Set(sap.select('A005').map((row) => row.KUNNR));
  const taxed = new Set(
    sap
      .select('KNVI', (row) => row.TAXKD === '1' && !agreed.has(row.KUNNR))
      .map((row) => stripZeros(row.KUNNR ?? '')),
  );
  const plantOf = new Map(
    sap
      .select('EQUZ', (row) => row.DATBI === '99991231')
      .map((row) => [stripZeros(row.EQUNR ?? ''), row.IWERK ?? '']),
  );
  const stocked = sap.select(
    'MARD',
    (row) => row.LGORT === '0001' && Number(row.LABST) >= 5 && /^0+2\d{5}$/.test(row.MATNR ?? ''),
  );

  const machines: BillingMachine[] = [];
  for (const machine of new WarrantySeedLookup(sap).uncoveredMachines()) {
    const plant = plantOf.get(machine.equipmentId) ?? '';
    const part = stocked.find((row) => row.WERKS === plant);
    if (!taxed.has(machine.customerId) || part === undefined) continue;
    const { customerId, equipmentId } = machine;
    machines.push({ customerId, equipmentId, plant, materialId: stripZeros(part.MATNR ?? '') });
    if (machines.length === count) return machines;
  }
  throw new Error(`the seed has fewer than ${count} uncovered machines of taxed customers`);
}

/** Assigns a master warranty to a machine for a period (BGMKOBJ), as SAP's IW52 would. */
export function assignWarranty(
  sap: MockSap,
  equipmentId: string,
  warranty: { masterWarrantyId: string; type: '1' | '2'; from: string; to: string },
): void {
  sap.upsert('BGMKOBJ', {
    J_OBJNR: `IE${equipmentId.padStart(18, '0')}`,
    GAART: warranty.type,
    MGANR: warranty.masterWarrantyId.padStart(20, '0'),
    GWLDT: warranty.from.replaceAll('-', ''),
    GWLEN: warranty.to.replaceAll('-', ''),
    ERDAT: '20260101',
    ERZEI: '120000',
    LVORM: '',
  });
}

/**
 * Makes an order on the machine (for a notification of it, when given) and takes it to
 * technically completed: 1.5 h on one SRV-MECH operation with two pieces of the part issued.
 */
export async function completedOrder(
  http: HttpClient,
  machine: BillingMachine,
  options: { notificationId?: string } = {},
): Promise<string> {
  const content = {
    type: 'repair',
    description: 'Pump leaks',
    plant: machine.plant,
    operations: [{ description: 'Replace seal', workCenter: 'SRV-MECH', plannedHours: '2' }],
  };
  const created =
    options.notificationId === undefined
      ? await http.post<{ id: string }>('/v1/orders', {
          ...content,
          customerId: machine.customerId,
          equipmentId: machine.equipmentId,
        })
      : await http.post<{ id: string }>(
          `/v1/notifications/${options.notificationId}/order`,
          content,
        );
  if (created.status !== 201) throw new Error(`create answered ${created.text}`);
  const id = created.body.id;

  await expectOk(http.post(`/v1/orders/${id}/release`), 200);
  await expectOk(
    http.post(`/v1/orders/${id}/confirmations`, {
      operationId: '0010',
      hours: '1.5',
      final: true,
      materials: [{ materialId: machine.materialId, quantity: '2', plant: machine.plant }],
    }),
    201,
  );
  await expectOk(http.post(`/v1/orders/${id}/complete`, {}), 200);
  return id;
}

/** The committed debit memo requests (VBAK rows of category L) that bill an order. */
export function debitMemoRequestsOf(sap: MockSap, orderId: string): string[] {
  return sap
    .select('VBAK', (row) => row.VBTYP === 'L' && row.AUFNR === orderId.padStart(12, '0'))
    .map((row) => stripZeros(row.VBELN ?? ''));
}

async function expectOk(answer: Promise<{ status: number; text: string }>, status: number) {
  const { status: actual, text } = await answer;
  if (actual !== status) throw new Error(`expected ${status}, got ${actual}: ${text}`);
}

function stripZeros(value: string): string {
  return value.replace(/^0+(?=.)/, '');
}
