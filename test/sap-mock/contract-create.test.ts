import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';
import { field, loadTable } from '../seed/load-seed.ts';

type Result = Record<string, unknown>;
type Line = Record<string, unknown>;

// The default seed at its own "today", so that seeded contracts and warranties are current.
const seedNow = new Date('2026-11-30T10:00:00Z');
const soldTo = field(loadTable('KNA1')[0] ?? {}, 'KUNNR');
const contractRange = loadTable('NRIV').find((row) => field(row, 'OBJECT') === 'RV_BELEG');
const nextNumber = String(Number(field(contractRange ?? {}, 'NRLEVEL')) + 1).padStart(10, '0');

const fee = 120;
const validInput = {
  CONTRACT_HEADER_IN: {
    DOC_TYPE: 'WV',
    SALES_ORG: '1000',
    DISTR_CHAN: '10',
    DIVISION: '00',
    CT_VALID_F: '20261201',
    CT_VALID_T: '20271130',
    PURCH_NO_C: 'PO-TEST-0001',
    CURRENCY: 'EUR',
  },
  CONTRACT_ITEMS_IN: [{ ITM_NUMBER: '000010', MATERIAL: 'SRV-MAINT', TARGET_QTY: '1' }],
  CONTRACT_PARTNERS: [{ PARTN_ROLE: 'AG', PARTN_NUMB: soldTo }],
  CONTRACT_CONDITIONS_IN: [
    { ITM_NUMBER: '000010', COND_TYPE: 'ZCLB', COND_VALUE: '100', CALCTYPCON: 'A' },
    { ITM_NUMBER: '000010', COND_TYPE: 'ZCPT', COND_VALUE: '50', CALCTYPCON: 'A' },
    {
      ITM_NUMBER: '000010',
      COND_TYPE: 'ZRSP',
      COND_VALUE: '8',
      COND_P_UNT: '1',
      COND_UNIT: 'H',
      CALCTYPCON: 'C',
    },
    {
      ITM_NUMBER: '000010',
      COND_TYPE: 'PPSV',
      COND_VALUE: String(fee),
      CURRENCY: 'EUR',
      COND_P_UNT: '1',
      COND_UNIT: 'MON',
      CALCTYPCON: 'C',
    },
  ],
  CONTRACT_DATA_IN: [
    {
      ITM_NUMBER: '000000',
      CON_ST_DAT: '20261201',
      CON_EN_DAT: '20271130',
      CON_SI_DAT: '20261130',
    },
  ],
};

function returnOf(result: Result): Line[] {
  return result['RETURN'] as Line[];
}

describe('BAPI_CONTRACT_CREATEFROMDATA', () => {
  let sap: MockSap;

  beforeAll(() => {
    sap = MockSap.create({ clock: () => seedNow });
  });

  beforeEach(() => {
    sap.reset();
  });

  async function open(user = 'cs_bridge'): Promise<MockRfcClient> {
    return new MockRfcClient(sap, { user, client: '100', lang: 'EN' }).open();
  }

  async function readVbak(client: MockRfcClient, number: string): Promise<Line[]> {
    const result = await client.call('RFC_READ_TABLE', {
      QUERY_TABLE: 'VBAK',
      DELIMITER: '|',
      OPTIONS: [{ TEXT: `VBELN = '${number}'` }],
      FIELDS: [{ FIELDNAME: 'VBELN' }],
    });
    return result['DATA'] as Line[];
  }

  it('draws the next number of RV_BELEG 41 and answers S V1 311', async () => {
    const client = await open();
    const result = await client.call('BAPI_CONTRACT_CREATEFROMDATA', validInput);

    expect(result['SALESDOCUMENT']).toBe(nextNumber);
    expect(returnOf(result)).toEqual([
      expect.objectContaining({
        TYPE: 'S',
        ID: 'V1',
        NUMBER: '311',
        MESSAGE: `Service contract ${String(Number(nextNumber))} has been saved`,
        MESSAGE_V1: 'Service contract',
        MESSAGE_V2: String(Number(nextNumber)),
      }),
    ]);
  });

  it('keeps the contract from other sessions until BAPI_TRANSACTION_COMMIT', async () => {
    const writer = await open();
    const reader = await open('other');

    const created = await writer.call('BAPI_CONTRACT_CREATEFROMDATA', validInput);
    const number = String(created['SALESDOCUMENT']);
    expect(await readVbak(reader, number)).toEqual([]);
    expect(sap.select('VBAK', (row) => row['VBELN'] === number)).toEqual([]);

    await writer.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    expect(await readVbak(reader, number)).toEqual([{ WA: number }]);
  });

  it('writes header, item, contract data and conditions on commit', async () => {
    const client = await open();
    const created = await client.call('BAPI_CONTRACT_CREATEFROMDATA', validInput);
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const number = String(created['SALESDOCUMENT']);

    const [header] = sap.select('VBAK', (row) => row['VBELN'] === number);
    expect(header).toMatchObject({
      AUART: 'WV',
      VBTYP: 'G',
      KUNNR: soldTo,
      VKORG: '1000',
      GUEBG: '20261201',
      GUEEN: '20271130',
      ERDAT: '20261130',
      ERNAM: 'CS_BRIDGE',
      BSTNK: 'PO-TEST-0001',
      WAERK: 'EUR',
      // Twelve monthly fees over a contract of one year.
      NETWR: (fee * 12).toFixed(2),
    });
    expect(sap.select('VBAP', (row) => row['VBELN'] === number)).toEqual([
      expect.objectContaining({ POSNR: '000010', MATNR: 'SRV-MAINT', VRKME: 'LE' }),
    ]);
    expect(sap.select('VEDA', (row) => row['VBELN'] === number)).toEqual([
      expect.objectContaining({
        VPOSN: '000000',
        VBEGDAT: '20261201',
        VENDDAT: '20271130',
        VUNTDAT: '20261130',
      }),
    ]);
    const conditions = sap.select('KONV', (row) => row['KNUMV'] === header?.['KNUMV']);
    expect(conditions.map((row) => [row['KSCHL'], row['KBETR'], row['KRECH']])).toEqual([
      ['ZCLB', '100.00', 'A'],
      ['ZCPT', '50.00', 'A'],
      ['ZRSP', '8.00', 'C'],
      ['PPSV', '120.00', 'C'],
    ]);
  });

  it('discards the contract on BAPI_TRANSACTION_ROLLBACK and leaves a gap in the numbers', async () => {
    const client = await open();
    const first = await client.call('BAPI_CONTRACT_CREATEFROMDATA', validInput);
    await client.call('BAPI_TRANSACTION_ROLLBACK', {});
    const second = await client.call('BAPI_CONTRACT_CREATEFROMDATA', validInput);

    expect(sap.select('VBAK', (row) => row['VBELN'] === first['SALESDOCUMENT'])).toEqual([]);
    expect(sap.select('KONV', (row) => row['KNUMV'] === first['SALESDOCUMENT'])).toEqual([]);
    expect(Number(second['SALESDOCUMENT'])).toBe(Number(first['SALESDOCUMENT']) + 1);
  });

  it('locks a contract for the session changing it until that session commits', async () => {
    const writer = await open('writer');
    const other = await open('other');
    const created = await writer.call('BAPI_CONTRACT_CREATEFROMDATA', validInput);
    await writer.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const objects = {
      IV_SALESDOCUMENT: String(created['SALESDOCUMENT']),
      IV_ITEM: '000010',
      IT_EQUIPMENT: [],
    };

    await writer.call('Z_CSB_CONTRACT_OBJECTS_ADD', objects);
    const refused = await other.call('Z_CSB_CONTRACT_OBJECTS_ADD', objects);
    await writer.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const accepted = await other.call('Z_CSB_CONTRACT_OBJECTS_ADD', objects);

    expect(returnOf(refused)).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: 'V1', NUMBER: '042', MESSAGE_V2: 'WRITER' }),
    ]);
    expect(returnOf(accepted)).toEqual([]);
  });

  it('checks the input in a test run without drawing a number or buffering anything', async () => {
    const client = await open();
    const tested = await client.call('BAPI_CONTRACT_CREATEFROMDATA', {
      ...validInput,
      TESTRUN: 'X',
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const created = await client.call('BAPI_CONTRACT_CREATEFROMDATA', validInput);

    expect(tested['SALESDOCUMENT']).toBe('');
    expect(returnOf(tested)).toEqual([]);
    expect(created['SALESDOCUMENT']).toBe(nextNumber);
  });

  const refusals: [string, Record<string, unknown>, Partial<Line>][] = [
    [
      'an unknown document type',
      { CONTRACT_HEADER_IN: { ...validInput.CONTRACT_HEADER_IN, DOC_TYPE: 'ZZZZ' } },
      { ID: 'V1', NUMBER: '381', MESSAGE_V1: 'ZZZZ', FIELD: 'DOC_TYPE' },
    ],
    [
      'an unknown sold-to party',
      { CONTRACT_PARTNERS: [{ PARTN_ROLE: 'AG', PARTN_NUMB: '0009999999' }] },
      { ID: 'V1', NUMBER: '048', MESSAGE_V1: '0009999999', PARAMETER: 'CONTRACT_PARTNERS' },
    ],
    [
      'a sold-to party without leading zeros',
      { CONTRACT_PARTNERS: [{ PARTN_ROLE: 'AG', PARTN_NUMB: String(Number(soldTo)) }] },
      { ID: 'V1', NUMBER: '048' },
    ],
    [
      'a missing sold-to party',
      { CONTRACT_PARTNERS: [{ PARTN_ROLE: 'WE', PARTN_NUMB: soldTo }] },
      { ID: 'V1', NUMBER: '384', PARAMETER: 'CONTRACT_PARTNERS' },
    ],
    [
      'an unknown material',
      { CONTRACT_ITEMS_IN: [{ ITM_NUMBER: '000010', MATERIAL: 'SRV-NONE' }] },
      { ID: 'V1', NUMBER: '392', MESSAGE_V1: 'SRV-NONE', ROW: 1, FIELD: 'MATERIAL' },
    ],
    [
      'an end date before the start date in the header',
      {
        CONTRACT_HEADER_IN: { ...validInput.CONTRACT_HEADER_IN, CT_VALID_T: '20261130' },
        CONTRACT_DATA_IN: [],
      },
      { ID: 'V4', NUMBER: '080', MESSAGE_V1: '20261130', MESSAGE_V2: '20261201' },
    ],
    [
      'an end date before the start date in the contract data',
      {
        CONTRACT_DATA_IN: [
          { ITM_NUMBER: '000000', CON_ST_DAT: '20270101', CON_EN_DAT: '20261231' },
        ],
      },
      { ID: 'V4', NUMBER: '080', PARAMETER: 'CONTRACT_DATA_IN', ROW: 1 },
    ],
    [
      'a percentage above 100',
      {
        CONTRACT_CONDITIONS_IN: [
          { ITM_NUMBER: '000010', COND_TYPE: 'ZCPT', COND_VALUE: '120', CALCTYPCON: 'A' },
        ],
      },
      { ID: 'V1', NUMBER: '479', MESSAGE_V1: 'ZCPT', MESSAGE_V2: '120', FIELD: 'COND_VALUE' },
    ],
    [
      'a negative percentage of a coverage condition without calculation type',
      { CONTRACT_CONDITIONS_IN: [{ ITM_NUMBER: '000010', COND_TYPE: 'ZCLB', COND_VALUE: '-5' }] },
      { ID: 'V1', NUMBER: '479', MESSAGE_V2: '-5' },
    ],
    [
      'a customer reference longer than VBAK-BSTNK',
      { CONTRACT_HEADER_IN: { ...validInput.CONTRACT_HEADER_IN, PURCH_NO_C: 'X'.repeat(21) } },
      { ID: 'V1', NUMBER: '460', MESSAGE_V1: 'PURCH_NO_C', MESSAGE_V2: '20' },
    ],
  ];

  it.each(refusals)('refuses %s and leaves nothing behind', async (_case, change, expected) => {
    const client = await open();
    const before = sap.select('NRIV', (row) => row['OBJECT'] === 'RV_BELEG');

    const result = await client.call('BAPI_CONTRACT_CREATEFROMDATA', { ...validInput, ...change });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(result['SALESDOCUMENT']).toBe('');
    expect(returnOf(result)).toEqual([expect.objectContaining({ TYPE: 'E', ...expected })]);
    expect(sap.select('VBAK', (row) => row['VBELN'] === nextNumber)).toEqual([]);
    expect(sap.select('NRIV', (row) => row['OBJECT'] === 'RV_BELEG')).toEqual(before);
  });
});
