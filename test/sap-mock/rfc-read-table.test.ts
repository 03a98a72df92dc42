import { beforeEach, describe, expect, it } from 'vitest';
import { createTestSap, openClient, validHeader } from './mock-sap-fixture.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

type Row = Record<string, unknown>;

describe('RFC_READ_TABLE', () => {
  let sap: MockSap;
  let client: MockRfcClient;

  beforeEach(async () => {
    sap = createTestSap();
    client = await openClient(sap);
  });

  async function read(parameters: Row): Promise<Row> {
    return client.call('RFC_READ_TABLE', { DELIMITER: '|', ...parameters });
  }

  async function lines(table: string, where: string[], fields: string[]): Promise<string[]> {
    const result = await read({
      QUERY_TABLE: table,
      OPTIONS: where.map((TEXT) => ({ TEXT })),
      FIELDS: fields.map((FIELDNAME) => ({ FIELDNAME })),
    });
    return (result['DATA'] as Row[]).map((row) => String(row['WA']));
  }

  async function expectException(parameters: Row, key: string): Promise<void> {
    await expect(read(parameters)).rejects.toMatchObject({
      name: 'ABAPError',
      code: 5,
      codeString: 'RFC_ABAP_EXCEPTION',
      group: 1,
      key,
    });
  }

  it('returns all fields with offsets, lengths, types and texts when FIELDS is empty', async () => {
    const result = await read({ QUERY_TABLE: 'T001W' });

    expect(result['FIELDS']).toEqual([
      { FIELDNAME: 'WERKS', OFFSET: '000000', LENGTH: '000004', TYPE: 'C', FIELDTEXT: 'Plant' },
      { FIELDNAME: 'NAME1', OFFSET: '000005', LENGTH: '000030', TYPE: 'C', FIELDTEXT: 'Name' },
      { FIELDNAME: 'ORT01', OFFSET: '000036', LENGTH: '000025', TYPE: 'C', FIELDTEXT: 'City' },
      {
        FIELDNAME: 'LAND1',
        OFFSET: '000062',
        LENGTH: '000003',
        TYPE: 'C',
        FIELDTEXT: 'Country Key',
      },
    ]);
    expect(result['DATA']).toEqual([
      { WA: `1000|${'Service Plant Hamburg'.padEnd(30)}|${'Hamburg'.padEnd(25)}|DE` },
      { WA: `2000|${'Service Plant Munich'.padEnd(30)}|${'Munich'.padEnd(25)}|DE` },
    ]);
  });

  it('returns the requested fields in their order, fixed width without a delimiter', async () => {
    const result = await client.call('RFC_READ_TABLE', {
      QUERY_TABLE: 'EQUI',
      FIELDS: [{ FIELDNAME: 'SERNR' }, { FIELDNAME: 'EQUNR' }, { FIELDNAME: 'INBDT' }],
    });

    expect((result['FIELDS'] as Row[]).map((field) => [field['OFFSET'], field['TYPE']])).toEqual([
      ['000000', 'C'],
      ['000018', 'C'],
      ['000036', 'D'],
    ]);
    expect((result['DATA'] as Row[])[0]).toEqual({
      WA: `${'SN-0001'.padEnd(18)}00000000001000000120210401`,
    });
  });

  it('returns only FIELDS with NO_DATA', async () => {
    const result = await read({ QUERY_TABLE: 'KNA1', NO_DATA: 'X' });

    expect(result['DATA']).toEqual([]);
    expect(result['FIELDS']).toHaveLength(14);
  });

  it('writes packed numbers right-aligned with the sign after them', async () => {
    const result = await lines('MARC', [], ['MATNR', 'MINBE', 'PLIFZ']);

    expect(result).toEqual(['000000000000200001|        20.000 |007']);
  });

  it('returns rows in primary-key order', async () => {
    sap.upsert('T001W', { WERKS: '0500', NAME1: 'Inserted later' });

    expect(await lines('T001W', [], ['WERKS'])).toEqual(['0500', '1000', '2000']);
  });

  it('pages with ROWSKIPS and ROWCOUNT', async () => {
    const page = await read({
      QUERY_TABLE: 'TJ02T',
      FIELDS: [{ FIELDNAME: 'ISTAT' }, { FIELDNAME: 'SPRAS' }],
      ROWSKIPS: 3,
      ROWCOUNT: 2,
    });
    const rest = await read({
      QUERY_TABLE: 'TJ02T',
      FIELDS: [{ FIELDNAME: 'ISTAT' }],
      ROWSKIPS: 8,
    });

    expect(page['DATA']).toEqual([{ WA: 'I0069|E' }, { WA: 'I0070|D' }]);
    expect(rest['DATA']).toEqual([{ WA: 'I0072' }, { WA: 'I0072' }]);
  });

  it.each([
    [
      ["QMART = 'S1'", "AND PRIOK IN ('3', '4')"],
      ['000010000001', '000010000002', '000010000003', '000010000004'],
    ],
    [["PRIOK EQ '4'"], ['000010000002']],
    [["PRIOK <> '3'"], ['000010000002']],
    [["QMNUM > '000010000002'"], ['000010000003', '000010000004']],
    [["QMNUM GE '000010000003' AND QMNUM LT '000010000004'"], ['000010000003']],
    [["QMNUM BETWEEN '000010000002' AND '000010000003'"], ['000010000002', '000010000003']],
    [["QMNUM NOT BETWEEN '000010000002' AND '000010000003'"], ['000010000001', '000010000004']],
    [["QMTXT LIKE '%ing%'"], ['000010000002', '000010000004']],
    [["QMTXT LIKE 'P_mp%'"], ['000010000001']],
    [["QMTXT NOT LIKE '%e%'"], []],
    [['KUNUM IS INITIAL'], ['000010000003']],
    [['QMDAB IS NOT INITIAL'], ['000010000004']],
    [["NOT ( PRIOK = '3' OR KUNUM = '' )"], ['000010000002']],
    [
      ["qmart eq 'S1' and ( priok = '4' or", "bstnk = 'TICKET-1001' )"],
      ['000010000001', '000010000002'],
    ],
    [["QMNUM NOT IN ('000010000001', '000010000002')"], ['000010000003', '000010000004']],
    [['AEDAT = QMDAT'], []],
  ])('selects with %j', async (where, expected) => {
    expect(await lines('QMEL', where, ['QMNUM'])).toEqual(expected);
  });

  it('compares NUMC and packed fields as their type', async () => {
    expect(await lines('MARC', ["PLIFZ = '7'"], ['WERKS'])).toEqual(['1000']);
    expect(await lines('MARD', ["LABST > '9.5'"], ['LGORT'])).toEqual(['0001']);
    expect(await lines('MARD', ['LABST > 100'], ['LGORT'])).toEqual([]);
  });

  it("finds a value with a quote, written as '' inside the literal", async () => {
    expect(await lines('KNA1', ["NAME1 = 'O''Brien Coffee Ltd'"], ['KUNNR'])).toEqual([
      '0000100002',
    ]);
  });

  it('keeps an injection attempt inside a literal a literal', async () => {
    expect(await lines('KNA1', ["NAME1 = 'X'' OR ''1'' = ''1'"], ['KUNNR'])).toEqual([]);
    expect(await lines('KNA1', ["MCOD1 LIKE '%'' OR ''1'' = ''1%'"], ['KUNNR'])).toEqual([]);
  });

  it('refuses an injection attempt that breaks out of the literal', async () => {
    await expectException(
      { QUERY_TABLE: 'KNA1', OPTIONS: [{ TEXT: "NAME1 = 'X' OR '1' = '1'" }] },
      'OPTION_NOT_VALID',
    );
  });

  it.each([
    "WERKS = '1000",
    'WERKS =',
    "WERKS == '1000'",
    "WERKS = '1000' AND",
    "( WERKS = '1000'",
    "WERKS = '1000' ; DELETE",
    'WERKS LIKE 1000',
    "WERKS IN '1000'",
  ])('raises OPTION_NOT_VALID for the syntax error in %j', async (text) => {
    await expectException({ QUERY_TABLE: 'T001W', OPTIONS: [{ TEXT: text }] }, 'OPTION_NOT_VALID');
  });

  it('raises FIELD_NOT_VALID for an unknown field in OPTIONS or FIELDS', async () => {
    await expectException(
      { QUERY_TABLE: 'T001W', OPTIONS: [{ TEXT: "MANDT = '100'" }] },
      'FIELD_NOT_VALID',
    );
    await expectException(
      { QUERY_TABLE: 'T001W', FIELDS: [{ FIELDNAME: 'NAME9' }] },
      'FIELD_NOT_VALID',
    );
  });

  it.each(['ZTABLE', 't001w', 'TEXT_LINES'])('raises TABLE_NOT_AVAILABLE for %s', async (table) => {
    await expectException({ QUERY_TABLE: table }, 'TABLE_NOT_AVAILABLE');
  });

  it('raises DATA_BUFFER_EXCEEDED when the line is wider than 512 characters', async () => {
    const address = { FIELDNAME: 'SMTP_ADDR' };
    await expect(read({ QUERY_TABLE: 'ADR6', FIELDS: [address, address] })).resolves.toBeDefined();
    await expectException(
      { QUERY_TABLE: 'ADR6', FIELDS: [address, address, address] },
      'DATA_BUFFER_EXCEEDED',
    );
  });

  it("reads committed data only, not the session's own LUW", async () => {
    const created = await client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTIFHEADER: validHeader,
    });
    await client.call('BAPI_ALM_NOTIF_SAVE', {
      NUMBER: (created['NOTIFHEADER_EXPORT'] as Record<string, string>)['NOTIF_NO'],
    });

    const before = await lines('QMEL', ["BSTNK = 'TICKET-2001'"], ['QMNUM']);
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const after = await lines('QMEL', ["BSTNK = 'TICKET-2001'"], ['QMNUM']);

    expect(before).toEqual([]);
    expect(after).toEqual(['000010000005']);
  });
});
