import { primaryKeyOf } from '../database/table-store.ts';
import { tableDefinition } from '../ddic/tables.ts';
import type { TableStore } from '../database/table-store.ts';

/** Draws the next number of a number range interval in NRIV. */
export function drawNumber(
  store: TableStore,
  object: string,
  rangeNumber: string,
): string | undefined {
  const key = primaryKeyOf(tableDefinition('NRIV'), { OBJECT: object, NRRANGENR: rangeNumber });
  const interval = store.get('NRIV', key);
  if (interval === undefined) return undefined;

  const from = BigInt(interval['FROMNUMBER'] || '0');
  const to = BigInt(interval['TONUMBER'] || '0');
  const level = BigInt(interval['NRLEVEL'] || '0');
  const next = level < from ? from : level + 1n;
  if (next > to) return undefined;

  // NRIV is updated at once, outside the caller's LUW: a rollback does not give the number
  // back, so a rolled-back save leaves a gap, as SAP's number range buffer does.
  const width = Math.max(interval['NRLEVEL']?.length ?? 0, interval['TONUMBER']?.length ?? 0);
  store.put('NRIV', { ...interval, NRLEVEL: next.toString().padStart(width, '0') });
  return next.toString();
}
