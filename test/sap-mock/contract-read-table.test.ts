import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';
import { field, loadTable } from '../seed/load-seed.ts';

type Line = Record<string, unknown>;

const seedNow = new Date('2026-11-30T10:00:00Z');
const vbak = loadTable('VBAK');
const ser02 = loadTable('SER02');
const objk = loadTable('OBJK');
// A customer with more than one contract, and a machine on a contract.
const customerCounts = new Map<string, number>();
for (const row of vbak) {
  const kunnr = field(row, 'KUNNR');
  customerCounts.set(kunnr, (customerCounts.get(kunnr) ?? 0) + 1);
}
const busyCustomer = [...customerCounts].find(([, count]) => count > 1)?.[0] ?? '';
const coveredMachine = objk[0] ?? {};

describe('finding contracts through RFC_READ_TABLE', () => {
  let sap: MockSap;
  let client: MockRfcClient;

  beforeAll(() => {
    sap = MockSap.create({ clock: () => seedNow });
  });

  beforeEach(async () => {
    sap.reset();
    client = await new MockRfcClient(sap, { user: 'cs_bridge', client: '100' }).open();
  });

  async function column(table: string, where: string[], name: string): Promise<string[]> {
    const result = await client.call('RFC_READ_TABLE', {
      QUERY_TABLE: table,
      OPTIONS: where.map((TEXT) => ({ TEXT })),
      FIELDS: [{ FIELDNAME: name }],
    });
    return (result['DATA'] as Line[]).map((row) => String(row['WA']).trim());
  }

  it('describes every field of the contract tables', async () => {
    for (const table of ['VBAK', 'VBAP', 'VEDA', 'KONV', 'SER02', 'OBJK']) {
      const result = await client.call('RFC_READ_TABLE', { QUERY_TABLE: table, NO_DATA: 'X' });
      const unnamed = (result['FIELDS'] as Line[]).filter((row) => row['FIELDTEXT'] === '');
      expect(unnamed, table).toEqual([]);
    }
  });

  it("finds a customer's contracts by VBTYP and KUNNR", async () => {
    const numbers = await column('VBAK', [`VBTYP = 'G' AND KUNNR = '${busyCustomer}'`], 'VBELN');

    expect(numbers).toEqual(
      vbak.filter((row) => field(row, 'KUNNR') === busyCustomer).map((row) => field(row, 'VBELN')),
    );
    expect(numbers.length).toBeGreaterThan(1);
  });

  it('finds the contracts of an equipment through OBJK and SER02', async () => {
    const equipment = field(coveredMachine, 'EQUNR');

    const lists = await column('OBJK', [`EQUNR = '${equipment}' AND TASER = 'SER02'`], 'OBKNR');
    const quoted = lists.map((list) => `'${list}'`).join(', ');
    const documents = await column('SER02', [`OBKNR IN (${quoted})`], 'SDAUFNR');

    const expected = ser02
      .filter((row) => field(row, 'OBKNR') === field(coveredMachine, 'OBKNR'))
      .map((row) => field(row, 'SDAUFNR'));
    expect(documents).toEqual(expected);
  });

  it('lists the covered equipment of a contract through SER02 and OBJK', async () => {
    const contract = field(vbak[0] ?? {}, 'VBELN');

    const lists = await column('SER02', [`SDAUFNR = '${contract}'`], 'OBKNR');
    const machines = await column('OBJK', [`OBKNR = '${lists[0] ?? ''}'`], 'EQUNR');

    const list = ser02.find((row) => field(row, 'SDAUFNR') === contract);
    expect(machines).toEqual(
      objk
        .filter((row) => field(row, 'OBKNR') === field(list ?? {}, 'OBKNR'))
        .map((row) => field(row, 'EQUNR')),
    );
    expect(machines.length).toBeGreaterThan(0);
  });

  it('reads the conditions of a contract from KONV with their pricing units', async () => {
    const knumv = field(vbak[0] ?? {}, 'KNUMV');
    const result = await client.call('RFC_READ_TABLE', {
      QUERY_TABLE: 'KONV',
      DELIMITER: '|',
      OPTIONS: [{ TEXT: `KNUMV = '${knumv}' AND KSCHL = 'PPSV'` }],
      FIELDS: ['KBETR', 'WAERS', 'KPEIN', 'KMEIN'].map((FIELDNAME) => ({ FIELDNAME })),
    });
    const fee = loadTable('KONV').find(
      (row) => field(row, 'KNUMV') === knumv && field(row, 'KSCHL') === 'PPSV',
    );

    const [line] = (result['DATA'] as Line[]).map((row) =>
      String(row['WA'])
        .split('|')
        .map((value) => value.trim()),
    );
    expect(line).toEqual([field(fee ?? {}, 'KBETR'), 'EUR', field(fee ?? {}, 'KPEIN'), 'MON']);
  });
});
