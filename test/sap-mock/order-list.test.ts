import { beforeEach, describe, expect, it } from 'vitest';
import { openClient } from './mock-sap-fixture.ts';
import { createOrder, createOrderSap, messageCodes, ordersWithStatuses } from './order-fixture.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

type Row = Record<string, string>;

function flag(name: string): Row {
  return { FIELD_NAME: name, SIGN: 'I', OPTION: 'EQ', LOW_VALUE: 'X' };
}

async function list(
  client: MockRfcClient,
  ranges: Row[],
  display: Record<string, number> = {},
): Promise<{ ids: string[]; result: Record<string, unknown> }> {
  const result = await client.call('BAPI_ALM_ORDERHEAD_GET_LIST', {
    IT_RANGES: ranges,
    DISPLAY_PARAMETERS: display,
  });
  const rows = result['ET_RESULT'] as Row[];
  return { ids: rows.map((row) => row['ORDERID'] ?? ''), result };
}

// Seeded orders by their main status, whatever their confirmation status.
function seededByMain(sap: MockSap, main: string): string[] {
  const all = sap.select('AUFK').map((row) => row['AUFNR'] ?? '');
  const withMain = new Set(
    sap
      .select('JEST', (row) => row['STAT'] === main && row['INACT'] === '')
      .map((row) => (row['OBJNR'] ?? '').slice(2)),
  );
  return all.filter((order) => withMain.has(order));
}

describe('BAPI_ALM_ORDERHEAD_GET_LIST', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createOrderSap();
  });

  it('lists the open and in-process orders in ascending order when no status flag is given', async () => {
    const client = await openClient(sap);
    const expected = [...seededByMain(sap, 'I0001'), ...seededByMain(sap, 'I0002')].sort();

    const { ids, result } = await list(client, []);

    expect(ids).toEqual(expected);
    expect(expected.length).toBeGreaterThan(10);
    expect(result['NAVIGATION_DATA']).toMatchObject({ NUMBER_OF_HITS: expected.length });
  });

  it.each([
    ['SHOW_OPEN_DOCUMENTS', 'I0001'],
    ['SHOW_DOCUMENTS_IN_PROCESS', 'I0002'],
    ['SHOW_COMPLETED_DOCUMENTS', 'I0045'],
    ['SHOW_HISTORICAL_DOCUMENTS', 'I0046'],
  ])('selects by the flag %s', async (name, main) => {
    const client = await openClient(sap);

    const { ids } = await list(client, [flag(name)]);

    expect(ids).toEqual(seededByMain(sap, main));
    expect(ids.length).toBeGreaterThan(0);
  });

  it('shows the status line, customer and notification of each order', async () => {
    const client = await openClient(sap);
    const order = ordersWithStatuses(sap, ['I0002', 'I0010'])[0] ?? '';
    const customer = sap.select('IHPA', (row) => row['OBJNR'] === `OR${order}`)[0]?.['PARNR'];
    const notification = sap.select('AFIH', (row) => row['AUFNR'] === order)[0]?.['QMNUM'];

    const { result } = await list(client, [
      {
        FIELD_NAME: 'OPTIONS_FOR_ORDERID',
        SIGN: 'I',
        OPTION: 'EQ',
        LOW_VALUE: String(Number(order)),
      },
    ]);

    expect(result['ET_RESULT']).toEqual([
      expect.objectContaining({
        ORDERID: order,
        S_STATUS: 'REL  PCNF',
        CUSTOMER: customer,
        NOTIF_NO: notification,
      }),
    ]);
  });

  it('applies ALPHA conversion to external numbers in a BT range of order numbers', async () => {
    const client = await openClient(sap);
    const all = [...seededByMain(sap, 'I0001'), ...seededByMain(sap, 'I0002')].sort();
    const [low = '', , high = ''] = all;

    const { ids } = await list(client, [
      {
        FIELD_NAME: 'OPTIONS_FOR_ORDERID',
        SIGN: 'I',
        OPTION: 'BT',
        LOW_VALUE: String(Number(low)),
        HIGH_VALUE: String(Number(high)),
      },
    ]);

    expect(ids).toEqual(all.slice(0, 3));
  });

  it.each([
    ['OPTIONS_FOR_EQUIPMENT', 'AFIH', 'EQUNR'],
    ['OPTIONS_FOR_NOTIF_NO', 'AFIH', 'QMNUM'],
    ['OPTIONS_FOR_ORDER_TYPE', 'AUFK', 'AUART'],
  ])('selects by %s', async (field, table, column) => {
    const client = await openClient(sap);
    const flags = ['SHOW_OPEN_DOCUMENTS', 'SHOW_DOCUMENTS_IN_PROCESS', 'SHOW_COMPLETED_DOCUMENTS'];
    const allFlags = [...flags, 'SHOW_HISTORICAL_DOCUMENTS'].map(flag);
    const value = sap.select(table, (row) => row[column] !== '')[0]?.[column] ?? '';
    const expected = sap
      .select(table, (row) => row[column] === value)
      .map((row) => row['AUFNR'] ?? '');

    const external = /^\d+$/.test(value) ? String(Number(value)) : value;
    const { ids } = await list(client, [
      ...allFlags,
      { FIELD_NAME: field, SIGN: 'I', OPTION: 'EQ', LOW_VALUE: external },
    ]);

    expect(ids).toEqual(expected);
  });

  it('selects by the sold-to customer', async () => {
    const client = await openClient(sap);
    const customer = '0000900001';
    sap.upsert('KNA1', { KUNNR: customer, NAME1: 'Lister GmbH' });
    const order = await createOrder(client, { release: true });
    const changed = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [
        { REFNUMBER: '000001', OBJECTTYPE: 'PARTNER', METHOD: 'CREATE', OBJECTKEY: order },
        { REFNUMBER: '000000', OBJECTTYPE: '', METHOD: 'SAVE', OBJECTKEY: order },
      ],
      IT_PARTNER: [{ ORDERID: order, PARTN_ROLE: 'AG', PARTNER: customer }],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    const { ids } = await list(client, [
      { FIELD_NAME: 'OPTIONS_FOR_CUSTOMER', SIGN: 'I', OPTION: 'EQ', LOW_VALUE: '900001' },
    ]);

    expect(messageCodes(changed)).toEqual(['S IWO_BAPI2 112']);
    expect(ids).toEqual([order]);
  });

  it('pages the hits', async () => {
    const client = await openClient(sap);
    const all = (await list(client, [])).ids;

    const { ids, result } = await list(client, [], { PAGELENGTH: 5, SHOW_PAGE_NUMBER: 2 });

    expect(ids).toEqual(all.slice(5, 10));
    expect(result['NAVIGATION_DATA']).toEqual({
      NUMBER_OF_HITS: all.length,
      FIRST_SHOWN_HIT: 6,
      LAST_SHOWN_HIT: 10,
      ACTUAL_PAGE: 2,
      LAST_PAGE: Math.ceil(all.length / 5),
    });
  });

  it('refuses a FIELD_NAME it does not know with ZMOCK 001', async () => {
    const client = await openClient(sap);

    const { ids, result } = await list(client, [
      { FIELD_NAME: 'OPTIONS_FOR_REVISION', SIGN: 'I', OPTION: 'EQ', LOW_VALUE: 'R1' },
    ]);

    expect(ids).toEqual([]);
    expect(messageCodes(result)).toEqual(['E ZMOCK 001']);
  });
});
