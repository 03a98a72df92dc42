import { mainOrderStatus, orderStatus } from './order-status.ts';
import { soldToParty } from './order-record.ts';
import type { Row } from '../ddic/structure.ts';
import type { OrderRecord } from './order-record.ts';

// The selection of BAPI_ALM_ORDERHEAD_GET_LIST: status flags and OPTIONS_FOR_* ranges, whose
// values arrive in external format and get SAP's ALPHA input conversion.

/** The status flags and which main status each one selects. */
const statusFlags: Readonly<Record<string, string>> = {
  SHOW_OPEN_DOCUMENTS: orderStatus.created,
  SHOW_DOCUMENTS_IN_PROCESS: orderStatus.released,
  SHOW_COMPLETED_DOCUMENTS: orderStatus.technicallyCompleted,
  SHOW_HISTORICAL_DOCUMENTS: orderStatus.closed,
};

/** The OPTIONS_FOR_* fields: the ALPHA length of their values and how to read them. */
const rangeFields: Readonly<Record<string, { length: number; value: (r: OrderRecord) => string }>> =
  {
    OPTIONS_FOR_ORDERID: { length: 12, value: (record) => record.header['AUFNR'] ?? '' },
    OPTIONS_FOR_ORDER_TYPE: { length: 0, value: (record) => record.header['AUART'] ?? '' },
    OPTIONS_FOR_EQUIPMENT: { length: 18, value: (record) => record.maintenance['EQUNR'] ?? '' },
    OPTIONS_FOR_CUSTOMER: { length: 10, value: (record) => soldToParty(record) },
    OPTIONS_FOR_NOTIF_NO: { length: 12, value: (record) => record.maintenance['QMNUM'] ?? '' },
  };

/** One parsed range: SIGN I, OPTION EQ or BT, values in internal format. */
interface Range {
  field: string;
  option: string;
  low: string;
  high: string;
}

/** A parsed selection, or the IT_RANGES row (1-based) that cannot be read. */
export type ListSelection =
  | { statuses: Set<string>; ranges: Range[]; invalidRow: undefined }
  | { invalidRow: number; field: string };

/** Reads IT_RANGES into the statuses to show and the ranges to match. */
export function parseSelection(rows: readonly Readonly<Row>[]): ListSelection {
  const statuses = new Set<string>();
  const ranges: Range[] = [];
  for (const [index, row] of rows.entries()) {
    const field = (row['FIELD_NAME'] ?? '').toUpperCase();
    const flag = statusFlags[field];
    if (flag !== undefined) {
      if (row['LOW_VALUE'] === 'X') statuses.add(flag);
      continue;
    }
    const definition = rangeFields[field];
    const option = (row['OPTION'] || 'EQ').toUpperCase();
    const sign = row['SIGN'] || 'I';
    if (definition === undefined || sign !== 'I' || (option !== 'EQ' && option !== 'BT')) {
      return { invalidRow: index + 1, field };
    }
    const low = alphaInput(row['LOW_VALUE'] ?? '', definition.length);
    const high = alphaInput(row['HIGH_VALUE'] ?? '', definition.length);
    ranges.push({ field, option, low, high });
  }

  // Without a status flag, SAP lists the open and the in-process orders.
  if (statuses.size === 0) {
    statuses.add(orderStatus.created);
    statuses.add(orderStatus.released);
  }
  return { statuses, ranges, invalidRow: undefined };
}

/** Whether an order passes the selection: its main status flagged and every field in range. */
export function matchesSelection(
  record: OrderRecord,
  selection: { statuses: ReadonlySet<string>; ranges: readonly Range[] },
): boolean {
  const main = mainOrderStatus(record.statuses);
  if (main === undefined || !selection.statuses.has(main)) return false;

  // Ranges on the same field are alternatives (OR); different fields must all match (AND).
  const byField = new Map<string, Range[]>();
  for (const range of selection.ranges) {
    byField.set(range.field, [...(byField.get(range.field) ?? []), range]);
  }
  for (const [field, ranges] of byField) {
    const value = rangeFields[field]?.value(record) ?? '';
    const matches = ranges.some((range) =>
      range.option === 'EQ' ? value === range.low : value >= range.low && value <= range.high,
    );
    if (!matches) return false;
  }
  return true;
}

/** SAP's ALPHA input conversion: digits-only values are zero-padded to the field length. */
export function alphaInput(value: string, length: number): string {
  const trimmed = value.trim();
  if (length === 0 || !/^\d+$/.test(trimmed)) return trimmed.toUpperCase();
  return trimmed.padStart(length, '0');
}
