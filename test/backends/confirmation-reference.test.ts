import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMappings } from '../../src/backends/mapping/load-mappings.ts';
import type { MasterDataPort, NotificationPort } from '../../src/backends/port.ts';
import { BapiOrderAdapter } from '../../src/backends/rfc/bapi-order-adapter.ts';
import { confirmationExternalKey } from '../../src/backends/rfc/confirmation-reference.ts';
import { buildTimeTicket } from '../../src/backends/rfc/order-confirmation.ts';
import { orderSettingsSchema } from '../../src/backends/rfc/order-settings.ts';
import { RfcGateway } from '../../src/backends/rfc/rfc-gateway.ts';
import { loadConfig } from '../../src/config/config.ts';
import { OrderService } from '../../src/domain/order-service.ts';
import type { NewConfirmation } from '../../src/domain/order.ts';
import { MockRfcPool, MockSap } from '../../src/sap-mock/index.ts';
import { internalOrder, lookUpOrderSeed } from '../api/order-seed-lookup.ts';
import type { OrderSeed } from '../api/order-seed-lookup.ts';

const mappings = loadMappings(loadConfig({}).MAPPINGS_DIR, 'rfc', 'UTC');
const mapping = mappings.require('order');
const settings = mapping.readSettings(orderSettingsSchema);

describe('the external key of a confirmation', () => {
  it('is 32 upper-case hex digits, the text form of the RAW 16 field AFRU-EXTID', () => {
    expect(confirmationExternalKey('WR-2026-004711')).toMatch(/^[0-9A-F]{32}$/);
  });

  it('is the same for the same reference and differs for another', () => {
    const key = confirmationExternalKey('WR-1');

    expect(confirmationExternalKey('WR-1')).toBe(key);
    expect(confirmationExternalKey('WR-2')).not.toBe(key);
    expect(confirmationExternalKey('wr-1')).not.toBe(key);
  });

  it('goes into the time ticket field the mapping names, and only with a reference', () => {
    const confirmation: NewConfirmation = {
      operationId: '0010',
      hours: '1',
      final: false,
      materials: [],
    };

    const plain = buildTimeTicket('000004000001', confirmation, settings, '20261203');
    const withRef = buildTimeTicket(
      '000004000001',
      { ...confirmation, externalRef: 'WR-1' },
      { ...settings, confirmationReference: { ticketField: 'EX_IDENT', column: 'EXTID' } },
      '20261203',
    );

    expect(plain).not.toHaveProperty('EX_IDENT');
    expect(withRef).toMatchObject({ EX_IDENT: confirmationExternalKey('WR-1') });
  });
});

describe('a confirmation whose commit answer was lost', () => {
  let sap: MockSap;
  let pool: MockRfcPool;
  let adapter: BapiOrderAdapter;
  let seed: OrderSeed;

  beforeEach(() => {
    sap = MockSap.create({ clock: () => new Date('2026-12-03T09:30:00Z') });
    seed = lookUpOrderSeed(sap);
    pool = new MockRfcPool(sap, { connectionParameters: { user: 'cs_bridge' } });
    const gateway = new RfcGateway(pool, { timeoutMs: 2_000, logger: pino({ level: 'silent' }) });
    adapter = new BapiOrderAdapter(gateway, mapping, { languageIso: 'EN', timeZone: 'UTC' });
  });

  afterEach(() => pool.closeAll());

  it('is found by its reference when the job runs again, and nothing is posted twice', async () => {
    const { id } = await adapter.create({
      type: 'repair',
      description: 'Lost answer',
      reference: { kind: 'customer', customerId: seed.customerId, equipmentId: seed.equipmentId },
      operations: [{ description: 'Work', workCenter: seed.workCenters[0], plannedHours: '2' }],
    });
    await adapter.release(id);
    // Confirmations use the order port only.
    const orders = new OrderService({
      orders: adapter,
      masterData: {} as MasterDataPort,
      notifications: {} as NotificationPort,
    });
    const confirmation: NewConfirmation = {
      operationId: '0010',
      hours: '2',
      final: true,
      materials: [{ ...seed.part, quantity: '1' }],
      externalRef: 'WR-LOST-1',
    };

    // SAP commits the confirmation, then the connection breaks before the answer arrives.
    sap.faults.set({ commitFailure: { share: 1, mode: 'answer-lost' } });
    await expect(orders.confirm(id, confirmation)).rejects.toMatchObject({ retryable: true });
    sap.faults.clear();
    const rerun = await orders.confirm(id, confirmation);

    expect(rerun.created).toBe(false);
    expect(rerun.order).toMatchObject({ actualHours: '2' });
    expect(sap.select('AFRU', (row) => row.AUFNR === internalOrder(id))).toHaveLength(1);
    expect(sap.select('MSEG', (row) => row.AUFNR === internalOrder(id))).toHaveLength(1);
  });
});
