import { describe, expect, it } from 'vitest';
import { field, groupBy, indexBy, loadTable } from './load-seed.ts';

const TODAY = '20261130';
const PLANTS = ['1000', '1100', '1200'];

const kna1 = loadTable('KNA1');
const mara = loadTable('MARA');
const equi = loadTable('EQUI');
const qmel = loadTable('QMEL');
const customers = indexBy(kna1, 'KUNNR');
const materials = indexBy(mara, 'MATNR');
const equipment = indexBy(equi, 'EQUNR');
const spareParts = mara.filter((row) => field(row, 'MTART') === 'ERSA');

describe('customers', () => {
  it('keeps the search terms as the upper-cased name and city', () => {
    for (const row of kna1) {
      expect(field(row, 'MCOD1')).toBe(field(row, 'NAME1').toUpperCase().slice(0, 25).trimEnd());
      expect(field(row, 'MCOD3')).toBe(field(row, 'ORT01').toUpperCase().slice(0, 25).trimEnd());
    }
  });

  it('numbers customers from 0000100001 in account group 0001, mostly in German', () => {
    expect(kna1.map((row) => field(row, 'KUNNR'))).toContain('0000100001');
    expect(kna1.every((row) => field(row, 'KTOKD') === '0001')).toBe(true);
    const german = kna1.filter((row) => field(row, 'SPRAS') === 'D').length;
    expect(german).toBeGreaterThan(kna1.length / 2);
    expect(german).toBeLessThan(kna1.length);
  });

  it('includes names with an apostrophe and with umlauts', () => {
    const names = kna1.map((row) => field(row, 'NAME1'));
    expect(names.some((name) => name.includes("'"))).toBe(true);
    expect(names.some((name) => /[äöüÄÖÜ]/.test(name))).toBe(true);
  });

  it('gives e-mail addresses to most customers through ADR6, but not to all', () => {
    const addresses = new Set(kna1.map((row) => field(row, 'ADRNR')));
    const adr6 = loadTable('ADR6');
    for (const row of adr6) {
      expect(addresses.has(field(row, 'ADDRNUMBER'))).toBe(true);
      expect(field(row, 'SMTP_ADDR')).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/);
    }
    const withEmail = new Set(adr6.map((row) => field(row, 'ADDRNUMBER')));
    expect(withEmail.size).toBeGreaterThan(kna1.length * 0.7);
    expect(withEmail.size).toBeLessThan(kna1.length);
  });
});

describe('materials and stock', () => {
  it('describes every material in English and German', () => {
    const languages = groupBy(loadTable('MAKT'), 'MATNR');
    for (const { MATNR } of mara) {
      const texts = languages.get(String(MATNR)) ?? [];
      expect(texts.map((row) => field(row, 'SPRAS')).sort()).toEqual(['D', 'E']);
    }
  });

  it('has MARC and MARD rows for every spare part in all 3 plants', () => {
    const marc = new Set(
      loadTable('MARC').map((row) => `${field(row, 'MATNR')}/${field(row, 'WERKS')}`),
    );
    const mard = new Set(
      loadTable('MARD').map((row) => `${field(row, 'MATNR')}/${field(row, 'WERKS')}`),
    );
    for (const part of spareParts) {
      for (const werks of PLANTS) {
        expect(marc.has(`${field(part, 'MATNR')}/${werks}`)).toBe(true);
        expect(mard.has(`${field(part, 'MATNR')}/${werks}`)).toBe(true);
      }
    }
    for (const row of [...loadTable('MARC'), ...loadTable('MARD')]) {
      expect(field(materials.get(field(row, 'MATNR')) ?? {}, 'MTART')).toBe('ERSA');
    }
  });

  it('keeps the safety stock below the reorder point for parts planned by reorder point', () => {
    const marc = loadTable('MARC');
    const planned = marc.filter((row) => field(row, 'DISMM') === 'VB');
    expect(planned.length).toBeGreaterThan(marc.length * 0.7);
    expect(planned.length).toBeLessThan(marc.length);
    for (const row of planned) {
      expect(Number(field(row, 'EISBE'))).toBeLessThan(Number(field(row, 'MINBE')));
      expect(Number(field(row, 'BSTFE'))).toBeGreaterThanOrEqual(Number(field(row, 'MINBE')));
    }
  });

  it('leaves about a tenth of the planned parts at or below the reorder point and a few at zero', () => {
    const stock = new Map<string, number>();
    for (const row of loadTable('MARD')) {
      const key = `${field(row, 'MATNR')}/${field(row, 'WERKS')}`;
      stock.set(key, (stock.get(key) ?? 0) + Number(field(row, 'LABST')));
    }
    const planned = loadTable('MARC').filter((row) => field(row, 'DISMM') === 'VB');
    const levels = planned.map((row) => ({
      stock: stock.get(`${field(row, 'MATNR')}/${field(row, 'WERKS')}`) ?? 0,
      reorderPoint: Number(field(row, 'MINBE')),
    }));
    const low = levels.filter((level) => level.stock <= level.reorderPoint).length;
    const zero = levels.filter((level) => level.stock === 0).length;
    expect(low / planned.length).toBeGreaterThan(0.05);
    expect(low / planned.length).toBeLessThan(0.16);
    expect(zero).toBeGreaterThan(0);
    expect(zero).toBeLessThan(low);
  });
});

describe('equipment', () => {
  it('refers to machine models in MARA and owning customers in KNA1', () => {
    for (const row of equi) {
      expect(field(materials.get(field(row, 'MATNR')) ?? {}, 'MTART')).toBe('FERT');
      expect(customers.has(field(row, 'KUND1'))).toBe(true);
      expect(field(row, 'OBJNR')).toBe(`IE${field(row, 'EQUNR')}`);
      expect(field(row, 'EQTYP')).toBe('S');
    }
  });

  it('numbers equipment from 000000000010000001', () => {
    expect(equipment.has('000000000010000001')).toBe(true);
  });

  it('lets every customer own between 1 and 30 machines', () => {
    const owned = groupBy(equi, 'KUND1');
    for (const { KUNNR } of kna1) {
      const count = owned.get(String(KUNNR))?.length ?? 0;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(30);
    }
  });

  it('starts machines up no earlier than their build year and no later than 2026-11-30', () => {
    for (const row of equi) {
      const buildYear = Number(field(row, 'BAUJJ'));
      expect(buildYear).toBeGreaterThanOrEqual(2012);
      expect(buildYear).toBeLessThanOrEqual(2026);
      expect(Number(field(row, 'INBDT').slice(0, 4))).toBeGreaterThanOrEqual(buildYear);
      expect(field(row, 'INBDT') <= TODAY).toBe(true);
      expect(field(row, 'ERDAT') <= TODAY).toBe(true);
    }
  });

  it('keeps serial numbers unique per material, with at least 5 shared by two materials', () => {
    const pairs = equi.map((row) => `${field(row, 'MATNR')}/${field(row, 'SERNR')}`);
    expect(new Set(pairs).size).toBe(pairs.length);

    const materialsBySerial = new Map<string, Set<string>>();
    for (const row of equi) {
      const serial = field(row, 'SERNR');
      expect(serial).not.toBe('');
      materialsBySerial.set(
        serial,
        (materialsBySerial.get(serial) ?? new Set()).add(field(row, 'MATNR')),
      );
    }
    const shared = [...materialsBySerial.values()].filter((set) => set.size > 1);
    expect(shared.length).toBeGreaterThanOrEqual(5);
  });

  it('has English and German texts, a time segment and a location for every piece', () => {
    const texts = groupBy(loadTable('EQKT'), 'EQUNR');
    const segments = groupBy(loadTable('EQUZ'), 'EQUNR');
    const locations = indexBy(loadTable('ILOA'), 'ILOAN');
    for (const { EQUNR } of equi) {
      expect((texts.get(String(EQUNR)) ?? []).map((row) => field(row, 'SPRAS')).sort()).toEqual([
        'D',
        'E',
      ]);
      const [segment, ...others] = segments.get(String(EQUNR)) ?? [];
      expect(others).toEqual([]);
      expect(field(segment ?? {}, 'DATBI')).toBe('99991231');
      expect(PLANTS).toContain(field(segment ?? {}, 'IWERK'));
      const location = locations.get(field(segment ?? {}, 'ILOAN'));
      expect(field(location ?? {}, 'SWERK')).toBe(field(segment ?? {}, 'IWERK'));
      expect(field(location ?? {}, 'STORT')).not.toBe('');
    }
  });
});

describe('notifications', () => {
  it('sits on seeded equipment of the owning customer, with its material and serial number', () => {
    for (const row of qmel) {
      const piece = equipment.get(field(row, 'EQUNR'));
      expect(piece).toBeDefined();
      expect(field(row, 'KUNUM')).toBe(field(piece ?? {}, 'KUND1'));
      expect(field(row, 'MATNR')).toBe(field(piece ?? {}, 'MATNR'));
      expect(field(row, 'SERIALNR')).toBe(field(piece ?? {}, 'SERNR'));
      expect(field(row, 'OBJNR')).toBe(`QM${field(row, 'QMNUM')}`);
      expect(field(row, 'QMDAT') > field(piece ?? {}, 'INBDT')).toBe(true);
    }
  });

  it('is dated between 2025-01-01 and 2026-11-30 and completed no earlier than reported', () => {
    for (const row of qmel) {
      expect(field(row, 'QMDAT') >= '20250101' && field(row, 'QMDAT') <= TODAY).toBe(true);
      expect(field(row, 'LTRMN') >= field(row, 'STRMN')).toBe(true);
      if (field(row, 'QMDAB') !== '00000000')
        expect(field(row, 'QMDAB') >= field(row, 'QMDAT')).toBe(true);
    }
  });

  it('uses customizing that exists: types in TQ80, priorities in T356, item codes in QPCD', () => {
    const types = indexBy(loadTable('TQ80'), 'QMART');
    const priorities = new Set(
      loadTable('T356').map((row) => `${field(row, 'ARTPR')}/${field(row, 'PRIOK')}`),
    );
    const codes = new Set(
      loadTable('QPCD').map(
        (row) => `${field(row, 'KATALOGART')}/${field(row, 'CODEGRUPPE')}/${field(row, 'CODE')}`,
      ),
    );
    const headers = indexBy(qmel, 'QMNUM');
    for (const row of qmel) {
      expect(field(types.get(field(row, 'QMART')) ?? {}, 'ARTPR')).toBe(field(row, 'ARTPR'));
      expect(priorities.has(`${field(row, 'ARTPR')}/${field(row, 'PRIOK')}`)).toBe(true);
    }
    for (const item of loadTable('QMFE')) {
      expect(headers.has(field(item, 'QMNUM'))).toBe(true);
      expect(
        codes.has(`${field(item, 'FEKAT')}/${field(item, 'FEGRP')}/${field(item, 'FECOD')}`),
      ).toBe(true);
    }
  });

  it('has exactly one active main system status each, spread about as intended (20 % open, 25 % in process, 5 % postponed, half completed)', () => {
    const statuses = groupBy(loadTable('JEST'), 'OBJNR');
    const counts = new Map<string, number>();
    for (const row of qmel) {
      // ORAS (I0071, order assigned) is active beside the main status.
      const active = (statuses.get(field(row, 'OBJNR')) ?? []).filter(
        (status) =>
          field(status, 'INACT') === '' &&
          field(status, 'STAT').startsWith('I') &&
          field(status, 'STAT') !== 'I0071',
      );
      expect(active).toHaveLength(1);
      const stat = field(active[0] ?? {}, 'STAT');
      counts.set(stat, (counts.get(stat) ?? 0) + 1);
      expect(field(row, 'QMDAB') !== '00000000').toBe(stat === 'I0072');
    }
    const share = (stat: string) => (counts.get(stat) ?? 0) / qmel.length;
    expect(share('I0068')).toBeCloseTo(0.2, 1);
    expect(share('I0070')).toBeCloseTo(0.25, 1);
    expect(share('I0069')).toBeCloseTo(0.05, 1);
    expect(share('I0072')).toBeCloseTo(0.5, 1);
  });

  it('names the customer as sold-to partner AG, padded to 10 inside PARNR', () => {
    const partners = groupBy(loadTable('IHPA'), 'OBJNR');
    for (const row of qmel) {
      const soldTo = (partners.get(field(row, 'OBJNR')) ?? []).filter(
        (partner) => field(partner, 'PARVW') === 'AG',
      );
      expect(soldTo.map((partner) => field(partner, 'PARNR'))).toEqual([field(row, 'KUNUM')]);
    }
  });

  it('sets the number range level to the highest seeded notification number', () => {
    const range = loadTable('NRIV').find(
      (row) => field(row, 'OBJECT') === 'QMEL_NR' && field(row, 'NRRANGENR') === '01',
    );
    const highest = qmel
      .map((row) => field(row, 'QMNUM'))
      .sort()
      .at(-1);
    expect(field(range ?? {}, 'FROMNUMBER')).toBe('000010000000');
    expect(field(range ?? {}, 'TONUMBER')).toBe('000019999999');
    expect(field(range ?? {}, 'NRLEVEL')).toBe(highest);
    expect(qmel.map((row) => field(row, 'QMNUM'))).toContain('000010000001');
  });

  it('keeps long texts only for seeded notifications', () => {
    const headers = indexBy(qmel, 'QMNUM');
    const texts = loadTable('texts');
    expect(texts.length).toBeGreaterThan(qmel.length / 2);
    for (const text of texts) expect(headers.has(field(text, 'TDNAME'))).toBe(true);
  });
});
