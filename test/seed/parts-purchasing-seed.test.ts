import { describe, expect, it } from 'vitest';
import { field, groupBy, indexBy, loadTable } from './load-seed.ts';
import type { Row } from './load-seed.ts';

const TODAY = '20261130';
const PURCHASING_GROUPS: Readonly<Record<string, string>> = {
  '1000': '100',
  '1100': '110',
  '1200': '120',
};

const marc = loadTable('MARC');
const mard = loadTable('MARD');
const resb = loadTable('RESB');
const eban = loadTable('EBAN');
const plantData = new Map(marc.map((row) => [pairOf(row), row]));
const requisitionsByPair = groupBy(
  eban.map((row) => ({ ...row, PAIR: pairOf(row) })),
  'PAIR',
);

function pairOf(row: Row): string {
  return `${field(row, 'MATNR')}/${field(row, 'WERKS')}`;
}

function addDays(dats: string, days: number): string {
  const date = new Date(`${dats.slice(0, 4)}-${dats.slice(4, 6)}-${dats.slice(6, 8)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/** Available stock per plant/part as the mock's stock figures compute it (atp). */
function availableStock(): Map<string, number> {
  const stock = new Map<string, number>();
  for (const row of mard) {
    stock.set(pairOf(row), (stock.get(pairOf(row)) ?? 0) + Number(field(row, 'LABST')));
  }
  for (const row of resb) {
    const open = field(row, 'XWAOK') === 'X' && field(row, 'KZEAR') === '';
    if (!open || field(row, 'XLOEK') !== '') continue;
    const needed = Math.max(0, Number(field(row, 'BDMNG')) - Number(field(row, 'ENMNG')));
    stock.set(pairOf(row), (stock.get(pairOf(row)) ?? 0) - needed);
  }
  return new Map([...stock].map(([pair, quantity]) => [pair, Math.max(0, quantity)]));
}

/** The planned plant/part pairs whose available stock is at or below the reorder point. */
function lowPairs(): string[] {
  const available = availableStock();
  return marc
    .filter((row) => field(row, 'DISMM') === 'VB')
    .filter((row) => (available.get(pairOf(row)) ?? 0) <= Number(field(row, 'MINBE')))
    .map(pairOf);
}

const isLive = (row: Row): boolean => field(row, 'LOEKZ') === '' && field(row, 'EBAKZ') === '';

describe('material descriptions and plant data', () => {
  it('keeps MAKTG as the upper-cased description in every MAKT row', () => {
    for (const row of loadTable('MAKT')) {
      expect(field(row, 'MAKTG')).toBe(field(row, 'MAKTX').toUpperCase());
    }
  });

  it('gives each plant its purchasing group and planned parts the fixed lot size', () => {
    for (const row of marc) {
      expect(field(row, 'EKGRP')).toBe(PURCHASING_GROUPS[field(row, 'WERKS')]);
      expect(field(row, 'DISLS')).toBe(field(row, 'DISMM') === 'VB' ? 'FX' : '');
    }
  });
});

describe('order reservations', () => {
  const orderStatus = (() => {
    const statuses = groupBy(loadTable('JEST'), 'OBJNR');
    const rank = ['I0046', 'I0045', 'I0002', 'I0001'];
    return (order: string): string => {
      const active = (statuses.get(`OR${order}`) ?? [])
        .filter((row) => field(row, 'INACT') === '')
        .map((row) => field(row, 'STAT'));
      return rank.find((status) => active.includes(status)) ?? '';
    };
  })();

  it('reserves every component with movement type 261 and no cost center', () => {
    expect(resb.length).toBeGreaterThan(0);
    for (const row of resb) {
      expect(field(row, 'BWART')).toBe('261');
      expect(field(row, 'KOSTL')).toBe('');
    }
  });

  it('allows goods movements for components of released orders only', () => {
    const flags = new Set<string>();
    for (const row of resb) {
      const created = orderStatus(field(row, 'AUFNR')) === 'I0001';
      expect(field(row, 'XWAOK'), field(row, 'AUFNR')).toBe(created ? '' : 'X');
      flags.add(field(row, 'XWAOK'));
    }
    expect([...flags].sort()).toEqual(['', 'X']);
  });

  it('marks final issue where the withdrawn quantity reaches the requirement', () => {
    for (const row of resb) {
      const final = Number(field(row, 'ENMNG')) >= Number(field(row, 'BDMNG'));
      expect(field(row, 'KZEAR')).toBe(final ? 'X' : '');
    }
    expect(resb.some((row) => field(row, 'KZEAR') === 'X')).toBe(true);
  });

  it('deletes the components of completed orders that were not finally issued', () => {
    for (const row of resb) {
      const completed = ['I0045', 'I0046'].includes(orderStatus(field(row, 'AUFNR')));
      const deleted = completed && field(row, 'KZEAR') === '';
      expect(field(row, 'XLOEK')).toBe(deleted ? 'X' : '');
    }
  });
});

describe('purchase requisitions', () => {
  const materials = indexBy(loadTable('MARA'), 'MATNR');
  const englishTexts = new Map(
    loadTable('MAKT')
      .filter((row) => field(row, 'SPRAS') === 'E')
      .map((row) => [field(row, 'MATNR'), field(row, 'MAKTX')]),
  );

  it('requisitions spare parts maintained in the plant, with their unit, text and group', () => {
    for (const row of eban) {
      const marcRow = plantData.get(pairOf(row));
      expect(marcRow, pairOf(row)).toBeDefined();
      expect(field(row, 'MEINS')).toBe(field(materials.get(field(row, 'MATNR')) ?? {}, 'MEINS'));
      expect(field(row, 'TXZ01')).toBe(englishTexts.get(field(row, 'MATNR')));
      expect(field(row, 'EKGRP')).toBe(field(marcRow ?? {}, 'EKGRP'));
      expect([field(row, 'BSART'), field(row, 'BSTYP'), field(row, 'BNFPO')]).toEqual([
        'NB',
        'B',
        '00010',
      ]);
      expect(field(row, 'LGORT')).toBe('0001');
    }
  });

  it('is created no later than 2026-11-30 and due the planned delivery time later', () => {
    for (const row of eban) {
      expect(field(row, 'BADAT') <= TODAY).toBe(true);
      expect(field(row, 'ERDAT')).toBe(field(row, 'BADAT'));
      expect(field(row, 'CREATIONDATE')).toBe(field(row, 'BADAT'));
      const days = Number(field(plantData.get(pairOf(row)) ?? {}, 'PLIFZ'));
      expect(field(row, 'LFDAT')).toBe(addDays(field(row, 'BADAT'), days));
    }
  });

  it('names MRP_BATCH as creator of MRP requisitions and a planner of the others', () => {
    for (const row of eban) {
      const byMrp = field(row, 'ESTKZ') === 'B';
      expect(['B', 'R']).toContain(field(row, 'ESTKZ'));
      if (byMrp) expect(field(row, 'ERNAM')).toBe('MRP_BATCH');
      else expect(field(row, 'ERNAM')).not.toBe('MRP_BATCH');
      expect(field(row, 'ERNAM')).not.toBe('');
      expect(field(row, 'AFNAM')).not.toBe('');
    }
  });

  it('counts a requisition as ordered in full exactly when a purchase order was created', () => {
    for (const row of eban) {
      const ordered = field(row, 'STATU') === 'B';
      expect(['N', 'B']).toContain(field(row, 'STATU'));
      expect(field(row, 'BSMNG')).toBe(ordered ? field(row, 'MENGE') : '0.000');
      expect(Number(field(row, 'MENGE'))).toBeGreaterThan(0);
      if (field(row, 'EBAKZ') === 'X') expect(ordered).toBe(true);
    }
  });

  it('has about 40 closed, a few deleted and about 10 ordered live requisitions', () => {
    const closed = eban.filter((row) => field(row, 'EBAKZ') === 'X');
    const deleted = eban.filter((row) => field(row, 'LOEKZ') === 'X');
    const orderedLive = eban.filter((row) => isLive(row) && field(row, 'STATU') === 'B');
    expect(closed.length).toBeGreaterThanOrEqual(30);
    expect(closed.length).toBeLessThanOrEqual(50);
    expect(deleted.length).toBeGreaterThan(0);
    expect(deleted.length).toBeLessThan(10);
    expect(orderedLive.length).toBeGreaterThanOrEqual(5);
    expect(orderedLive.length).toBeLessThanOrEqual(15);
  });

  it('gives about half of the low plant/part pairs one open MRP requisition of the fixed lot size', () => {
    const low = lowPairs();
    const withRequisition = low.filter((pair) => requisitionsByPair.has(pair));
    const without = low.filter((pair) => !requisitionsByPair.has(pair));
    expect(withRequisition.length).toBeGreaterThan(low.length * 0.3);
    expect(without.length).toBeGreaterThan(low.length * 0.3);

    for (const pair of withRequisition) {
      const rows = requisitionsByPair.get(pair) ?? [];
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(isLive(row ?? {})).toBe(true);
      expect([field(row ?? {}, 'STATU'), field(row ?? {}, 'ESTKZ')]).toEqual(['N', 'B']);
      expect(field(row ?? {}, 'MENGE')).toBe(field(plantData.get(pair) ?? {}, 'BSTFE'));
    }
  });

  it('keeps the ordered, closed and deleted requisitions off the low pairs', () => {
    const low = new Set(lowPairs());
    const others = eban.filter((row) => !(isLive(row) && field(row, 'STATU') === 'N'));
    expect(others.length).toBeGreaterThan(0);
    for (const row of others) expect(low.has(pairOf(row)), pairOf(row)).toBe(false);
  });

  it('numbers requisitions from 0010000001 with NRIV BANF 01 at the last number', () => {
    const numbers = eban.map((row) => field(row, 'BANFN')).sort();
    const range = loadTable('NRIV').find(
      (row) => field(row, 'OBJECT') === 'BANF' && field(row, 'NRRANGENR') === '01',
    );
    expect(numbers[0]).toBe('0010000001');
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(field(range ?? {}, 'FROMNUMBER')).toBe('0010000000');
    expect(field(range ?? {}, 'TONUMBER')).toBe('0019999999');
    expect(field(range ?? {}, 'NRLEVEL')).toBe(numbers.at(-1));
  });
});
