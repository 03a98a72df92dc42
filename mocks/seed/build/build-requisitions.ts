import { TECHNICIANS } from '../catalog/order-scenarios.ts';
import { PLANTS } from '../catalog/plants.ts';
import { createRandom } from '../random.ts';
import type { Random } from '../random.ts';
import { fromDats, toDats, toNumc, toQuantity, toTims } from '../sap-format.ts';
import type { EbanRow, MaktRow, MaraRow, MarcRow, MardRow, NrivRow } from '../seed-tables.ts';
import type { OrderSeedRow } from './build-order-master.ts';
import { SEED, SEED_TODAY } from './seed-context.ts';

/** The first seeded purchase requisition number (NRIV BANF 01 starts one below it). */
export const FIRST_BANFN = 10_000_001;

/** The user MRP creates its requisitions under (EBAN-ERNAM of ESTKZ 'B'). */
export const MRP_USER = 'MRP_BATCH';

const TODAY = fromDats(SEED_TODAY);
const FIRST_DAY = fromDats('20250101');

/** How many requisitions already turned into purchase orders are still awaiting delivery. */
const ORDERED_COUNT = 10;
/** How many requisitions are closed history, and how many were deleted. */
const CLOSED_COUNT = 40;
const DELETED_COUNT = 4;

/** The purchase requisitions and their number range. */
export interface RequisitionTables {
  EBAN: EbanRow[];
  NRIV: NrivRow[];
}

/** What the requisitions are built from: the parts' master data, stock and reservations. */
export interface RequisitionInput {
  MARA: readonly MaraRow[];
  MAKT: readonly MaktRow[];
  MARC: readonly MarcRow[];
  MARD: readonly MardRow[];
  RESB: readonly OrderSeedRow[];
}

/** A requisition before it gets its number. */
type UnnumberedRow = Omit<EbanRow, 'BANFN'>;

/** How a requisition came about and how far it got. */
interface RequisitionKind {
  byMrp: boolean;
  ordered: boolean;
  closed: boolean;
  deleted: boolean;
}

/**
 * Builds the purchase requisitions of the spare parts: an open MRP requisition for about half
 * of the planned plant/part pairs whose available stock is at or below the reorder point (the
 * other half has none at all), and on pairs that are not low a few ordered, closed and deleted
 * ones. Everything comes from its own random stream, so the other tables stay as they are.
 */
export function buildRequisitions(input: RequisitionInput): RequisitionTables {
  const random = createRandom(SEED, 'requisitions');
  const planned = input.MARC.filter((row) => row.DISMM === 'VB');
  const available = availableStock(input);
  const isLow = (row: MarcRow): boolean => (available.get(pairKey(row)) ?? 0) <= Number(row.MINBE);
  const low = planned.filter(isLow);
  const notLow = planned.filter((row) => !isLow(row));

  const builder = rowBuilder(input, random);
  const withRequisition = random.shuffle(low).slice(0, Math.round(low.length / 2));
  const rows: UnnumberedRow[] = withRequisition.map((row) =>
    builder(row, random.int(TODAY - 6, TODAY), {
      byMrp: true,
      ordered: false,
      closed: false,
      deleted: false,
    }),
  );
  for (const row of random.shuffle(notLow).slice(0, ORDERED_COUNT)) {
    const kind = { byMrp: random.chance(0.5), ordered: true, closed: false, deleted: false };
    rows.push(builder(row, random.int(TODAY - 20, TODAY - 2), kind));
  }
  for (let index = 0; index < CLOSED_COUNT; index++) {
    const kind = { byMrp: random.chance(0.75), ordered: true, closed: true, deleted: false };
    rows.push(builder(random.pick(notLow), random.int(FIRST_DAY, TODAY - 60), kind));
  }
  for (let index = 0; index < DELETED_COUNT; index++) {
    const kind = { byMrp: false, ordered: false, closed: false, deleted: true };
    rows.push(builder(random.pick(notLow), random.int(FIRST_DAY, TODAY - 10), kind));
  }

  const EBAN = numberRows(rows);
  const last = EBAN.at(-1)?.BANFN ?? toNumc(FIRST_BANFN - 1, 10);
  const range = {
    OBJECT: 'BANF',
    NRRANGENR: '01',
    FROMNUMBER: toNumc(FIRST_BANFN - 1, 10),
    TONUMBER: '0019999999',
    NRLEVEL: last,
  };
  return { EBAN, NRIV: [range] };
}

function pairKey(row: { MATNR: string; WERKS: string }): string {
  return `${row.MATNR}/${row.WERKS}`;
}

// Available stock as the mock's stock figures compute it: unrestricted stock (MARD) less what
// open reservations (movable, not finally issued, not deleted) still need, never below zero.
function availableStock(input: RequisitionInput): Map<string, number> {
  const stock = new Map<string, number>();
  for (const row of input.MARD) {
    stock.set(pairKey(row), (stock.get(pairKey(row)) ?? 0) + Number(row.LABST));
  }
  for (const row of input.RESB) {
    if (row['XWAOK'] !== 'X' || row['KZEAR'] !== '' || row['XLOEK'] !== '') continue;
    const open = Math.max(0, Number(row['BDMNG'] ?? 0) - Number(row['ENMNG'] ?? 0));
    const key = pairKey({ MATNR: row['MATNR'] ?? '', WERKS: row['WERKS'] ?? '' });
    stock.set(key, (stock.get(key) ?? 0) - open);
  }
  return new Map([...stock].map(([key, value]) => [key, Math.max(0, value)]));
}

// Builds the rows of one requisition item for a plant/part pair created on a day.
function rowBuilder(
  input: RequisitionInput,
  random: Random,
): (marc: MarcRow, day: number, kind: RequisitionKind) => UnnumberedRow {
  const units = new Map(input.MARA.map((row) => [row.MATNR, row.MEINS]));
  const texts = new Map(
    input.MAKT.filter((row) => row.SPRAS === 'E').map((row) => [row.MATNR, row.MAKTX]),
  );

  return (marc, day, kind) => {
    const planners = PLANTS.find((plant) => plant.werks === marc.WERKS)?.planners ?? [MRP_USER];
    const planner = random.pick(planners);
    // MRP runs at night; planners enter requisitions during office hours.
    const seconds = kind.byMrp ? random.int(3600, 4 * 3600) : random.int(8 * 3600, 17 * 3600);
    const quantity = toQuantity(Number(marc.BSTFE));
    return {
      BNFPO: '00010',
      BSART: 'NB',
      BSTYP: 'B',
      LOEKZ: kind.deleted ? 'X' : '',
      STATU: kind.ordered ? 'B' : 'N',
      ESTKZ: kind.byMrp ? 'B' : 'R',
      EBAKZ: kind.closed ? 'X' : '',
      EKGRP: marc.EKGRP,
      ERNAM: kind.byMrp ? MRP_USER : planner,
      ERDAT: toDats(day),
      AFNAM: kind.byMrp ? planner : random.pick(TECHNICIANS),
      TXZ01: texts.get(marc.MATNR) ?? '',
      MATNR: marc.MATNR,
      WERKS: marc.WERKS,
      LGORT: '0001',
      BEDNR: '',
      MENGE: quantity,
      MEINS: units.get(marc.MATNR) ?? 'ST',
      BADAT: toDats(day),
      LFDAT: toDats(day + Number(marc.PLIFZ)),
      BSMNG: kind.ordered ? quantity : toQuantity(0),
      CREATIONDATE: toDats(day),
      CREATIONTIME: toTims(seconds),
    };
  };
}

// Numbers the requisitions in the order they were created, one item each.
function numberRows(rows: readonly UnnumberedRow[]): EbanRow[] {
  const sorted = [...rows].sort(
    (left, right) =>
      left.CREATIONDATE.localeCompare(right.CREATIONDATE) ||
      left.CREATIONTIME.localeCompare(right.CREATIONTIME) ||
      pairKey(left).localeCompare(pairKey(right)),
  );
  return sorted.map((row, index) => ({ BANFN: toNumc(FIRST_BANFN + index, 10), ...row }));
}
