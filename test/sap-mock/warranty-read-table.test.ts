import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';
import { field, groupBy, loadTable } from '../seed/load-seed.ts';

type Line = Record<string, unknown>;

const seedNow = new Date('2026-11-30T10:00:00Z');
const assignments = loadTable('BGMKOBJ');
const flagged = assignments.find((row) => field(row, 'LVORM') === 'X');
const byObject = groupBy(assignments, 'J_OBJNR');
const withBothTypes = [...byObject.values()].find((rows) => rows.length === 2)?.[0];
const equipment = loadTable('EQUI');
const sharedSerial = [...groupBy(equipment, 'SERNR').values()].find((rows) => rows.length === 2);

describe('warranties through RFC_READ_TABLE', () => {
  let sap: MockSap;
  let client: MockRfcClient;

  beforeAll(() => {
    sap = MockSap.create({ clock: () => seedNow });
  });

  beforeEach(async () => {
    sap.reset();
    client = await new MockRfcClient(sap, { user: 'cs_bridge', client: '100' }).open();
  });

  async function read(table: string, where: string[], fields: string[]): Promise<string[][]> {
    const result = await client.call('RFC_READ_TABLE', {
      QUERY_TABLE: table,
      DELIMITER: '|',
      OPTIONS: where.map((TEXT) => ({ TEXT })),
      FIELDS: fields.map((FIELDNAME) => ({ FIELDNAME })),
    });
    return (result['DATA'] as Line[]).map((row) =>
      String(row['WA'])
        .split('|')
        .map((value) => value.trim()),
    );
  }

  it('describes the fields of every warranty table', async () => {
    for (const table of ['BGMK', 'BGMT', 'BGMP', 'BGMKOBJ']) {
      const result = await client.call('RFC_READ_TABLE', { QUERY_TABLE: table, NO_DATA: 'X' });
      const fields = result['FIELDS'] as Line[];
      expect(fields.length, table).toBeGreaterThan(2);
      for (const row of fields)
        expect(row['FIELDTEXT'], `${table}-${String(row['FIELDNAME'])}`).not.toBe('');
    }
  });

  it('reads the assignments of an equipment by J_OBJNR', async () => {
    const objectNumber = field(withBothTypes ?? {}, 'J_OBJNR');
    const lines = await read(
      'BGMKOBJ',
      [`J_OBJNR = '${objectNumber}'`],
      ['GAART', 'MGANR', 'GWLDT', 'GWLEN'],
    );

    expect(lines).toEqual(
      (byObject.get(objectNumber) ?? []).map((row) => [
        field(row, 'GAART'),
        field(row, 'MGANR'),
        field(row, 'GWLDT'),
        field(row, 'GWLEN'),
      ]),
    );
    expect(lines.map(([type]) => type)).toEqual(['1', '2']);
  });

  it("leaves a deletion-flagged assignment out when the WHERE asks for LVORM = ' '", async () => {
    const objectNumber = field(flagged ?? {}, 'J_OBJNR');

    const all = await read('BGMKOBJ', [`J_OBJNR = '${objectNumber}'`], ['LVORM']);
    const active = await read(
      'BGMKOBJ',
      [`J_OBJNR = '${objectNumber}'`, `AND LVORM = ' '`],
      ['MGANR'],
    );

    expect(all).toEqual([['X']]);
    expect(active).toEqual([]);
  });

  it('reads the type, validity, texts and covered shares of a master warranty', async () => {
    const master = field(withBothTypes ?? {}, 'MGANR');
    const where = [`MGANR = '${master}'`];

    const [header] = await read('BGMK', where, ['GAART', 'DATAB', 'DATBI', 'LVORM']);
    const texts = await read('BGMT', [...where, `AND SPRAS = 'E'`], ['GATXT']);
    const shares = await read('BGMP', where, ['LEART', 'PROZS']);

    expect(header?.[0]).toBe('1');
    expect(header?.[1]).toMatch(/^\d{8}$/);
    expect(texts).toHaveLength(1);
    expect(shares.map(([type]) => type)).toContain('L');
    for (const [, percent] of shares) expect(Number(percent)).toBeLessThanOrEqual(100);
  });

  it('finds both materials of a shared serial number, and one when the material is given', async () => {
    const [one, other] = sharedSerial ?? [];
    const serial = field(one ?? {}, 'SERNR');

    const both = await read('EQUI', [`SERNR = '${serial}'`], ['EQUNR', 'MATNR']);
    const narrowed = await read(
      'EQUI',
      [`SERNR = '${serial}' AND MATNR = '${field(other ?? {}, 'MATNR')}'`],
      ['EQUNR'],
    );

    expect(both.map(([, material]) => material).sort()).toEqual(
      [field(one ?? {}, 'MATNR'), field(other ?? {}, 'MATNR')].sort(),
    );
    expect(narrowed).toEqual([[field(other ?? {}, 'EQUNR')]]);
  });

  it('finds a serial number with a quote, doubled inside the literal', async () => {
    sap.upsert('EQUI', {
      EQUNR: '000000000019999999',
      MATNR: 'ESP-3000',
      SERNR: "O'HARA-0815",
      OBJNR: 'IE000000000019999999',
    });

    const lines = await read('EQUI', [`SERNR = 'O''HARA-0815'`], ['EQUNR', 'SERNR']);

    expect(lines).toEqual([['000000000019999999', "O'HARA-0815"]]);
  });

  it('answers a warranty for one material of a shared serial number and none for the other', async () => {
    const pairs = [...groupBy(equipment, 'SERNR').values()].filter((rows) => rows.length === 2);
    const running = (row: Record<string, unknown>) =>
      (byObject.get(field(row, 'OBJNR')) ?? []).some(
        (entry) =>
          field(entry, 'LVORM') === '' &&
          field(entry, 'GWLDT') <= '20261130' &&
          field(entry, 'GWLEN') >= '20261130',
      );
    const covered = pairs.find(
      (rows) =>
        rows.filter(running).length === 1 && rows.some((row) => !byObject.has(field(row, 'OBJNR'))),
    );
    expect(covered).toBeDefined();

    const answers = [];
    for (const row of covered ?? []) {
      const lines = await read(
        'BGMKOBJ',
        [
          `J_OBJNR = '${field(row, 'OBJNR')}' AND LVORM = ' '`,
          `AND GWLDT <= '20261130' AND GWLEN >= '20261130'`,
        ],
        ['GAART'],
      );
      answers.push(lines.length);
    }
    expect(answers.sort()).toEqual([0, 1]);
  });
});
