import type { DatabaseView } from '../database/database-view.ts';
import type { Row } from '../ddic/structure.ts';

// The stock figures of a material in a plant (or one storage location of it) as the mock SAP's
// inventory management and MRP see them. Every function module that shows stock uses these.

/** A material in a plant, optionally narrowed to one storage location. */
export interface StockPlace {
  material: string;
  plant: string;
  /** Blank or absent: every storage location of the plant. */
  storageLocation?: string;
}

/** Unrestricted-use stock: the sum of MARD-LABST. */
export function unrestricted(database: DatabaseView, place: StockPlace): number {
  return sum(
    database.select('MARD', (row) => atPlace(row, place, 'LGORT')),
    'LABST',
  );
}

/** What open reservations still need: BDMNG − ENMNG of movable, open, undeleted RESB items. */
export function openReserved(database: DatabaseView, place: StockPlace): number {
  const open = database.select(
    'RESB',
    (row) =>
      atPlace(row, place, 'LGORT') &&
      row['XWAOK'] === 'X' &&
      (row['KZEAR'] ?? '') === '' &&
      (row['XLOEK'] ?? '') === '',
  );
  return round3(
    open.reduce(
      (total, row) => total + Math.max(0, Number(row['BDMNG'] ?? 0) - Number(row['ENMNG'] ?? 0)),
      0,
    ),
  );
}

/** Available to promise: unrestricted stock less open reservations, never below zero. */
export function atp(database: DatabaseView, place: StockPlace): number {
  return Math.max(0, round3(unrestricted(database, place) - openReserved(database, place)));
}

/** The requisition items that still count (neither deleted nor closed) of a material in a plant. */
export function liveRequisitionItems(database: DatabaseView, place: StockPlace): Row[] {
  return database.select(
    'EBAN',
    (row) =>
      row['MATNR'] === place.material &&
      row['WERKS'] === place.plant &&
      (row['LOEKZ'] ?? '') === '' &&
      (row['EBAKZ'] ?? '') === '',
  );
}

/** The quantity of live requisitions not yet ordered (MENGE − BSMNG): MD04's PR elements. */
export function openRequisitioned(database: DatabaseView, place: StockPlace): number {
  return round3(
    liveRequisitionItems(database, place).reduce(
      (total, row) => total + Math.max(0, Number(row['MENGE'] ?? 0) - Number(row['BSMNG'] ?? 0)),
      0,
    ),
  );
}

/** The ordered part (BSMNG) of live requisitions: stands in for open purchase order items. */
export function ordered(database: DatabaseView, place: StockPlace): number {
  return round3(sum(liveRequisitionItems(database, place), 'BSMNG'));
}

function atPlace(row: Readonly<Row>, place: StockPlace, locationField: string): boolean {
  if (row['MATNR'] !== place.material || row['WERKS'] !== place.plant) return false;
  const location = place.storageLocation ?? '';
  return location === '' || row[locationField] === location;
}

function sum(rows: readonly Row[], field: string): number {
  return round3(rows.reduce((total, row) => total + Number(row[field] ?? 0), 0));
}

// Packed quantities have three decimals; sums of them are rounded back to that precision.
function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
