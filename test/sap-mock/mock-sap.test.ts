import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MockSap, SeedError } from '../../src/sap-mock/index.ts';
import {
  createNotification,
  createTestSap,
  errorsOf,
  fixtureSeedDir,
  openClient,
} from './mock-sap-fixture.ts';

describe('MockSap', () => {
  const tempDirs: string[] = [];

  afterEach(() => {
    for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function seedWith(file: string, edit: (rows: Record<string, string>[]) => unknown): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'sap-mock-seed-'));
    tempDirs.push(dir);
    cpSync(fixtureSeedDir, dir, { recursive: true });
    const filePath = path.join(dir, file);
    const rows = JSON.parse(readFileSync(filePath, 'utf8')) as Record<string, string>[];
    writeFileSync(filePath, JSON.stringify(edit(rows)));
    return dir;
  }

  it('refuses a seed with an unknown field, naming file, row and field', () => {
    const seedDir = seedWith('KNA1.json', (rows) => [rows[0], { ...rows[1], KUNNR2: 'x' }]);

    expect(() => MockSap.create({ seedDir })).toThrow(SeedError);
    expect(() => MockSap.create({ seedDir })).toThrow('KNA1.json row 2: unknown field KUNNR2');
  });

  it('refuses a seed value longer than its field', () => {
    const seedDir = seedWith('TQ80.json', (rows) => [{ ...rows[0], QMARTX: 'x'.repeat(21) }]);

    expect(() => MockSap.create({ seedDir })).toThrow(
      /TQ80\.json row 1: value '.*' of field QMARTX/,
    );
  });

  it('refuses a seed row without a field, a bad date and a duplicate key', () => {
    const missing = seedWith('T001W.json', (rows) => rows.map(({ LAND1: _land, ...row }) => row));
    const badDate = seedWith('EQUI.json', (rows) => [{ ...rows[0], INBDT: '2021-04-01' }]);
    const duplicate = seedWith('T356.json', (rows) => [rows[0], rows[0]]);

    expect(() => MockSap.create({ seedDir: missing })).toThrow(
      'T001W.json row 1: field LAND1 is missing',
    );
    expect(() => MockSap.create({ seedDir: badDate })).toThrow(/EQUI\.json row 1: .* field INBDT/);
    expect(() => MockSap.create({ seedDir: duplicate })).toThrow('T356.json row 2: duplicate key');
  });

  it('loads the default seed from mocks/seed/default without a seedDir', () => {
    const sap = MockSap.create();

    expect(sap.select('QMEL').length).toBeGreaterThan(0);
    expect(sap.select('NRIV', (row) => row['OBJECT'] === 'QMEL_NR')).toHaveLength(1);
  });

  it('refuses a seed directory that does not exist', () => {
    expect(() => MockSap.create({ seedDir: '/nonexistent/seed' })).toThrow(SeedError);
  });

  it('selects committed rows as copies', () => {
    const sap = createTestSap();

    const [plant] = sap.select('T001W', (row) => row['WERKS'] === '1000');
    if (plant !== undefined) plant['NAME1'] = 'changed';

    expect(sap.select('T001W', (row) => row['WERKS'] === '1000')[0]?.['NAME1']).toBe(
      'Service Plant Hamburg',
    );
  });

  it('applies a direct change at once, visible to every session', async () => {
    const sap = createTestSap();
    const client = await openClient(sap);

    sap.upsert('EQUI', { EQUNR: '000000000010000002', KUND1: '0000100003' });
    const created = await client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTIFHEADER: { SHORT_TEXT: 'Grinder', EQUIPMENT: '000000000010000002' },
    });

    expect(sap.select('EQUI', (row) => row['EQUNR'] === '000000000010000002')[0]).toMatchObject({
      KUND1: '0000100003',
      SERNR: 'SN-0002',
    });
    expect(created['NOTIFHEADER_EXPORT']).toMatchObject({ CUST_NO: '0000100003' });
  });

  it('refuses a direct change with an unknown field or a missing key', () => {
    const sap = createTestSap();

    expect(() => {
      sap.upsert('EQUI', { EQUNR: '1', OWNER: 'x' });
    }).toThrow('EQUI has no field OWNER');
    expect(() => {
      sap.upsert('EQUI', { KUND1: '0000100001' });
    }).toThrow('EQUNR is missing');
  });

  it('goes back to the seed on reset, dropping buffers, locks and the call log', async () => {
    const sap = createTestSap();
    const first = await openClient(sap, 'first');
    const second = await openClient(sap, 'second');
    await createNotification(first);
    await first.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: '000010000001' });

    sap.reset();
    const afterReset = await second.call('BAPI_ALM_NOTIF_PUTINPROGRESS', {
      NUMBER: '000010000001',
    });

    expect(sap.select('QMEL')).toHaveLength(4);
    expect(sap.select('NRIV')[0]?.['NRLEVEL']).toBe('00000000000010000004');
    expect(errorsOf(afterReset)).toEqual([]);
    expect(sap.callCount()).toBe(1);
  });
});
