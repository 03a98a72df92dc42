import type { Row } from '../ddic/structure.ts';

// The confirmation of requested quantities against the available-to-promise quantity, as
// BAPI_MATERIAL_AVAILABILITY answers it in WMDVEX and DIALOGFLAG.

/** What the check knows: the ATP quantity, today and the end of the replenishment lead time. */
export interface ConfirmationBasis {
  atp: number;
  today: string;
  endOfLeadTime: string;
}

/** The confirmed schedule lines and whether everything was confirmed as requested. */
export interface Confirmation {
  lines: Row[];
  /** ' ' when every requested quantity is confirmed on its requested date, else 'X'. */
  dialogFlag: string;
}

/**
 * Confirms requests in date order: each gets what is left of the ATP quantity on its date (not
 * before today), the rest at the end of the replenishment lead time. Without requests the whole
 * ATP quantity is confirmed for today.
 */
export function confirmRequests(requests: readonly Row[], basis: ConfirmationBasis): Confirmation {
  if (requests.length === 0) {
    const lines = [{ COM_DATE: basis.today, COM_QTY: formatQuantity(basis.atp) }];
    return { lines, dialogFlag: basis.atp > 0 ? ' ' : 'X' };
  }

  const byDate = new Map<string, number>();
  const confirm = (date: string, quantity: number) => {
    if (quantity > 0) byDate.set(date, round3((byDate.get(date) ?? 0) + quantity));
  };
  let remaining = basis.atp;
  let asRequested = true;
  const sorted = [...requests].sort((a, b) =>
    (a['REQ_DATE'] ?? '').localeCompare(b['REQ_DATE'] ?? ''),
  );
  for (const request of sorted) {
    const requestedDate = request['REQ_DATE'] ?? '';
    const quantity = Math.max(0, Number(request['REQ_QTY'] ?? 0));
    const date = requestedDate < basis.today ? basis.today : requestedDate;
    const confirmed = Math.min(remaining, quantity);
    remaining = round3(remaining - confirmed);
    confirm(date, confirmed);
    confirm(basis.endOfLeadTime, round3(quantity - confirmed));
    if (confirmed < quantity || date !== requestedDate) asRequested = false;
  }

  const lines = [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, quantity]) => ({ COM_DATE: date, COM_QTY: formatQuantity(quantity) }));
  return { lines, dialogFlag: asRequested ? ' ' : 'X' };
}

function formatQuantity(value: number): string {
  return value.toFixed(3);
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
