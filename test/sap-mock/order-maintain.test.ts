import { beforeEach, describe, expect, it } from 'vitest';
import { errorsOf, openClient } from './mock-sap-fixture.ts';
import {
  createOrder,
  createOrderSap,
  messageCodes,
  method,
  newHeader,
  save,
  seededOrder,
} from './order-fixture.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';

function nrivLevel(sap: MockSap, object: string): string {
  return sap.select('NRIV', (row) => row['OBJECT'] === object)[0]?.['NRLEVEL'] ?? '';
}

function next(level: string, width: number): string {
  return String(Number(level) + 1).padStart(width, '0');
}

describe('BAPI_ALM_ORDER_MAINTAIN', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createOrderSap();
  });

  it('creates two orders with operations, components and a partner in one call and maps the temporary numbers', async () => {
    const client = await openClient(sap);
    const orderLevel = nrivLevel(sap, 'AUFTRAG');
    const customer = sap.select('KNA1')[3]?.['KUNNR'] ?? '';

    const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [
        method('HEADER', 'CREATE', '%00000000001', 1),
        method('HEADER', 'CREATE', '%00000000002', 2),
        method('PARTNER', 'CREATE', '%00000000002', 1),
        method('OPERATION', 'CREATE', '%00000000001', 1),
        method('OPERATION', 'CREATE', '%00000000001', 2),
        method('OPERATION', 'CREATE', '%000000000020050', 3),
        method('COMPONENT', 'CREATE', '%000000000010020', 1),
        save,
      ],
      IT_HEADER: [
        newHeader,
        { ...newHeader, ORDERID: '%00000000002', ORDER_TYPE: 'SM03', EQUIPMENT: '' },
      ],
      IT_PARTNER: [{ ORDERID: '%00000000002', PARTN_ROLE: 'AG', PARTNER: customer }],
      IT_OPERATION: [
        { DESCRIPTION: 'Diagnose', WORK_ACTIVITY: '1.5', UN_WORK: 'H' },
        { DESCRIPTION: 'Replace burrs', WORK_CNTR: 'SRV-ELEC', WORK_ACTIVITY: '2.0' },
        { DESCRIPTION: 'Workshop repair', WORK_CNTR: 'SRV-WORK' },
      ],
      IT_COMPONENT: [
        {
          MATERIAL: '000000000000200001',
          PLANT: '1000',
          STGE_LOC: '0002',
          REQUIREMENT_QUANTITY: '2',
          REQUIREMENT_QUANTITY_UNIT: 'ST',
        },
      ],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    const first = next(orderLevel, 12);
    const second = next(first, 12);
    expect(errorsOf(result)).toEqual([]);
    expect(result['ET_NUMBERS']).toEqual([
      { AUFNR_IN: '%00000000001', AUFNR_NEW: first },
      { AUFNR_IN: '%00000000002', AUFNR_NEW: second },
    ]);
    expect(messageCodes(result)).toEqual(['S IWO_BAPI2 126', 'S IWO_BAPI2 126']);
    expect(result['RETURN']).toContainEqual(
      expect.objectContaining({ MESSAGE_V2: String(Number(first)) }),
    );

    const firstDetail = await client.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: first });
    const operations = firstDetail['ET_OPERATIONS'] as Record<string, string>[];
    expect(
      operations.map((row) => [row['ACTIVITY'], row['WORK_CNTR'], row['WORK_ACTIVITY']]),
    ).toEqual([
      ['0010', 'SRV-MECH', '1.5'],
      ['0020', 'SRV-ELEC', '2.0'],
    ]);
    expect(firstDetail['ET_COMPONENTS']).toEqual([
      expect.objectContaining({
        ACTIVITY: '0020',
        RES_ITEM: '0001',
        MATERIAL: '000000000000200001',
        REQUIREMENT_QUANTITY: '2.000',
        WITHDRAWN_QUANTITY: '0.000',
      }),
    ]);

    const secondDetail = await client.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: second });
    expect(secondDetail['ES_HEADER']).toMatchObject({ ORDER_TYPE: 'SM03', SYS_STATUS: 'CRTD' });
    expect(secondDetail['ET_OPERATIONS']).toEqual([
      expect.objectContaining({ ACTIVITY: '0050', WORK_CNTR: 'SRV-WORK' }),
    ]);
    expect(secondDetail['ET_PARTNER']).toEqual([
      expect.objectContaining({ PARTN_ROLE: 'AG', PARTNER: customer }),
    ]);
  });

  it('draws operation confirmation numbers and one reservation number per order from NRIV', async () => {
    const client = await openClient(sap);
    const confirmationLevel = nrivLevel(sap, 'RUECK');
    const reservationLevel = nrivLevel(sap, 'RESB');

    const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [
        method('HEADER', 'CREATE', '%00000000001'),
        method('OPERATION', 'CREATE', '%00000000001'),
        method('COMPONENT', 'CREATE', '%000000000010010', 1),
        method('COMPONENT', 'CREATE', '%000000000010010', 2),
        save,
      ],
      IT_HEADER: [newHeader],
      IT_OPERATION: [{ DESCRIPTION: 'Repair' }],
      IT_COMPONENT: [
        { ACTIVITY: '0010', MATERIAL: '000000000000200001', REQUIREMENT_QUANTITY: '1' },
        { ACTIVITY: '0010', MATERIAL: '000000000000200002', REQUIREMENT_QUANTITY: '3' },
      ],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const order = (result['ET_NUMBERS'] as Record<string, string>[])[0]?.['AUFNR_NEW'] ?? '';

    expect(sap.select('AFVC', (row) => row['AUFPL'] === order.slice(-10))).toEqual([
      expect.objectContaining({ VORNR: '0010', RUECK: next(confirmationLevel, 10) }),
    ]);
    const reservation = next(reservationLevel, 10);
    expect(sap.select('RESB', (row) => row['AUFNR'] === order)).toEqual([
      expect.objectContaining({
        RSNUM: reservation,
        RSPOS: '0001',
        BDMNG: '1.000',
        ENMNG: '0.000',
      }),
      expect.objectContaining({
        RSNUM: reservation,
        RSPOS: '0002',
        BDMNG: '3.000',
        ENMNG: '0.000',
      }),
    ]);
    expect(sap.select('AFKO', (row) => row['AUFNR'] === order)[0]?.['RSNUM']).toBe(reservation);
  });

  it('writes header, status CRTD and the equipment owner as sold-to partner', async () => {
    const client = await openClient(sap);
    const owner = sap.select('EQUI', (row) => row['EQUNR'] === newHeader.EQUIPMENT)[0]?.['KUND1'];

    const order = await createOrder(client);

    expect(sap.select('AUFK', (row) => row['AUFNR'] === order)[0]).toMatchObject({
      AUART: 'SM01',
      AUTYP: '30',
      KTEXT: 'Grinder blocked',
      VAPLZ: 'SRV-MECH',
      ERNAM: 'CS_BRIDGE',
      ERDAT: '20261201',
      OBJNR: `OR${order}`,
    });
    expect(sap.select('AFIH', (row) => row['AUFNR'] === order)[0]).toMatchObject({
      PRIOK: '2',
      EQUNR: newHeader.EQUIPMENT,
      IWERK: '1000',
    });
    expect(sap.select('JEST', (row) => row['OBJNR'] === `OR${order}`)).toEqual([
      { OBJNR: `OR${order}`, STAT: 'I0001', INACT: '' },
    ]);
    expect(sap.select('IHPA', (row) => row['OBJNR'] === `OR${order}`)).toEqual([
      { OBJNR: `OR${order}`, PARVW: 'AG', COUNTER: '000001', PARNR: owner },
    ]);
  });

  it('posts nothing and answers no success message when SAVE is missing', async () => {
    const client = await openClient(sap);
    const orderLevel = nrivLevel(sap, 'AUFTRAG');
    const orders = sap.select('AUFK').length;

    const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [method('HEADER', 'CREATE', '%00000000001')],
      IT_HEADER: [newHeader],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(result['RETURN']).toEqual([]);
    expect(result['ET_NUMBERS']).toEqual([]);
    expect(sap.select('AUFK')).toHaveLength(orders);
    expect(nrivLevel(sap, 'AUFTRAG')).toBe(orderLevel);
  });

  it.each([
    [
      'an unknown work center',
      { IT_OPERATION: [{ WORK_CNTR: 'NO-SUCH', DESCRIPTION: 'x' }] },
      'E IW 031',
    ],
    ['an unknown order type', { IT_HEADER: [{ ...newHeader, ORDER_TYPE: 'ZZ99' }] }, 'E IW 007'],
    [
      'unknown equipment',
      { IT_HEADER: [{ ...newHeader, EQUIPMENT: '000000000099999999' }] },
      'E IE 115',
    ],
    [
      'a priority the order type lacks',
      { IT_HEADER: [{ ...newHeader, PRIORITY: '9' }] },
      'E IM 106',
    ],
  ])('refuses %s and posts nothing of the call', async (_case, parameters, code) => {
    const client = await openClient(sap);
    const orderLevel = nrivLevel(sap, 'AUFTRAG');

    const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [
        method('HEADER', 'CREATE', '%00000000001'),
        method('OPERATION', 'CREATE', '%00000000001'),
        save,
      ],
      IT_HEADER: [newHeader],
      IT_OPERATION: [{ DESCRIPTION: 'Repair' }],
      ...parameters,
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(messageCodes(result)).toEqual([code]);
    expect(result['ET_NUMBERS']).toEqual([]);
    expect(nrivLevel(sap, 'AUFTRAG')).toBe(orderLevel);
  });

  it('refuses a sold-to partner that is not a customer', async () => {
    const client = await openClient(sap);

    const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [
        method('HEADER', 'CREATE', '%00000000001'),
        method('PARTNER', 'CREATE', '%00000000001'),
        save,
      ],
      IT_HEADER: [newHeader],
      IT_PARTNER: [{ ORDERID: '%00000000001', PARTN_ROLE: 'AG', PARTNER: '0009999999' }],
    });

    expect(messageCodes(result)).toEqual(['E IX 005']);
  });

  it('refuses a component whose material the plant does not know', async () => {
    const client = await openClient(sap);

    const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [
        method('HEADER', 'CREATE', '%00000000001'),
        method('OPERATION', 'CREATE', '%00000000001'),
        method('COMPONENT', 'CREATE', '%000000000010010'),
        save,
      ],
      IT_HEADER: [newHeader],
      IT_OPERATION: [{ DESCRIPTION: 'Repair' }],
      IT_COMPONENT: [{ MATERIAL: 'NO-SUCH-PART', REQUIREMENT_QUANTITY: '1' }],
    });

    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ ID: 'M7', NUMBER: '001', MESSAGE_V1: 'NO-SUCH-PART' }),
    ]);
  });

  it('refuses a component in a unit other than the base unit, and plans one without a unit in it', async () => {
    const client = await openClient(sap);
    const component = { MATERIAL: '000000000000200001', PLANT: '1000', REQUIREMENT_QUANTITY: '1' };
    const create = (unit: string) =>
      client.call('BAPI_ALM_ORDER_MAINTAIN', {
        IT_METHODS: [
          method('HEADER', 'CREATE', '%00000000001'),
          method('OPERATION', 'CREATE', '%00000000001'),
          method('COMPONENT', 'CREATE', '%000000000010010'),
          save,
        ],
        IT_HEADER: [newHeader],
        IT_OPERATION: [{ DESCRIPTION: 'Repair' }],
        IT_COMPONENT: [{ ...component, REQUIREMENT_QUANTITY_UNIT: unit }],
      });

    const refused = await create('L');
    const planned = await create('');
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(errorsOf(refused)).toEqual([
      expect.objectContaining({ ID: 'M3', NUMBER: '351', MESSAGE_V1: 'L', MESSAGE_V2: 'ST' }),
    ]);
    expect(errorsOf(planned)).toEqual([]);
    const order = (planned['ET_NUMBERS'] as Record<string, string>[])[0]?.['AUFNR_NEW'] ?? '';
    expect(sap.select('RESB', (row) => row['AUFNR'] === order)).toMatchObject([
      { MATNR: component.MATERIAL, MEINS: 'ST' },
    ]);
  });

  it('changes the flagged header fields and operations of an existing order', async () => {
    const client = await openClient(sap);
    const order = await createOrder(client);

    const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [
        method('HEADER', 'CHANGE', order),
        method('OPERATION', 'CHANGE', `${order}0010`),
        method('', 'SAVE', order, 0),
      ],
      IT_HEADER: [{ ORDERID: order, SHORT_TEXT: 'New text', PRIORITY: '1' }],
      IT_HEADER_UP: [{ ORDERID: order, SHORT_TEXT: 'X' }],
      IT_OPERATION: [{ ACTIVITY: '0010', DESCRIPTION: 'Changed', WORK_ACTIVITY: '4.5' }],
      IT_OPERATION_UP: [{ ACTIVITY: '0010', WORK_ACTIVITY: 'X' }],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const detail = await client.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: order });

    expect(messageCodes(result)).toEqual(['S IWO_BAPI2 112']);
    expect(detail['ES_HEADER']).toMatchObject({
      SHORT_TEXT: 'New text',
      PRIORITY: '2',
      CHANGED_BY: 'CS_BRIDGE',
      CHANGE_DATE: '20261201',
    });
    expect(detail['ET_OPERATIONS']).toEqual([
      expect.objectContaining({ DESCRIPTION: 'Repair on site', WORK_ACTIVITY: '4.5' }),
    ]);
  });

  it('refuses rows in tables the mock does not process', async () => {
    const client = await openClient(sap);
    const order = seededOrder(sap, ['I0002']);

    const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [method('HEADER', 'CHANGE', order), method('', 'SAVE', order, 0)],
      IT_HEADER: [{ ORDERID: order }],
      IT_USERSTATUS: [{ USER_ST_TEXT: 'WAIT' }],
    });

    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ ID: 'ZMOCK', NUMBER: '001', MESSAGE_V1: 'IT_USERSTATUS' }),
    ]);
  });

  it('answers IW 013 for an order that does not exist', async () => {
    const client = await openClient(sap);

    const changed = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [method('HEADER', 'RELEASE', '000004999990'), save],
      IT_HEADER: [{ ORDERID: '000004999990' }],
    });
    const detail = await client.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: '000004999990' });

    expect(messageCodes(changed)).toEqual(['E IW 013']);
    expect(errorsOf(detail)).toEqual([
      expect.objectContaining({ ID: 'IW', NUMBER: '013', MESSAGE: 'Order 4999990 does not exist' }),
    ]);
    expect(detail['ET_OPERATIONS']).toEqual([]);
  });
});
