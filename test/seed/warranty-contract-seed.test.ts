import { describe, expect, it } from 'vitest';
import { field, groupBy, indexBy, loadTable } from './load-seed.ts';
import type { Row } from './load-seed.ts';

const TODAY = '20261130';

const equi = loadTable('EQUI');
const equipmentByObject = indexBy(equi, 'OBJNR');
const equipment = indexBy(equi, 'EQUNR');
const masters = indexBy(loadTable('BGMK'), 'MGANR');
const assignments = loadTable('BGMKOBJ');
const assignmentsByObject = groupBy(
  assignments.filter((row) => field(row, 'LVORM') === ''),
  'J_OBJNR',
);
const vbak = loadTable('VBAK');
const materials = indexBy(loadTable('MARA'), 'MATNR');

const runsToday = (row: Row, from: string, to: string): boolean =>
  field(row, from) <= TODAY && TODAY <= field(row, to);

/** How a machine is covered by its (not deletion-flagged) warranty assignments. */
function coverageOf(objectNumber: string): string {
  const rows = assignmentsByObject.get(objectNumber) ?? [];
  const customer = rows.find((row) => field(row, 'GAART') === '1');
  const vendor = rows.find((row) => field(row, 'GAART') === '2');
  if (customer === undefined) return vendor === undefined ? 'none' : 'vendor only';
  const state = runsToday(customer, 'GWLDT', 'GWLEN') ? 'active' : 'expired';
  return `customer ${state}${vendor === undefined ? '' : ' + vendor'}`;
}

describe('master warranties', () => {
  it('has customer and vendor master warranties with texts in both languages', () => {
    const types = [...masters.values()].map((row) => field(row, 'GAART'));
    expect(types.filter((type) => type === '1').length).toBeGreaterThanOrEqual(5);
    expect(types.filter((type) => type === '2').length).toBeGreaterThanOrEqual(3);
    expect(masters.size).toBeGreaterThanOrEqual(10);

    const texts = groupBy(loadTable('BGMT'), 'MGANR');
    for (const mganr of masters.keys()) {
      expect((texts.get(mganr) ?? []).map((row) => field(row, 'SPRAS')).sort()).toEqual(['D', 'E']);
    }
  });

  it('covers shares between 0 and 100 percent, full cover and a parts-only vendor warranty', () => {
    const shares = groupBy(loadTable('BGMP'), 'MGANR');
    const shareOf = (mganr: string, type: string): number =>
      Number((shares.get(mganr) ?? []).find((row) => field(row, 'LEART') === type)?.['PROZS'] ?? 0);

    for (const rows of shares.values()) {
      for (const row of rows) {
        expect(masters.has(field(row, 'MGANR'))).toBe(true);
        expect(['L', 'P', 'T']).toContain(field(row, 'LEART'));
        expect(Number(field(row, 'PROZS'))).toBeGreaterThanOrEqual(0);
        expect(Number(field(row, 'PROZS'))).toBeLessThanOrEqual(100);
      }
    }
    const customerMasters = [...masters.keys()].filter(
      (mganr) => field(masters.get(mganr) ?? {}, 'GAART') === '1',
    );
    const vendorMasters = [...masters.keys()].filter(
      (mganr) => field(masters.get(mganr) ?? {}, 'GAART') === '2',
    );
    expect(customerMasters.some((m) => shareOf(m, 'L') === 100 && shareOf(m, 'P') === 100)).toBe(
      true,
    );
    expect(vendorMasters.some((m) => shareOf(m, 'L') === 0 && shareOf(m, 'P') === 100)).toBe(true);
  });
});

describe('warranty assignments', () => {
  it('points every assignment at an existing equipment and a master warranty of its type', () => {
    for (const row of assignments) {
      expect(equipmentByObject.has(field(row, 'J_OBJNR'))).toBe(true);
      const master = masters.get(field(row, 'MGANR'));
      expect(master).toBeDefined();
      expect(field(master ?? {}, 'GAART')).toBe(field(row, 'GAART'));
      expect(field(row, 'GWLDT') <= field(row, 'GWLEN')).toBe(true);
      expect(field(row, 'ERDAT') <= TODAY).toBe(true);
    }
  });

  it('covers about 60 % of the machines in every category', () => {
    const counts = new Map<string, number>();
    for (const row of equi) {
      const coverage = coverageOf(field(row, 'OBJNR'));
      counts.set(coverage, (counts.get(coverage) ?? 0) + 1);
    }

    for (const category of [
      'none',
      'vendor only',
      'customer active',
      'customer expired',
      'customer active + vendor',
      'customer expired + vendor',
    ]) {
      expect(counts.get(category) ?? 0, category).toBeGreaterThan(0);
    }
    const covered = 1 - (counts.get('none') ?? 0) / equi.length;
    expect(covered).toBeGreaterThan(0.5);
    expect(covered).toBeLessThan(0.7);
  });

  it('has warranties ending on and starting on the seed day, and one flagged for deletion', () => {
    expect(assignments.some((row) => field(row, 'GWLEN') === TODAY)).toBe(true);
    expect(assignments.some((row) => field(row, 'GWLDT') === TODAY)).toBe(true);

    const flagged = assignments.filter((row) => field(row, 'LVORM') === 'X');
    expect(flagged.length).toBeGreaterThan(0);
    // Without its flag, the row would cover the machine today.
    expect(flagged.some((row) => runsToday(row, 'GWLDT', 'GWLEN'))).toBe(true);
  });

  it('covers a shared serial number on one of its two materials only', () => {
    const pairs = [...groupBy(equi, 'SERNR').values()].filter((rows) => rows.length === 2);
    const oneCovered = pairs.find((rows) => {
      const coverages = rows.map((row) => coverageOf(field(row, 'OBJNR')));
      return coverages.includes('none') && coverages.some((c) => c.startsWith('customer active'));
    });
    expect(oneCovered).toBeDefined();
  });
});

describe('service contracts', () => {
  const items = groupBy(loadTable('VBAP'), 'VBELN');
  const contractData = groupBy(loadTable('VEDA'), 'VBELN');
  const conditions = groupBy(loadTable('KONV'), 'KNUMV');
  const objectLists = groupBy(loadTable('SER02'), 'SDAUFNR');
  const entries = groupBy(loadTable('OBJK'), 'OBKNR');

  function machinesOf(vbeln: string): Row[] {
    return (objectLists.get(vbeln) ?? []).flatMap(
      (list) => entries.get(field(list, 'OBKNR')) ?? [],
    );
  }

  it('has about 25 contracts of the three types, running, ended and future', () => {
    expect(vbak.length).toBeGreaterThanOrEqual(20);
    expect(vbak.length).toBeLessThanOrEqual(30);
    for (const type of ['WV', 'ZWEX', 'ZSUB']) {
      expect(vbak.some((row) => field(row, 'AUART') === type)).toBe(true);
    }
    const phases = new Set(
      vbak.map((row) => {
        if (field(row, 'GUEEN') < TODAY) return 'expired';
        return field(row, 'GUEBG') > TODAY ? 'future' : 'active';
      }),
    );
    expect([...phases].sort()).toEqual(['active', 'expired', 'future']);
    for (const row of vbak) {
      expect(field(row, 'VBTYP')).toBe('G');
      expect(field(row, 'ERDAT') <= TODAY).toBe(true);
    }
  });

  it('sells one service product per contract and keeps the header dates in VEDA', () => {
    for (const row of vbak) {
      const vbeln = field(row, 'VBELN');
      const [item, ...more] = items.get(vbeln) ?? [];
      expect(more).toEqual([]);
      expect(field(item ?? {}, 'POSNR')).toBe('000010');
      expect(field(materials.get(field(item ?? {}, 'MATNR')) ?? {}, 'MTART')).toBe('DIEN');
      expect(field(item ?? {}, 'VRKME')).toBe('LE');

      const header = (contractData.get(vbeln) ?? []).find(
        (data) => field(data, 'VPOSN') === '000000',
      );
      expect(field(header ?? {}, 'VBEGDAT')).toBe(field(row, 'GUEBG'));
      expect(field(header ?? {}, 'VENDDAT')).toBe(field(row, 'GUEEN'));
    }
  });

  it('prices each contract with coverage shares, a response time and a periodic fee', () => {
    for (const row of vbak) {
      const byType = indexBy(conditions.get(field(row, 'KNUMV')) ?? [], 'KSCHL');
      for (const type of ['ZCLB', 'ZCPT', 'ZCTR']) {
        const share = byType.get(type) ?? {};
        expect(field(share, 'KRECH')).toBe('A');
        expect(Number(field(share, 'KBETR'))).toBeGreaterThanOrEqual(0);
        expect(Number(field(share, 'KBETR'))).toBeLessThanOrEqual(100);
      }
      expect(field(byType.get('ZRSP') ?? {}, 'KMEIN')).toBe('H');
      const fee = byType.get('PPSV') ?? {};
      expect(field(fee, 'KMEIN')).toBe('MON');
      expect([1, 3, 12]).toContain(Number(field(fee, 'KPEIN')));
      expect(field(fee, 'WAERS')).toBe('EUR');
      expect(Number(field(fee, 'KBETR'))).toBeGreaterThan(0);
    }
  });

  it("covers 1 to 5 machines of the contract's own customer, with their serial numbers", () => {
    for (const row of vbak) {
      const machines = machinesOf(field(row, 'VBELN'));
      expect(machines.length).toBeGreaterThanOrEqual(1);
      expect(machines.length).toBeLessThanOrEqual(5);
      for (const entry of machines) {
        const piece = equipment.get(field(entry, 'EQUNR'));
        expect(field(piece ?? {}, 'KUND1')).toBe(field(row, 'KUNNR'));
        expect(field(entry, 'SERNR')).toBe(field(piece ?? {}, 'SERNR'));
        expect(field(entry, 'MATNR')).toBe(field(piece ?? {}, 'MATNR'));
        expect(field(entry, 'TASER')).toBe('SER02');
      }
    }
  });

  it('covers some machines by a running contract that have no warranty at all', () => {
    const running = vbak.filter((row) => runsToday(row, 'GUEBG', 'GUEEN'));
    const uncovered = running
      .flatMap((row) => machinesOf(field(row, 'VBELN')))
      .filter((entry) => coverageOf(`IE${field(entry, 'EQUNR')}`) === 'none');
    expect(uncovered.length).toBeGreaterThan(0);
  });

  it('sets the number range levels to the highest contract and object list numbers', () => {
    // RV_BELEG has further intervals (billing), so key the ranges by object and interval.
    const ranges = new Map(
      loadTable('NRIV').map((row) => [`${field(row, 'OBJECT')}/${field(row, 'NRRANGENR')}`, row]),
    );
    const highest = (rows: Row[], name: string) =>
      rows
        .map((row) => field(row, name))
        .sort()
        .at(-1);
    expect(field(ranges.get('RV_BELEG/41') ?? {}, 'FROMNUMBER')).toBe('0040000000');
    expect(field(ranges.get('RV_BELEG/41') ?? {}, 'NRLEVEL')).toBe(highest(vbak, 'VBELN'));
    expect(field(ranges.get('OBJLIST/01') ?? {}, 'NRLEVEL')).toBe(
      highest(loadTable('SER02'), 'OBKNR'),
    );
  });
});
