import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { field, loadTable, SEED_DIR } from './load-seed.ts';
import { checkValue, TABLE_SPECS } from './table-spec.ts';

const GENERATOR = fileURLToPath(new URL('../../mocks/seed/generate.ts', import.meta.url));
const TABLES = Object.keys(TABLE_SPECS);
// Billing documents and their postings: the seed holds none yet, but each has its file.
const EMPTY_TABLES = new Set(['VBKD', 'VBFA', 'VBRK', 'VBRP', 'BKPF', 'BSEG', 'BSID', 'BSAD']);

describe('seed files against the table definitions', () => {
  it.each(TABLES)(
    '%s holds exactly the contract fields, each within its type and length',
    (table) => {
      const spec = TABLE_SPECS[table];
      const rows = loadTable(table);
      expect(spec).toBeDefined();
      if (EMPTY_TABLES.has(table)) expect(rows).toEqual([]);
      else expect(rows.length).toBeGreaterThan(0);

      const expectedFields = Object.keys(spec?.fields ?? {}).sort();
      const problems: string[] = [];
      rows.forEach((row, index) => {
        expect(Object.keys(row).sort(), `${table} row ${index}`).toEqual(expectedFields);
        for (const [name, type] of Object.entries(spec?.fields ?? {})) {
          const problem = checkValue(row[name], type);
          if (problem !== undefined)
            problems.push(`${table}[${index}].${name} '${String(row[name])}' ${problem}`);
        }
      });
      expect(problems).toEqual([]);
    },
  );

  it('accepts packed numbers only in the form the mock writes them', () => {
    expect(checkValue('12', 'P5.0')).toBeUndefined();
    expect(checkValue('0', 'P5.0')).toBeUndefined();
    expect(checkValue('12.50', 'P11.2')).toBeUndefined();
    expect(checkValue('-0.5', 'P7.1')).toBeUndefined();
    expect(checkValue('12.0', 'P5.0')).toBe('is no decimal of type P5.0');
    expect(checkValue('00012', 'P5.0')).toBe('is no decimal of type P5.0');
    expect(checkValue('123456', 'P5.0')).toBe('is no decimal of type P5.0');
    expect(checkValue('12.5', 'P11.2')).toBe('is no decimal of type P11.2');
    expect(checkValue('12', 'P11.2')).toBe('is no decimal of type P11.2');
  });

  it.each(TABLES)('%s has unique keys', (table) => {
    const keys = TABLE_SPECS[table]?.keys ?? [];
    const values = loadTable(table).map((row) => keys.map((key) => field(row, key)).join('|'));
    expect(new Set(values).size).toBe(values.length);
  });

  it('pads numeric keys to their ALPHA length', () => {
    const patterns: [string, string, RegExp][] = [
      ['KNA1', 'KUNNR', /^\d{10}$/],
      ['EQUI', 'EQUNR', /^\d{18}$/],
      ['EQUI', 'KUND1', /^\d{10}$/],
      ['QMEL', 'QMNUM', /^\d{12}$/],
      ['QMEL', 'EQUNR', /^\d{18}$/],
      ['QMEL', 'KUNUM', /^\d{10}$/],
      ['QMEL', 'AUFNR', /^(\d{12})?$/],
    ];
    for (const [table, name, pattern] of patterns) {
      for (const row of loadTable(table))
        expect(field(row, name), `${table}.${name}`).toMatch(pattern);
    }
  });

  it('stores numeric material numbers padded to 18 and others upper-case', () => {
    for (const row of loadTable('MARA')) {
      const matnr = field(row, 'MATNR');
      if (/^\d+$/.test(matnr)) expect(matnr).toHaveLength(18);
      else expect(matnr).toBe(matnr.toUpperCase());
    }
  });

  it('uses only the internal language keys E and D', () => {
    for (const [table, name] of [
      ['KNA1', 'SPRAS'],
      ['MAKT', 'SPRAS'],
      ['EQKT', 'SPRAS'],
      ['TJ02T', 'SPRAS'],
    ] as const) {
      for (const row of loadTable(table)) expect(['D', 'E']).toContain(field(row, name));
    }
  });

  it('keeps long texts in texts.json with lines of at most 132 characters', () => {
    const texts = JSON.parse(readFileSync(join(SEED_DIR, 'texts.json'), 'utf8')) as {
      TDOBJECT: string;
      TDNAME: string;
      TDID: string;
      TDSPRAS: string;
      LINES: { TDFORMAT: string; TDLINE: string }[];
    }[];
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(Object.keys(text).sort()).toEqual(['LINES', 'TDID', 'TDNAME', 'TDOBJECT', 'TDSPRAS']);
      expect([text.TDOBJECT, text.TDID, text.TDSPRAS]).toEqual(['QMEL', 'LTXT', 'E']);
      expect(text.LINES.length).toBeGreaterThan(0);
      for (const line of text.LINES) {
        expect(Object.keys(line).sort()).toEqual(['TDFORMAT', 'TDLINE']);
        expect(line.TDLINE.length).toBeLessThanOrEqual(132);
      }
    }
  });
});

describe('seed size', () => {
  it('has 3 plants with central warehouse, van stock and repair shop each', () => {
    expect(loadTable('T001W').map((row) => field(row, 'WERKS'))).toEqual(['1000', '1100', '1200']);
    const locations = loadTable('T001L').map(
      (row) => `${field(row, 'WERKS')}/${field(row, 'LGORT')}`,
    );
    expect(locations).toHaveLength(9);
    for (const werks of ['1000', '1100', '1200']) {
      for (const lgort of ['0001', '0002', '0003'])
        expect(locations).toContain(`${werks}/${lgort}`);
    }
  });

  it('has at least 50 customers, 500 pieces of equipment and 200 spare parts', () => {
    expect(loadTable('KNA1').length).toBeGreaterThanOrEqual(50);
    expect(loadTable('EQUI')).toHaveLength(500);
    const spareParts = loadTable('MARA').filter((row) => field(row, 'MTART') === 'ERSA');
    expect(spareParts).toHaveLength(200);
    expect(spareParts.map((row) => field(row, 'MATNR'))).toContain('000000000000200001');
    expect(spareParts.map((row) => field(row, 'MATNR'))).toContain('000000000000200200');
  });

  it('has around 24 machine models and around 150 notifications', () => {
    const models = loadTable('MARA').filter((row) => field(row, 'MTART') === 'FERT');
    expect(models.length).toBeGreaterThanOrEqual(20);
    expect(models.length).toBeLessThanOrEqual(30);
    expect(loadTable('QMEL').length).toBeGreaterThanOrEqual(140);
    expect(loadTable('QMEL').length).toBeLessThanOrEqual(160);
  });
});

describe('generator', () => {
  const outputDir = mkdtempSync(join(tmpdir(), 'seed-'));
  afterAll(() => {
    rmSync(outputDir, { recursive: true, force: true });
  });

  it('writes the same bytes as the committed seed when run again', () => {
    execFileSync(process.execPath, [GENERATOR, outputDir]);

    const written = readdirSync(outputDir).sort();
    const committed = readdirSync(SEED_DIR).sort();
    expect(written).toEqual(committed);
    expect(written).toEqual([...TABLES.map((table) => `${table}.json`), 'texts.json'].sort());
    for (const file of written) {
      const fresh = readFileSync(join(outputDir, file));
      expect(fresh.equals(readFileSync(join(SEED_DIR, file))), file).toBe(true);
    }
  });
});
