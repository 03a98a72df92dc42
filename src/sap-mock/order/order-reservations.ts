import type { Row } from '../ddic/structure.ts';
import type { OrderRecord } from './order-record.ts';

// The state flags of an order's reservation items (RESB) that decide whether they still count
// as reserved stock: XWAOK goods movement allowed, KZEAR final issue, XLOEK deleted.

/** The movement type of a goods issue to an order, which every order component reserves for. */
export const orderIssueMovementType = '261';

/** The flags of a new order component: not movable until the order is released. */
export function newComponentFlags(orderReleased: boolean): Row {
  return {
    BWART: orderIssueMovementType,
    KOSTL: '',
    XWAOK: orderReleased ? 'X' : '',
    KZEAR: '',
    XLOEK: '',
  };
}

/** Release: every component of the order may now be withdrawn (XWAOK 'X'). */
export function allowGoodsMovements(record: OrderRecord): void {
  for (const component of record.components) component['XWAOK'] = 'X';
}

/** Technical completion: the components not finally issued are deleted (XLOEK 'X'). */
export function deleteOpenComponents(record: OrderRecord): void {
  for (const component of record.components) {
    if (component['KZEAR'] !== 'X') component['XLOEK'] = 'X';
  }
}

/**
 * The final-issue flag after a goods movement changed the withdrawn quantity: an issue (261)
 * that reaches the requirement sets it, a reversal (262) that falls below it clears it.
 */
export function finalIssueFlag(
  component: Readonly<Row>,
  withdrawn: number,
  direction: number,
): string {
  const required = Number(component['BDMNG'] ?? '0');
  const current = component['KZEAR'] ?? '';
  if (direction < 0) return withdrawn >= required ? 'X' : current;
  return withdrawn < required ? '' : current;
}
