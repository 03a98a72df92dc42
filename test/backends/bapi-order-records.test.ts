import { describe, expect, it } from 'vitest';
import { loadMappings } from '../../src/backends/mapping/load-mappings.ts';
import { orderSettingsSchema } from '../../src/backends/rfc/order-settings.ts';
import { loadConfig } from '../../src/config/config.ts';
import { buildGoodsIssue, buildTimeTicket } from '../../src/backends/rfc/order-confirmation.ts';
import {
  readComponents,
  readConfirmations,
  readOperations,
  readPartsUsed,
  statusFromCodes,
} from '../../src/backends/rfc/order-records.ts';
import {
  INSUFFICIENT_STOCK,
  orderRefusal,
  readAlmReturn,
} from '../../src/backends/rfc/order-settings.ts';
import { sumDecimals } from '../../src/domain/order-decimal.ts';
import type { SapMessage } from '../../src/errors.ts';

const mapping = loadMappings(loadConfig({}).MAPPINGS_DIR, 'rfc', 'UTC').require('order');
const settings = mapping.readSettings(orderSettingsSchema);
function error(id: string, number: string, message = `${id} ${number}`): SapMessage {
  return { type: 'E', id, number, message };
}

describe('reading what SAP answers about an order', () => {
  const afru = [
    {
      RUECK: '0000000012',
      RMZHL: '00000002',
      VORNR: '0010',
      ISMNW: '1.0',
      AUERU: 'X',
      LTXA1: '',
      BUDAT: '20261204',
      STOKZ: '',
    },
    {
      RUECK: '0000000012',
      RMZHL: '00000001',
      VORNR: '0010',
      ISMNW: '2.5',
      AUERU: '',
      LTXA1: 'Seal replaced',
      BUDAT: '20261203',
      STOKZ: '',
    },
    {
      RUECK: '0000000013',
      RMZHL: '00000001',
      VORNR: '0020',
      ISMNW: '4.0',
      AUERU: '',
      LTXA1: '',
      BUDAT: '20261203',
      STOKZ: 'X',
    },
  ];

  it('reads confirmations oldest first and leaves cancelled ones out', () => {
    expect(readConfirmations(afru)).toEqual([
      {
        id: '12-1',
        operationId: '0010',
        hours: '2.5',
        final: false,
        note: 'Seal replaced',
        postedOn: '2026-12-03',
      },
      {
        id: '12-2',
        operationId: '0010',
        hours: '1',
        final: true,
        note: null,
        postedOn: '2026-12-04',
      },
    ]);
  });

  it('sums the confirmed hours per operation, marks final confirmations, keeps activity types', () => {
    const confirmations = readConfirmations(afru);
    const operations = readOperations(
      [
        {
          ACTIVITY: '0010',
          DESCRIPTION: 'Repair',
          WORK_CNTR: 'SRV-MECH',
          ACTTYPE: 'SRVOT',
          PLANT: '1000',
          WORK_ACTIVITY: '3.0',
        },
        {
          ACTIVITY: '0020',
          DESCRIPTION: 'Test',
          WORK_CNTR: 'SRV-ELEC',
          PLANT: '1000',
          WORK_ACTIVITY: ' 0.5',
        },
      ],
      confirmations,
    );

    expect(operations).toEqual([
      {
        id: '0010',
        description: 'Repair',
        workCenter: 'SRV-MECH',
        activityType: 'SRVOT',
        plant: '1000',
        plannedHours: '3',
        actualHours: '3.5',
        finallyConfirmed: true,
      },
      {
        id: '0020',
        description: 'Test',
        workCenter: 'SRV-ELEC',
        activityType: null,
        plant: '1000',
        plannedHours: '0.5',
        actualHours: '0',
        finallyConfirmed: false,
      },
    ]);
  });

  it('reads components with material numbers without leading zeros', () => {
    const components = readComponents([
      {
        RESERV_NO: '0000000042',
        RES_ITEM: '0001',
        ACTIVITY: '0010',
        MATERIAL: '000000000000200001',
        MATL_DESC: 'Brew group seal',
        PLANT: '1000',
        STGE_LOC: '0001',
        REQUIREMENT_QUANTITY: '2.000',
        REQUIREMENT_QUANTITY_UNIT: 'ST',
        WITHDRAWN_QUANTITY: '0.500',
      },
    ]);

    expect(components).toEqual([
      {
        materialId: '200001',
        description: 'Brew group seal',
        plant: '1000',
        storageLocation: '0001',
        quantity: '2',
        withdrawnQuantity: '0.5',
        operationId: '0010',
      },
    ]);
  });

  it('counts issues less reversals per material and storage location as parts used', () => {
    const parts = readPartsUsed(
      [
        { MATNR: '000000000000200001', WERKS: '1000', LGORT: '0001', MENGE: '2.000', BWART: '261' },
        { MATNR: '000000000000200001', WERKS: '1000', LGORT: '0001', MENGE: '1.500', BWART: '261' },
        { MATNR: '000000000000200001', WERKS: '1000', LGORT: '0001', MENGE: '0.500', BWART: '262' },
        { MATNR: 'SEAL-KIT', WERKS: '1000', LGORT: '0002', MENGE: '1.000', BWART: '261' },
        { MATNR: 'SEAL-KIT', WERKS: '1000', LGORT: '0002', MENGE: '1.000', BWART: '262' },
        { MATNR: 'OTHER', WERKS: '1000', LGORT: '0002', MENGE: '9.000', BWART: '201' },
      ],
      settings,
    );

    expect(parts).toEqual([
      { materialId: '200001', plant: '1000', storageLocation: '0001', quantity: '3' },
    ]);
  });

  it('takes the highest active system status: CLSD over TECO over REL over CRTD', () => {
    expect(statusFromCodes(new Set(['I0001']), settings)).toBe('created');
    expect(statusFromCodes(new Set(['I0002', 'I0010']), settings)).toBe('released');
    expect(statusFromCodes(new Set(['I0002', 'I0009', 'I0045']), settings)).toBe(
      'technically-completed',
    );
    expect(statusFromCodes(new Set(['I0002', 'I0045', 'I0046']), settings)).toBe('closed');
    expect(statusFromCodes(new Set(['I0071']), settings)).toBeUndefined();
  });

  it('adds decimal strings exactly, without binary rounding', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['2.5', ' 1.500', 'garbage'])).toBe('4');
  });
});

describe('confirmations and goods issues', () => {
  it('builds a time ticket in hours with the final flag and the note', () => {
    const ticket = buildTimeTicket(
      '000004000007',
      { operationId: '0020', hours: '1.5', final: true, note: 'Done', materials: [] },
      settings,
      '20261203',
    );

    expect(ticket).toEqual({
      ORDERID: '000004000007',
      OPERATION: '0020',
      FIN_CONF: 'X',
      POSTG_DATE: '20261203',
      CONF_TEXT: 'Done',
      ACT_WORK: '1.5',
      UN_WORK: 'H',
    });
  });

  it('issues parts to the order with movement 261, the default storage location and no unit', () => {
    const issue = buildGoodsIssue(
      '000004000007',
      [{ materialId: '200001', quantity: '2', plant: '1000' }],
      settings,
      '20261203',
    );

    expect(issue).toEqual({
      GOODSMVT_HEADER: { PSTNG_DATE: '20261203', DOC_DATE: '20261203' },
      GOODSMVT_CODE: { GM_CODE: '03' },
      GOODSMVT_ITEM: [
        {
          MATERIAL: '000000000000200001',
          PLANT: '1000',
          STGE_LOC: '0001',
          MOVE_TYPE: '261',
          ENTRY_QNT: '2',
          ORDERID: '000004000007',
        },
      ],
    });
  });

  it('reads the message class and number of BAPI_ALM_RETURN lines', () => {
    const messages = readAlmReturn([
      {
        TYPE: 'E',
        MESSAGE_ID: 'RU',
        MESSAGE_NUMBER: '131',
        MESSAGE: 'Order 4000007 is not released',
      },
    ]);

    expect(messages).toEqual([
      { type: 'E', id: 'RU', number: '131', message: 'Order 4000007 is not released' },
    ]);
  });
});

describe('the service error for a refusal', () => {
  it.each([
    ['IW 013', 404, 'NOT_FOUND'],
    ['IW 080', 409, 'SAP_OBJECT_LOCKED'],
    ['M7 021', 409, INSUFFICIENT_STOCK],
    ['BS 007', 409, 'SAP_STATUS_CONFLICT'],
    ['RU 131', 409, 'SAP_STATUS_CONFLICT'],
    ['IX 005', 422, 'SAP_REFUSED'],
  ])('answers %s with %i %s', (key, status, code) => {
    const [id = '', number = ''] = key.split(' ');

    const refusal = orderRefusal([error(id, number)], settings, '4000007');

    expect(refusal).toMatchObject({ status, code });
  });

  it('marks a lock held by another user as retryable', () => {
    expect(orderRefusal([error('IW', '080')], settings, '1').retryable).toBe(true);
  });
});
