import { MASTER_WARRANTIES, OLDER_MACHINE_COVERAGE } from '../catalog/warranty-scenarios.ts';
import { RECENT_MACHINE_COVERAGE, WARRANTY_CLERKS } from '../catalog/warranty-scenarios.ts';
import type { MasterWarranty, WarrantyType } from '../catalog/warranty-scenarios.ts';
import { createRandom } from '../random.ts';
import type { Random } from '../random.ts';
import { fromDats, toDats, toNumc, toTims } from '../sap-format.ts';
import { SEED, SEED_TODAY } from './seed-context.ts';
import type { SeedEquipment } from './seed-context.ts';

/** A row of BGMK (master warranty header). */
export interface BgmkRow {
  MGANR: string;
  GAART: string;
  DATAB: string;
  DATBI: string;
  ERNAM: string;
  ERDAT: string;
  LVORM: string;
}

/** A row of BGMT (master warranty texts). */
export interface BgmtRow {
  MGANR: string;
  SPRAS: string;
  GATXT: string;
}

/** A row of BGMP (shares a master warranty covers; the mock's stand-in for its items). */
export interface BgmpRow {
  MGANR: string;
  POSNR: string;
  LEART: string;
  PROZS: string;
}

/** A row of BGMKOBJ (master warranty assigned to a technical object). */
export interface BgmkobjRow {
  J_OBJNR: string;
  GAART: string;
  MGANR: string;
  GWLDT: string;
  GWLEN: string;
  ERDAT: string;
  ERZEI: string;
  LVORM: string;
}

/** The warranty tables and which pieces of equipment have any warranty assignment. */
export interface WarrantyTables {
  BGMK: BgmkRow[];
  BGMT: BgmtRow[];
  BGMP: BgmpRow[];
  BGMKOBJ: BgmkobjRow[];
  /** Equipment numbers with at least one BGMKOBJ row (flagged ones included). */
  assigned: Set<string>;
}

/** The master warranty number (MGANR) of a catalogue entry. */
export function masterWarrantyNumber(warranty: MasterWarranty): string {
  return toNumc(warranty.number, 20);
}

/** Adds months to a DATS date, keeping the day where the month has it (31 Jan + 1 = 28/29 Feb). */
export function addMonths(dats: string, months: number): string {
  const year = Number(dats.slice(0, 4));
  const month = Number(dats.slice(4, 6)) - 1 + months;
  const day = Number(dats.slice(6, 8));
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month, Math.min(day, lastDay)));
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/** The last day covered by a period of whole months that starts on a day. */
export function periodEnd(start: string, months: number): string {
  return toDats(fromDats(addMonths(start, months)) - 1);
}

function masterRows(random: Random): Pick<WarrantyTables, 'BGMK' | 'BGMT' | 'BGMP'> {
  const tables: Pick<WarrantyTables, 'BGMK' | 'BGMT' | 'BGMP'> = { BGMK: [], BGMT: [], BGMP: [] };
  for (const warranty of MASTER_WARRANTIES) {
    const mganr = masterWarrantyNumber(warranty);
    tables.BGMK.push({
      MGANR: mganr,
      GAART: warranty.type,
      DATAB: warranty.validFrom,
      DATBI: warranty.validTo,
      ERNAM: random.pick(WARRANTY_CLERKS),
      ERDAT: toDats(fromDats(warranty.validFrom) - random.int(3, 40)),
      LVORM: '',
    });
    tables.BGMT.push(
      { MGANR: mganr, SPRAS: 'D', GATXT: warranty.textDe },
      { MGANR: mganr, SPRAS: 'E', GATXT: warranty.textEn },
    );
    const shares: [string, number | undefined][] = [
      ['L', warranty.labor],
      ['P', warranty.parts],
      ['T', warranty.travel],
    ];
    shares
      .filter((share): share is [string, number] => share[1] !== undefined)
      .forEach(([leart, percent], index) => {
        tables.BGMP.push({
          MGANR: mganr,
          POSNR: toNumc(index + 1, 4),
          LEART: leart,
          PROZS: percent.toFixed(2),
        });
      });
  }
  return tables;
}

/** The master warranty of a type that applies to a machine started up on a day, if any. */
function masterFor(piece: SeedEquipment, type: WarrantyType): MasterWarranty | undefined {
  return MASTER_WARRANTIES.find(
    (warranty) =>
      warranty.type === type &&
      (type === '1'
        ? (warranty.kinds ?? []).includes(piece.model.kind)
        : warranty.manufacturer === piece.model.manufacturer) &&
      warranty.validFrom <= piece.startupDate &&
      piece.startupDate <= warranty.validTo,
  );
}

/** The assignments of one machine by warranty type. */
type Assignments = Map<WarrantyType, BgmkobjRow>;

function assignment(
  warranty: MasterWarranty,
  objectNumber: string,
  start: string,
  random: Random,
): BgmkobjRow {
  return {
    J_OBJNR: objectNumber,
    GAART: warranty.type,
    MGANR: masterWarrantyNumber(warranty),
    GWLDT: start,
    GWLEN: periodEnd(start, warranty.months),
    ERDAT: start < SEED_TODAY ? start : SEED_TODAY,
    ERZEI: toTims(random.int(7 * 3600, 17 * 3600)),
    LVORM: '',
  };
}

/** Decides one machine's warranties: customer warranty from start-up, vendor one from delivery. */
function assignMachine(piece: SeedEquipment, random: Random): Assignments {
  const customerMaster = masterFor(piece, '1');
  const vendorMaster = masterFor(piece, '2');
  const recent =
    customerMaster !== undefined &&
    periodEnd(piece.startupDate, customerMaster.months) >= SEED_TODAY;
  const coverage = random.pickWeighted(recent ? RECENT_MACHINE_COVERAGE : OLDER_MACHINE_COVERAGE);

  const rows: Assignments = new Map();
  const objectNumber = `IE${piece.equnr}`;
  const wantsCustomer = coverage.startsWith('customer') || vendorMaster === undefined;
  if (coverage !== 'none' && wantsCustomer && customerMaster !== undefined) {
    rows.set('1', assignment(customerMaster, objectNumber, piece.startupDate, random));
  }
  if (coverage.endsWith('vendor') && vendorMaster !== undefined) {
    rows.set('2', assignment(vendorMaster, objectNumber, piece.createdOn, random));
  }
  return rows;
}

/**
 * Adds the edge cases tests look for: a customer warranty ending exactly on the seed's today,
 * one ended the day before, a deletion-flagged assignment, and a shared serial number covered
 * on one of its two materials only.
 */
function addEdgeCases(
  equipment: readonly SeedEquipment[],
  byEquipment: Map<string, Assignments>,
  random: Random,
): void {
  const today = fromDats(SEED_TODAY);
  const shared = coverOneOfSharedSerial(equipment, byEquipment, random);
  const candidates = equipment.filter((piece) => !shared.has(piece.equnr));
  const expiredCustomer = candidates.filter((piece) => {
    const row = byEquipment.get(piece.equnr)?.get('1');
    return row !== undefined && row.GWLEN < SEED_TODAY && byEquipment.get(piece.equnr)?.size === 1;
  });
  const [endsToday, endedYesterday] = random.shuffle(expiredCustomer);
  for (const [piece, lastDay] of [
    [endsToday, today],
    [endedYesterday, today - 1],
  ] as const) {
    const row = piece === undefined ? undefined : byEquipment.get(piece.equnr)?.get('1');
    if (row === undefined) throw new Error('no expired customer warranty to move');
    const master = MASTER_WARRANTIES.find((entry) => masterWarrantyNumber(entry) === row.MGANR);
    row.GWLEN = toDats(lastDay);
    row.GWLDT = addMonths(toDats(lastDay + 1), -(master?.months ?? 12));
    row.ERDAT = row.GWLDT;
  }

  const uncovered = candidates.filter((piece) => (byEquipment.get(piece.equnr)?.size ?? 0) === 0);
  const flagged = random.pick(uncovered.filter((piece) => masterFor(piece, '1') !== undefined));
  const flaggedMaster = masterFor(flagged, '1');
  if (flaggedMaster === undefined) throw new Error('no master warranty for the flagged row');
  const start = toDats(today - random.int(30, 200));
  const row = assignment(flaggedMaster, `IE${flagged.equnr}`, start, random);
  byEquipment.set(flagged.equnr, new Map([['1', { ...row, LVORM: 'X' }]]));
}

// The latest-started pair of machines sharing a serial number: the newer one gets a running
// customer warranty, the other none, so that only the material tells the answers apart.
function coverOneOfSharedSerial(
  equipment: readonly SeedEquipment[],
  byEquipment: Map<string, Assignments>,
  random: Random,
): Set<string> {
  const bySerial = new Map<string, SeedEquipment[]>();
  for (const piece of equipment) {
    bySerial.set(piece.serialNumber, [...(bySerial.get(piece.serialNumber) ?? []), piece]);
  }
  const pairs = [...bySerial.values()].filter((pieces) => pieces.length === 2);
  const latest = (pieces: SeedEquipment[]): string =>
    pieces.map((piece) => piece.startupDate).sort()[1] ?? '';
  const pair = pairs.sort((a, b) => latest(b).localeCompare(latest(a)))[0];
  if (pair === undefined) throw new Error('the seed has no shared serial number');

  const [covered, bare] = [...pair].sort((a, b) => b.startupDate.localeCompare(a.startupDate));
  const master = covered === undefined ? undefined : masterFor(covered, '1');
  if (covered === undefined || bare === undefined || master === undefined)
    throw new Error('no customer warranty for the shared serial number');
  const start = toDats(fromDats(SEED_TODAY) - random.int(20, 120));
  byEquipment.set(
    covered.equnr,
    new Map([['1', assignment(master, `IE${covered.equnr}`, start, random)]]),
  );
  byEquipment.set(bare.equnr, new Map());
  return new Set([covered.equnr, bare.equnr]);
}

/** Builds the master warranties and their assignments to about 60 % of the machines. */
export function buildWarranties(equipment: readonly SeedEquipment[]): WarrantyTables {
  const random = createRandom(SEED, 'warranties');
  const masters = masterRows(random);

  const byEquipment = new Map<string, Assignments>();
  for (const piece of equipment) byEquipment.set(piece.equnr, assignMachine(piece, random));
  addEdgeCases(equipment, byEquipment, random);

  const rows = [...byEquipment.values()].flatMap((assignments) => [...assignments.values()]);
  rows.sort((a, b) => a.J_OBJNR.localeCompare(b.J_OBJNR) || a.GAART.localeCompare(b.GAART));
  const assigned = new Set(
    [...byEquipment].filter(([, assignments]) => assignments.size > 0).map(([equnr]) => equnr),
  );
  return { ...masters, BGMKOBJ: rows, assigned };
}
