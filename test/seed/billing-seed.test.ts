import { describe, expect, it } from 'vitest';
import { FIRST_KUNNR } from '../../mocks/seed/build/build-customers.ts';
import { CUSTOMERS } from '../../mocks/seed/catalog/customers.ts';
import { SPARE_PART_FAMILIES } from '../../mocks/seed/catalog/spare-parts.ts';
import { field, groupBy, indexBy, loadTable } from './load-seed.ts';
import type { Row } from './load-seed.ts';

const TODAY = '20261130';
const LABOUR = ['SRV-LAB-MECH', 'SRV-LAB-ELEC', 'SRV-LAB-WORK', 'SRV-LAB-OT'];
const SERVICE_PRODUCTS = ['SRV-MAINT', 'SRV-WARR-EXT', 'SRV-SUBSCR'];

const mara = loadTable('MARA');
const materials = indexBy(mara, 'MATNR');
const spareParts = mara.filter((row) => field(row, 'MTART') === 'ERSA');
const a004 = loadTable('A004');
const a005 = loadTable('A005');
const a002 = loadTable('A002');
const konp = loadTable('KONP');
const conditionItems = groupBy(konp, 'KNUMH');

/** The PR00 records of a material in sales area 1000/10 that are valid on the day. */
function pricesOn(matnr: string, day: string): Row[] {
  return a004.filter(
    (row) =>
      field(row, 'KAPPL') === 'V' &&
      field(row, 'KSCHL') === 'PR00' &&
      field(row, 'VKORG') === '1000' &&
      field(row, 'VTWEG') === '10' &&
      field(row, 'MATNR') === matnr &&
      field(row, 'DATAB') <= day &&
      day <= field(row, 'DATBI'),
  );
}

/** The single KONP item (KOPOS 01) of a condition record. */
function itemOf(record: Row): Row {
  const [item, ...more] = conditionItems.get(field(record, 'KNUMH')) ?? [];
  expect(more).toEqual([]);
  expect(field(item ?? {}, 'KOPOS')).toBe('01');
  return item ?? {};
}

/** The unit price of a material on the day, as pricing would find it. */
function rateOn(matnr: string, day: string): string {
  const [record] = pricesOn(matnr, day);
  return field(itemOf(record ?? {}), 'KBETR');
}

describe('billing number ranges', () => {
  it('has the intervals of debit memo requests, billing, accounting and payment documents, unused', () => {
    const ranges = loadTable('NRIV').map((row) =>
      ['OBJECT', 'NRRANGENR', 'FROMNUMBER', 'TONUMBER', 'NRLEVEL'].map((name) => field(row, name)),
    );
    expect(ranges).toContainEqual(['RV_BELEG', '60', '0060000000', '0069999999', '0060000000']);
    expect(ranges).toContainEqual(['RV_BELEG', '19', '0090000000', '0099999999', '0090000000']);
    expect(ranges).toContainEqual(['RF_BELEG', '01', '0100000000', '0199999999', '0100000000']);
    expect(ranges).toContainEqual(['RF_BELEG', '14', '1400000000', '1499999999', '1400000000']);
  });

  it('holds no billing documents or postings yet', () => {
    for (const table of ['VBKD', 'VBFA', 'VBRK', 'VBRP', 'BKPF', 'BSEG', 'BSID', 'BSAD']) {
      expect(loadTable(table), table).toEqual([]);
    }
  });
});

describe('service materials for billing', () => {
  it('has labour per work center in hours and a travel flat rate, as services (DIEN)', () => {
    for (const matnr of LABOUR) {
      expect(field(materials.get(matnr) ?? {}, 'MTART')).toBe('DIEN');
      expect(field(materials.get(matnr) ?? {}, 'MEINS')).toBe('H');
    }
    expect(field(materials.get('SRV-TRAVEL') ?? {}, 'MTART')).toBe('DIEN');
    expect(field(materials.get('SRV-TRAVEL') ?? {}, 'MEINS')).toBe('LE');

    const english = loadTable('MAKT').filter((row) => field(row, 'SPRAS') === 'E');
    const texts = indexBy(english, 'MATNR');
    expect(field(texts.get('SRV-LAB-MECH') ?? {}, 'MAKTX')).toBe('Service mechanics labour');
    expect(field(texts.get('SRV-TRAVEL') ?? {}, 'MAKTX')).toBe('Travel flat rate');
  });
});

describe('prices (PR00)', () => {
  it('gives every spare part, labour and travel material exactly one price valid on 2026-11-30', () => {
    const priced = [...spareParts.map((row) => field(row, 'MATNR')), ...LABOUR, 'SRV-TRAVEL'];
    expect(spareParts).toHaveLength(200);
    for (const matnr of priced) {
      const records = pricesOn(matnr, TODAY);
      expect(records, matnr).toHaveLength(1);

      const item = itemOf(records[0] ?? {});
      expect(field(item, 'KAPPL')).toBe('V');
      expect(field(item, 'KSCHL')).toBe('PR00');
      expect(field(item, 'KONWA')).toBe('EUR');
      expect(field(item, 'KPEIN')).toBe('1');
      expect(field(item, 'KMEIN')).toBe(field(materials.get(matnr) ?? {}, 'MEINS'));
      expect(field(item, 'KRECH')).toBe('C');
      expect(field(item, 'LOEVM_KO')).toBe('');
      expect(field(item, 'KBETR')).toMatch(/^[1-9]\d*\.\d{2}$/);
    }
  });

  it('prices spare parts from 2020 on without end, between a few euros and about a thousand', () => {
    for (const part of spareParts) {
      const records = a004.filter((row) => field(row, 'MATNR') === field(part, 'MATNR'));
      expect(records).toHaveLength(1);
      expect(field(records[0] ?? {}, 'DATAB')).toBe('20200101');
      expect(field(records[0] ?? {}, 'DATBI')).toBe('99991231');
      const price = Number(rateOn(field(part, 'MATNR'), TODAY));
      expect(price).toBeGreaterThanOrEqual(5);
      expect(price).toBeLessThanOrEqual(1500);
    }
  });

  it('never prices a later variant of a spare-part family below the one before it', () => {
    // The families' variants are numbered one after another from 200001, in catalogue order.
    let matnr = 200_001;
    for (const family of SPARE_PART_FAMILIES) {
      const prices = Array.from({ length: Math.max(family.variants.length, 1) }, () =>
        Number(rateOn(String(matnr++).padStart(18, '0'), TODAY)),
      );
      expect(prices, family.en).toEqual([...prices].sort((a, b) => a - b));
    }
    expect(matnr).toBe(200_201);
  });

  it('raises the labour rates by about 4 % on 2027-01-01 and keeps travel at 65.00', () => {
    expect(LABOUR.map((matnr) => rateOn(matnr, '20261231'))).toEqual([
      '92.00',
      '104.00',
      '78.50',
      '138.00',
    ]);
    for (const matnr of LABOUR) {
      expect(pricesOn(matnr, '20270101')).toHaveLength(1);
      const rise = Number(rateOn(matnr, '20270101')) / Number(rateOn(matnr, '20261231'));
      expect(rise).toBeGreaterThan(1.035);
      expect(rise).toBeLessThan(1.045);
    }
    expect(rateOn('SRV-TRAVEL', '20200101')).toBe('65.00');
    expect(rateOn('SRV-TRAVEL', '20270101')).toBe('65.00');
  });

  it('has no price for the service products of contracts and none before 2020', () => {
    for (const matnr of SERVICE_PRODUCTS) {
      expect(a004.filter((row) => field(row, 'MATNR') === matnr)).toEqual([]);
    }
    expect(pricesOn('000000000000200001', '20191231')).toEqual([]);
  });

  it('gives hospitals and clinics agreed labour rates below the list, and no one else', () => {
    const segmentOf = new Map(
      CUSTOMERS.map((entry, index) => [
        String(FIRST_KUNNR + index).padStart(10, '0'),
        entry.segment,
      ]),
    );
    const agreed = a005.map((row) => ({
      segment: segmentOf.get(field(row, 'KUNNR')),
      material: field(row, 'MATNR'),
      rate: field(itemOf(row), 'KBETR'),
    }));

    expect(agreed.length).toBeGreaterThan(0);
    expect(new Set(agreed.map((entry) => entry.segment))).toEqual(new Set(['hospital', 'clinic']));
    for (const entry of agreed) {
      expect(LABOUR).toContain(entry.material);
      const list = field(itemOf(pricesOn(entry.material, TODAY)[0] ?? {}), 'KBETR');
      expect(Number(entry.rate)).toBeLessThan(Number(list));
    }
  });

  it('numbers condition records from 0000000001, each with exactly one KONP item', () => {
    const numbers = [...a004, ...a005, ...a002].map((row) => field(row, 'KNUMH'));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toContain('0000000001');
    expect([...numbers].sort()).toEqual(konp.map((row) => field(row, 'KNUMH')).sort());
  });
});

describe('output tax', () => {
  it('classifies every material as fully liable to tax in Germany', () => {
    const classes = groupBy(loadTable('MLAN'), 'MATNR');
    for (const { MATNR } of mara) {
      const rows = classes.get(String(MATNR)) ?? [];
      expect(
        rows.map((row) => [field(row, 'ALAND'), field(row, 'TATY1'), field(row, 'TAXM1')]),
        String(MATNR),
      ).toEqual([['DE', 'MWST', '1']]);
    }
  });

  it('classifies customers in Germany as liable (1) and customers abroad as exempt (0)', () => {
    const classes = groupBy(loadTable('KNVI'), 'KUNNR');
    const kna1 = loadTable('KNA1');
    for (const customer of kna1) {
      const rows = classes.get(field(customer, 'KUNNR')) ?? [];
      const expected = field(customer, 'LAND1') === 'DE' ? '1' : '0';
      expect(
        rows.map((row) => [field(row, 'ALAND'), field(row, 'TATYP'), field(row, 'TAXKD')]),
      ).toEqual([['DE', 'MWST', expected]]);
    }
    expect(kna1.some((row) => field(row, 'LAND1') !== 'DE')).toBe(true);
  });

  it('charges 19 % (A1) only when customer and material are both liable, else 0 % (A0)', () => {
    const records = a002.map((row) => {
      const item = itemOf(row);
      expect(field(row, 'KAPPL')).toBe('V');
      expect(field(row, 'KSCHL')).toBe('MWST');
      expect(field(row, 'ALAND')).toBe('DE');
      expect([field(row, 'DATAB'), field(row, 'DATBI')]).toEqual(['20200101', '99991231']);
      expect(['KRECH', 'KONWA', 'KPEIN', 'KMEIN'].map((name) => field(item, name))).toEqual([
        'A',
        '',
        '0',
        '',
      ]);
      return [field(row, 'TAXK1'), field(row, 'TAXM1'), field(row, 'MWSKZ'), field(item, 'KBETR')];
    });
    expect(records.sort()).toEqual([
      ['0', '0', 'A0', '0.00'],
      ['0', '1', 'A0', '0.00'],
      ['1', '0', 'A0', '0.00'],
      ['1', '1', 'A1', '19.00'],
    ]);
  });
});

describe('contracts beside debit memo requests', () => {
  it('leaves the reference fields of contracts blank and their item tax at 0.00', () => {
    for (const row of loadTable('VBAK')) {
      expect(['AUFNR', 'VGBEL', 'VGTYP'].map((name) => field(row, name))).toEqual(['', '', '']);
    }
    for (const row of loadTable('VBAP')) expect(field(row, 'MWSBP')).toBe('0.00');
  });
});
