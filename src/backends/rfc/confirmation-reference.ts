import { createHash } from 'node:crypto';
import { fromAlpha } from '../mapping/sap-formats.ts';
import type { OrderSettings } from './order-settings.ts';
import type { RfcConnection } from './rfc-gateway.ts';
import { readTable } from './rfc-read-table.ts';

/**
 * The external key SAP keeps for a caller's reference: the first 128 bits of its SHA-256 as 32
 * upper-case hex digits, the form in which a RAW 16 field (AFRU-EXTID) travels as text. SAP
 * would cut any other text at its first character that is not a hex digit.
 */
export function confirmationExternalKey(externalRef: string): string {
  return createHash('sha256').update(externalRef, 'utf8').digest('hex').slice(0, 32).toUpperCase();
}

/** The time ticket fields that carry a caller's reference (none without one). */
export function referenceFields(
  externalRef: string | undefined,
  settings: OrderSettings,
): Record<string, string> {
  if (externalRef === undefined || externalRef === '') return {};
  return { [settings.confirmationReference.ticketField]: confirmationExternalKey(externalRef) };
}

/**
 * Finds the confirmation of an order (AUFNR, internal format) that carries the caller's
 * reference, as `RUECK-RMZHL` without leading zeros; null when the order has none. A reversed
 * confirmation still counts: a reference is posted once, whatever happened to it afterwards.
 */
export async function findConfirmationByReference(
  connection: RfcConnection,
  orderNumber: string,
  externalRef: string,
  settings: OrderSettings,
): Promise<string | null> {
  const [row] = await readTable(connection, {
    table: 'AFRU',
    fields: ['RUECK', 'RMZHL'],
    where: [
      { field: 'AUFNR', op: '=', value: orderNumber },
      {
        field: settings.confirmationReference.column,
        op: '=',
        value: confirmationExternalKey(externalRef),
      },
    ],
    rowCount: 1,
  });
  if (row === undefined) return null;
  return `${fromAlpha(row.RUECK ?? '')}-${fromAlpha(row.RMZHL ?? '')}`;
}
