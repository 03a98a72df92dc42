import {
  normaliseDecimal,
  parseDecimal,
  formatDecimal,
  sumDecimals,
} from '../../domain/order-decimal.ts';
import type {
  OrderComponent,
  OrderConfirmation,
  OrderOperation,
  OrderStatus,
  PartUsed,
} from '../../domain/order.ts';
import { fromAlpha, fromDats } from '../mapping/sap-formats.ts';
import { textField } from './order-settings.ts';
import type { OrderSettings } from './order-settings.ts';

// Pure readers of what SAP answers about an order: the rows of GET_DETAIL's tables, of AFRU
// (confirmations), MSEG (material document items) and JEST (system statuses).

/** The API status of an order from its active system statuses; the first in the settings wins. */
export function statusFromCodes(
  active: ReadonlySet<string>,
  settings: OrderSettings,
): OrderStatus | undefined {
  const match = Object.entries(settings.statuses).find(([code]) => active.has(code));
  return match?.[1];
}

/** The confirmations of AFRU rows, cancelled ones (STOKZ = X) left out, oldest first. */
export function readConfirmations(afru: Record<string, string>[]): OrderConfirmation[] {
  return afru
    .filter((row) => (row.STOKZ ?? '').trim() === '')
    .sort((a, b) => key(a).localeCompare(key(b)))
    .map((row) => ({
      id: `${fromAlpha(row.RUECK ?? '')}-${fromAlpha(row.RMZHL ?? '')}`,
      operationId: (row.VORNR ?? '').trim(),
      hours: normaliseDecimal(row.ISMNW ?? ''),
      final: (row.AUERU ?? '').trim() !== '',
      note: nonBlank(row.LTXA1),
      postedOn: fromDats(row.BUDAT),
    }));
}

/** The operations of ET_OPERATIONS with the hours confirmed on each. */
export function readOperations(
  rows: Record<string, unknown>[],
  confirmations: OrderConfirmation[],
): OrderOperation[] {
  return rows.map((row) => {
    const id = textField(row, 'ACTIVITY');
    const confirmed = confirmations.filter((confirmation) => confirmation.operationId === id);
    return {
      id,
      description: textField(row, 'DESCRIPTION'),
      workCenter: textField(row, 'WORK_CNTR'),
      activityType: nonBlank(textField(row, 'ACTTYPE')),
      plant: textField(row, 'PLANT'),
      plannedHours: normaliseDecimal(decimalText(row.WORK_ACTIVITY)),
      actualHours: sumDecimals(confirmed.map((confirmation) => confirmation.hours)),
      finallyConfirmed: confirmed.some((confirmation) => confirmation.final),
    };
  });
}

/** The components (reservation items) of ET_COMPONENTS. */
export function readComponents(rows: Record<string, unknown>[]): OrderComponent[] {
  return rows.map((row) => ({
    materialId: fromAlpha(textField(row, 'MATERIAL')),
    description: nonBlank(textField(row, 'MATL_DESC')),
    plant: textField(row, 'PLANT'),
    storageLocation: nonBlank(textField(row, 'STGE_LOC')),
    quantity: normaliseDecimal(decimalText(row.REQUIREMENT_QUANTITY)),
    withdrawnQuantity: normaliseDecimal(decimalText(row.WITHDRAWN_QUANTITY)),
    operationId: textField(row, 'ACTIVITY'),
  }));
}

/**
 * The parts issued to the order from MSEG rows: issues (261) less reversals (262), per material,
 * plant and storage location; parts whose reversals cancel their issues are left out.
 */
export function readPartsUsed(mseg: Record<string, string>[], settings: OrderSettings): PartUsed[] {
  const totals = new Map<string, { part: Omit<PartUsed, 'quantity'>; units: bigint }>();
  for (const row of mseg) {
    const movement = (row.BWART ?? '').trim();
    const sign =
      movement === settings.issueMovementType
        ? 1n
        : movement === settings.reversalMovementType
          ? -1n
          : 0n;
    if (sign === 0n) continue;

    const part = {
      materialId: fromAlpha(row.MATNR ?? ''),
      plant: (row.WERKS ?? '').trim(),
      storageLocation: (row.LGORT ?? '').trim(),
    };
    const partKey = `${part.materialId}|${part.plant}|${part.storageLocation}`;
    const entry = totals.get(partKey) ?? { part, units: 0n };
    entry.units += sign * (parseDecimal(row.MENGE ?? '') ?? 0n);
    totals.set(partKey, entry);
  }

  return [...totals.values()]
    .filter((entry) => entry.units !== 0n)
    .map((entry) => ({ ...entry.part, quantity: formatDecimal(entry.units) }));
}

// Quantities may come as text ('2.5', '  2.500') or, from some RFC libraries, as numbers.
function decimalText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

function key(row: Record<string, string>): string {
  return `${(row.RUECK ?? '').padStart(10, '0')}${(row.RMZHL ?? '').padStart(8, '0')}`;
}

function nonBlank(value: string | undefined): string | null {
  return value !== undefined && value.trim() !== '' ? value.trim() : null;
}
