import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';
import { field, loadTable } from '../seed/load-seed.ts';

type Line = Record<string, unknown>;

const seedNow = new Date('2026-11-30T10:00:00Z');
const contracts = loadTable('VBAK');
const first = contracts[0] ?? {};
const second = contracts[1] ?? {};
const conditionsOf = (knumv: string) =>
  loadTable('KONV').filter((row) => field(row, 'KNUMV') === knumv);
const contractDataOf = (vbeln: string) =>
  loadTable('VEDA').filter((row) => field(row, 'VBELN') === vbeln);

const allParts = { HEADER: 'X', ITEM: 'X', PARTNER: 'X', SDCOND: 'X', CONTRACT: 'X' };

describe('BAPISDORDER_GETDETAILEDLIST', () => {
  let sap: MockSap;
  let client: MockRfcClient;

  beforeAll(() => {
    sap = MockSap.create({ clock: () => seedNow });
  });

  beforeEach(async () => {
    sap.reset();
    client = await new MockRfcClient(sap, { user: 'cs_bridge', client: '100' }).open();
  });

  async function read(view: Record<string, string>, numbers: string[], memory = '') {
    return client.call('BAPISDORDER_GETDETAILEDLIST', {
      I_BAPI_VIEW: view,
      I_MEMORY_READ: memory,
      SALES_DOCUMENTS: numbers.map((VBELN) => ({ VBELN })),
    });
  }

  it('returns header, item, sold-to, conditions and contract dates of a contract', async () => {
    const number = field(first, 'VBELN');
    const result = await read(allParts, [number]);

    expect(result['ORDER_HEADERS_OUT']).toEqual([
      expect.objectContaining({
        DOC_NUMBER: number,
        DOC_TYPE: field(first, 'AUART'),
        SD_DOC_CAT: 'G',
        SOLD_TO: field(first, 'KUNNR'),
        CT_VALID_F: field(first, 'GUEBG'),
        CT_VALID_T: field(first, 'GUEEN'),
        CURRENCY: 'EUR',
      }),
    ]);
    const header = (result['ORDER_HEADERS_OUT'] as Line[])[0] ?? {};
    expect(Number(header['NET_VAL_HD'])).toBe(Number(field(first, 'NETWR')));
    expect(result['ORDER_ITEMS_OUT']).toEqual([
      expect.objectContaining({ DOC_NUMBER: number, ITM_NUMBER: '000010', SALES_UNIT: 'LE' }),
    ]);
    expect(result['ORDER_PARTNERS_OUT']).toEqual([
      expect.objectContaining({
        SD_DOC: number,
        PARTN_ROLE: 'AG',
        CUSTOMER: field(first, 'KUNNR'),
      }),
    ]);

    const conditions = result['ORDER_CONDITIONS_OUT'] as Line[];
    const seeded = conditionsOf(field(first, 'KNUMV'));
    expect(conditions.map((row) => row['COND_TYPE'])).toEqual(
      seeded.map((row) => field(row, 'KSCHL')),
    );
    for (const [index, row] of seeded.entries()) {
      expect(Number(conditions[index]?.['COND_VALUE'])).toBe(Number(field(row, 'KBETR')));
      expect(conditions[index]?.['CALCTYPCON']).toBe(field(row, 'KRECH'));
      expect(Number(conditions[index]?.['COND_P_UNT'])).toBe(Number(field(row, 'KPEIN')));
      expect(conditions[index]?.['COND_UNIT']).toBe(field(row, 'KMEIN'));
    }

    const dates = (result['ORDER_CONTRACTS_OUT'] as Line[]).map((row) => [
      row['DOC_NUMBER'],
      row['ITM_NUMBER'],
      row['CONTSTADAT'],
      row['CONTENDDAT'],
      row['CONTSIGDAT'],
    ]);
    expect(dates).toEqual(
      contractDataOf(number).map((row) => [
        number,
        field(row, 'VPOSN'),
        field(row, 'VBEGDAT'),
        field(row, 'VENDDAT'),
        field(row, 'VUNTDAT'),
      ]),
    );
  });

  it('fills only the tables whose view flag is X', async () => {
    const numbers = [field(first, 'VBELN'), field(second, 'VBELN')];

    const headersOnly = await read({ HEADER: 'X' }, numbers);
    const conditionsOnly = await read({ SDCOND: 'X', CONTRACT: 'X' }, numbers);

    expect(headersOnly['ORDER_HEADERS_OUT']).toHaveLength(2);
    expect(headersOnly['ORDER_ITEMS_OUT']).toEqual([]);
    expect(headersOnly['ORDER_PARTNERS_OUT']).toEqual([]);
    expect(headersOnly['ORDER_CONDITIONS_OUT']).toEqual([]);
    expect(headersOnly['ORDER_CONTRACTS_OUT']).toEqual([]);
    expect(conditionsOnly['ORDER_HEADERS_OUT']).toEqual([]);
    expect(conditionsOnly['ORDER_CONDITIONS_OUT']).toHaveLength(
      conditionsOf(field(first, 'KNUMV')).length + conditionsOf(field(second, 'KNUMV')).length,
    );
    expect((conditionsOnly['ORDER_CONTRACTS_OUT'] as Line[]).length).toBeGreaterThanOrEqual(2);
  });

  it('shows header conditions only with I_WITH_HEADER_CONDITIONS', async () => {
    const number = field(first, 'VBELN');
    sap.upsert('KONV', {
      KNUMV: field(first, 'KNUMV'),
      KPOSN: '000000',
      STUNR: '900',
      ZAEHK: '01',
      KSCHL: 'HB00',
      KBETR: '-50.00',
      WAERS: 'EUR',
      KRECH: 'B',
    });
    const types = async (withHeader: string): Promise<unknown[]> => {
      const result = await client.call('BAPISDORDER_GETDETAILEDLIST', {
        I_BAPI_VIEW: { SDCOND: 'X' },
        I_WITH_HEADER_CONDITIONS: withHeader,
        SALES_DOCUMENTS: [{ VBELN: number }],
      });
      return (result['ORDER_CONDITIONS_OUT'] as Line[]).map((row) => row['COND_TYPE']);
    };

    expect(await types('')).not.toContain('HB00');
    expect(await types('X')).toContain('HB00');
  });

  it('leaves unknown documents out of the output without an error', async () => {
    const result = await read(allParts, ['0049999999', field(second, 'VBELN'), '40000001']);

    expect((result['ORDER_HEADERS_OUT'] as Line[]).map((row) => row['DOC_NUMBER'])).toEqual([
      field(second, 'VBELN'),
    ]);
    expect(result).not.toHaveProperty('RETURN');
  });

  it('shows a contract saved in the LUW only with I_MEMORY_READ A until the commit', async () => {
    const created = await client.call('BAPI_CONTRACT_CREATEFROMDATA', {
      CONTRACT_HEADER_IN: { DOC_TYPE: 'ZSUB', SALES_ORG: '1000', DISTR_CHAN: '10', DIVISION: '00' },
      CONTRACT_ITEMS_IN: [{ ITM_NUMBER: '000010', MATERIAL: 'SRV-SUBSCR' }],
      CONTRACT_PARTNERS: [{ PARTN_ROLE: 'AG', PARTN_NUMB: field(first, 'KUNNR') }],
    });
    const number = String(created['SALESDOCUMENT']);

    const fromDatabase = await read({ HEADER: 'X' }, [number]);
    const fromMemory = await read({ HEADER: 'X', CONTRACT: 'X' }, [number], 'A');
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const committed = await read({ HEADER: 'X' }, [number]);

    expect(fromDatabase['ORDER_HEADERS_OUT']).toEqual([]);
    expect(fromMemory['ORDER_HEADERS_OUT']).toEqual([
      expect.objectContaining({ DOC_NUMBER: number, DOC_TYPE: 'ZSUB', CT_VALID_F: '20261130' }),
    ]);
    expect(fromMemory['ORDER_CONTRACTS_OUT']).toEqual([
      expect.objectContaining({ ITM_NUMBER: '000000', CONTSTADAT: '20261130' }),
    ]);
    expect(committed['ORDER_HEADERS_OUT']).toHaveLength(1);
  });
});
