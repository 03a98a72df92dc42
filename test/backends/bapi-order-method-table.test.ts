import { describe, expect, it } from 'vitest';
import { loadMappings } from '../../src/backends/mapping/load-mappings.ts';
import { orderSettingsSchema } from '../../src/backends/rfc/order-settings.ts';
import { loadConfig } from '../../src/config/config.ts';
import { buildListRanges } from '../../src/backends/rfc/order-list-reader.ts';
import {
  TEMPORARY_ORDER_NUMBER,
  buildCreateTables,
  buildHeaderMethodTables,
  newOrderNumber,
} from '../../src/backends/rfc/order-method-table.ts';
import type { OrderCreation } from '../../src/domain/order.ts';

const mapping = loadMappings(loadConfig({}).MAPPINGS_DIR, 'rfc', 'UTC').require('order');
const settings = mapping.readSettings(orderSettingsSchema);
const forCustomer: OrderCreation = {
  type: 'repair',
  description: 'Replace brew group',
  priority: 'high',
  plant: '1000',
  reference: { kind: 'customer', customerId: '100002', equipmentId: '10000353' },
  operations: [
    { description: 'Dismantle', workCenter: 'srv-mech', plannedHours: '1.5' },
    { description: 'Test run', workCenter: 'SRV-ELEC', plannedHours: '0.5', plant: '1100' },
  ],
  components: [
    { materialId: '200001', quantity: '2', plant: '1000' },
    { materialId: 'seal-kit', quantity: '1', plant: '1000', storageLocation: '0002' },
  ],
};

describe('the method table of BAPI_ALM_ORDER_MAINTAIN', () => {
  it('creates header, sold-to partner, operations, components and SAVE under one temporary number', () => {
    const header = mapping.toSap({ type: 'repair', description: 'Replace brew group' });

    const tables = buildCreateTables(forCustomer, header, settings, '20261203');

    expect(
      tables.IT_METHODS.map((m) => [m.REFNUMBER, m.OBJECTTYPE, m.METHOD, m.OBJECTKEY]),
    ).toEqual([
      ['000001', 'HEADER', 'CREATE', TEMPORARY_ORDER_NUMBER],
      ['000001', 'PARTNER', 'CREATE', TEMPORARY_ORDER_NUMBER],
      ['000001', 'OPERATION', 'CREATE', TEMPORARY_ORDER_NUMBER],
      ['000002', 'OPERATION', 'CREATE', TEMPORARY_ORDER_NUMBER],
      ['000001', 'COMPONENT', 'CREATE', `${TEMPORARY_ORDER_NUMBER}0010`],
      ['000002', 'COMPONENT', 'CREATE', `${TEMPORARY_ORDER_NUMBER}0010`],
      ['000001', '', 'SAVE', ''],
    ]);
    expect(tables.IT_HEADER).toEqual([
      {
        ORDERID: TEMPORARY_ORDER_NUMBER,
        ORDER_TYPE: 'SM03',
        SHORT_TEXT: 'Replace brew group',
        PLANPLANT: '1000',
        PLANT: '1000',
        MN_WK_CTR: 'SRV-MECH',
        START_DATE: '20261203',
      },
    ]);
    expect(tables.IT_PARTNER).toEqual([
      { ORDERID: TEMPORARY_ORDER_NUMBER, PARTN_ROLE: 'AG', PARTNER: '0000100002' },
    ]);
  });

  it('leaves operation numbers and component units to SAP and writes hours and plants in SAP format', () => {
    const tables = buildCreateTables(forCustomer, {}, settings, '20261203');

    expect(tables.IT_OPERATION).toEqual([
      {
        ACTIVITY: '',
        CONTROL_KEY: 'SM01',
        WORK_CNTR: 'SRV-MECH',
        PLANT: '1000',
        DESCRIPTION: 'Dismantle',
        WORK_ACTIVITY: '1.5',
        UN_WORK: 'H',
      },
      expect.objectContaining({ WORK_CNTR: 'SRV-ELEC', PLANT: '1100', WORK_ACTIVITY: '0.5' }),
    ]);
    expect(tables.IT_COMPONENT).toEqual([
      {
        ACTIVITY: '0010',
        MATERIAL: '000000000000200001',
        PLANT: '1000',
        STGE_LOC: '0001',
        REQUIREMENT_QUANTITY: '2',
        ITEM_CAT: 'L',
      },
      expect.objectContaining({ MATERIAL: 'SEAL-KIT', STGE_LOC: '0002' }),
    ]);
  });

  it('creates to a notification with its number in the key and without a partner', () => {
    const order: OrderCreation = {
      ...forCustomer,
      components: [],
      reference: { kind: 'notification', notificationId: '10000042' },
    };

    const tables = buildCreateTables(order, {}, settings, '20261203');

    expect(tables.IT_METHODS[0]).toMatchObject({
      OBJECTTYPE: 'HEADER',
      METHOD: 'CREATETONOTIF',
      OBJECTKEY: `${TEMPORARY_ORDER_NUMBER}000010000042`,
    });
    expect(tables.IT_METHODS.some((m) => m.OBJECTTYPE === 'PARTNER')).toBe(false);
    expect(tables.IT_PARTNER).toBeUndefined();
    expect(tables.IT_COMPONENT).toBeUndefined();
  });

  it('changes a status with one HEADER method and SAVE on the order number', () => {
    const tables = buildHeaderMethodTables('000004000007', 'TECHNICALCOMPLETE', {
      TECO_REF_DATE: '20261203',
      TECO_REF_TIME: '101500',
    });

    expect(tables).toEqual({
      IT_METHODS: [
        {
          REFNUMBER: '000001',
          OBJECTTYPE: 'HEADER',
          METHOD: 'TECHNICALCOMPLETE',
          OBJECTKEY: '000004000007',
        },
        { REFNUMBER: '000001', OBJECTTYPE: '', METHOD: 'SAVE', OBJECTKEY: '000004000007' },
      ],
      IT_HEADER: [{ ORDERID: '000004000007', TECO_REF_DATE: '20261203', TECO_REF_TIME: '101500' }],
    });
  });

  it('takes the final number of the temporary one from ET_NUMBERS', () => {
    const numbers = [{ AUFNR_IN: TEMPORARY_ORDER_NUMBER, AUFNR_NEW: '000004000123' }];

    expect(newOrderNumber(numbers)).toBe('000004000123');
    expect(newOrderNumber([])).toBe('');
  });
});

describe('the selection of BAPI_ALM_ORDERHEAD_GET_LIST', () => {
  it('asks for every status and the service order types when no status is given', () => {
    const ranges = buildListRanges({ limit: 10, offset: 0 }, mapping, settings);

    expect(ranges.map((r) => [r.FIELD_NAME, r.LOW_VALUE])).toEqual([
      ['SHOW_OPEN_DOCUMENTS', 'X'],
      ['SHOW_DOCUMENTS_IN_PROCESS', 'X'],
      ['SHOW_COMPLETED_DOCUMENTS', 'X'],
      ['SHOW_HISTORICAL_DOCUMENTS', 'X'],
      ['OPTIONS_FOR_ORDER_TYPE', 'SM01'],
      ['OPTIONS_FOR_ORDER_TYPE', 'SM02'],
      ['OPTIONS_FOR_ORDER_TYPE', 'SM03'],
    ]);
  });

  it('passes the filters in external format and one status flag', () => {
    const ranges = buildListRanges(
      {
        status: 'technically-completed',
        customerId: '0000100002',
        equipmentId: '10000353',
        notificationId: '000010000042',
        limit: 10,
        offset: 0,
      },
      mapping,
      settings,
    );

    expect(ranges.filter((r) => r.LOW_VALUE === 'X').map((r) => r.FIELD_NAME)).toEqual([
      'SHOW_COMPLETED_DOCUMENTS',
    ]);
    expect(ranges.slice(-3)).toEqual([
      {
        FIELD_NAME: 'OPTIONS_FOR_CUSTOMER',
        SIGN: 'I',
        OPTION: 'EQ',
        LOW_VALUE: '100002',
        HIGH_VALUE: '',
      },
      expect.objectContaining({ FIELD_NAME: 'OPTIONS_FOR_EQUIPMENT', LOW_VALUE: '10000353' }),
      expect.objectContaining({ FIELD_NAME: 'OPTIONS_FOR_NOTIF_NO', LOW_VALUE: '10000042' }),
    ]);
  });
});
