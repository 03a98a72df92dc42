import { currentTimeSegment } from './notification-reader.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';
import type { TechnicalObject } from './notification-checks.ts';

/** Header fields of BAPI2080_NOTHDRI that the mock stores, and their QMEL columns. */
export const headerColumns: Readonly<Record<string, string>> = {
  SHORT_TEXT: 'QMTXT',
  PRIORITY: 'PRIOK',
  EQUIPMENT: 'EQUNR',
  MATERIAL: 'MATNR',
  SERIALNO: 'SERIALNR',
  REPORTEDBY: 'QMNAM',
  PURCH_NO_C: 'BSTNK',
  NOTIF_DATE: 'QMDAT',
  NOTIFTIME: 'MZEIT',
  DESSTDATE: 'STRMN',
  DESSTTIME: 'STRUR',
  DESENDDATE: 'LTRMN',
  DESENDTM: 'LTRUR',
  BREAKDOWN: 'MSAUS',
  PLANPLANT: 'IWERK',
};

/** QMEL-BSTNK is CHAR20 while the BAPI's PURCH_NO_C is CHAR35: longer values cannot be stored. */
export const headerStorageLimits: Readonly<Record<string, number>> = { PURCH_NO_C: 20 };

/** The system date (YYYYMMDD, UTC). */
export function systemDate(now: Date): string {
  return now.toISOString().slice(0, 10).replaceAll('-', '');
}

/** The system time (HHMMSS, UTC). */
export function systemTime(now: Date): string {
  return now.toISOString().slice(11, 19).replaceAll(':', '');
}

/** A notification number as messages show it (without leading zeros). */
export function externalNumber(notificationNumber: string): string {
  return /^\d+$/.test(notificationNumber)
    ? notificationNumber.replace(/^0+(?=\d)/, '')
    : notificationNumber;
}

/** The QMEL row of a new notification from the BAPI header and the resolved object. */
export function newHeaderRow(
  call: FunctionCall,
  input: {
    number: string;
    typeDefinition: Readonly<Row>;
    header: Readonly<Row>;
    object: TechnicalObject;
    customer: string;
  },
): Row {
  const now = call.system.now();
  const header = input.header;
  const row: Row = {};
  for (const [field, column] of Object.entries(headerColumns)) row[column] = header[field] ?? '';

  const segment = currentTimeSegment(call.database, input.object.equipment);
  return {
    ...row,
    QMNUM: input.number,
    QMART: input.typeDefinition['QMART'] ?? '',
    ARTPR: input.typeDefinition['ARTPR'] ?? '',
    EQUNR: input.object.equipment,
    MATNR: input.object.material,
    SERIALNR: input.object.serialNumber,
    KUNUM: input.customer,
    QMDAT: isInitialDate(header['NOTIF_DATE']) ? systemDate(now) : (header['NOTIF_DATE'] ?? ''),
    MZEIT: isInitialDate(header['NOTIF_DATE']) ? systemTime(now) : (header['NOTIFTIME'] ?? ''),
    QMNAM: header['REPORTEDBY'] || call.session.user,
    IWERK: header['PLANPLANT'] || (segment?.['IWERK'] ?? ''),
    ERDAT: systemDate(now),
    ERZEIT: systemTime(now),
    ERNAM: call.session.user,
    OBJNR: `QM${input.number}`,
  };
}

/** The QMEL row after DATA_MODIFY: only fields flagged 'X' in NOTIFHEADER_X change. */
export function modifiedHeaderRow(
  existing: Readonly<Row>,
  header: Readonly<Row>,
  flags: Readonly<Row>,
): Row {
  const row: Row = { ...existing };
  for (const [field, column] of Object.entries(headerColumns)) {
    if (flags[field] === 'X') row[column] = header[field] ?? '';
  }
  return row;
}

/** The change stamp (AEDAT, AEZEIT, AENAM) for the calling user now. */
export function changeStamp(call: FunctionCall): Row {
  const now = call.system.now();
  return { AEDAT: systemDate(now), AEZEIT: systemTime(now), AENAM: call.session.user };
}

function isInitialDate(value: string | undefined): boolean {
  return value === undefined || /^0*$/.test(value);
}
