import { longTextTable } from '../ddic/tables.ts';
import { activeStatuses, notificationObjectNumber, statusLine } from './notification-status.ts';
import type { DatabaseView } from '../database/database-view.ts';
import type { Row } from '../ddic/structure.ts';

/** A notification as stored: header, items, partners and long-text lines. */
export interface NotificationRecord {
  header: Row;
  items: Row[];
  partners: Row[];
  headerText: Row[];
  /** Long-text lines of items, by item key (FENUM). */
  itemTexts: Map<string, Row[]>;
}

/** Reads a notification as the session sees it; undefined when it does not exist. */
export function readNotification(
  database: DatabaseView,
  notificationNumber: string,
): NotificationRecord | undefined {
  const header = database.get('QMEL', { QMNUM: notificationNumber });
  if (header === undefined) return undefined;

  const objectNumber = notificationObjectNumber(notificationNumber);
  const items = database.select('QMFE', (row) => row['QMNUM'] === notificationNumber);
  const partners = database.select('IHPA', (row) => row['OBJNR'] === objectNumber);
  const headerText = readLongText(database, 'QMEL', notificationNumber);
  const itemTexts = new Map<string, Row[]>();
  for (const item of items) {
    const key = item['FENUM'] ?? '';
    const lines = readLongText(database, 'QMFE', `${notificationNumber}${key}`);
    if (lines.length > 0) itemTexts.set(key, lines);
  }
  return { header, items, partners, headerText, itemTexts };
}

/** The lines of a long text (any language), in line order. */
export function readLongText(database: DatabaseView, object: string, name: string): Row[] {
  return database.select(
    longTextTable,
    (row) => row['TDOBJECT'] === object && row['TDNAME'] === name && row['TDID'] === 'LTXT',
  );
}

/** BAPI2080_NOTHDRE from a stored notification. */
export function headerExport(
  database: DatabaseView,
  record: NotificationRecord,
  language: string,
): Row {
  const header = record.header;
  const objectNumber = header['OBJNR'] ?? '';
  const line = statusLine(database, activeStatuses(database, objectNumber), language);
  const textLanguage = record.headerText[0]?.['TDSPRAS'] ?? '';
  return headerExportOf(database, header, { statusLine: line, textLanguage });
}

/** BAPI2080_NOTHDRE from a QMEL row, the status line and the long text's language ('' = none). */
export function headerExportOf(
  database: DatabaseView,
  header: Readonly<Row>,
  extra: { statusLine: string; textLanguage: string },
): Row {
  const location = equipmentLocation(database, header['EQUNR'] ?? '');
  return {
    NOTIF_NO: header['QMNUM'] ?? '',
    NOTIF_TYPE: header['QMART'] ?? '',
    OBJECT_NO: header['OBJNR'] ?? '',
    SHORT_TEXT: header['QMTXT'] ?? '',
    PRIORITY: header['PRIOK'] ?? '',
    PRIOTYPE: header['ARTPR'] ?? '',
    SYS_STATUS: extra.statusLine,
    CUST_NO: header['KUNUM'] ?? '',
    EQUIPMENT: header['EQUNR'] ?? '',
    MATERIAL: header['MATNR'] ?? '',
    SERIALNO: header['SERIALNR'] ?? '',
    REPORTEDBY: header['QMNAM'] ?? '',
    PURCH_NO_C: header['BSTNK'] ?? '',
    NOTIF_DATE: header['QMDAT'] ?? '',
    NOTIFTIME: header['MZEIT'] ?? '',
    NOTIFTMEZ: 'UTC',
    DESSTDATE: header['STRMN'] ?? '',
    DESSTTIME: header['STRUR'] ?? '',
    DESENDDATE: header['LTRMN'] ?? '',
    DESENDTM: header['LTRUR'] ?? '',
    BREAKDOWN: header['MSAUS'] ?? '',
    ORDERID: header['AUFNR'] ?? '',
    COMPDATE: header['QMDAB'] ?? '',
    COMPTIME: header['QMZAB'] ?? '',
    REFDATE: header['QMDAB'] ?? '',
    REFTIME: header['QMZAB'] ?? '',
    CREATED_ON: header['ERDAT'] ?? '',
    CREATED_AT: header['ERZEIT'] ?? '',
    CREATED_BY: header['ERNAM'] ?? '',
    CHANGED_ON: header['AEDAT'] ?? '',
    CHANGED_AT: header['AEZEIT'] ?? '',
    CHANGED_BY: header['AENAM'] ?? '',
    PLANPLANT: header['IWERK'] ?? '',
    LONG_TEXT: extra.textLanguage === '' ? '' : 'X',
    PRILANG: extra.textLanguage,
    ...location,
  };
}

/** BAPI2080_NOTHDTXTE: customer name, equipment and material descriptions. */
export function headerTextsExport(
  database: DatabaseView,
  header: Readonly<Row>,
  language: string,
): Row {
  const customer = database.get('KNA1', { KUNNR: header['KUNUM'] ?? '' });
  return {
    KUNAME1: customer?.['NAME1'] ?? '',
    EQUIDESCR: equipmentDescription(database, header['EQUNR'] ?? '', language),
    MATL_DESC: materialDescription(database, header['MATNR'] ?? '', language),
  };
}

/** The description of an equipment (EQKT) in a language, English as fallback. */
export function equipmentDescription(
  database: DatabaseView,
  equipment: string,
  language: string,
): string {
  if (equipment === '') return '';
  const text =
    database.get('EQKT', { EQUNR: equipment, SPRAS: language }) ??
    database.get('EQKT', { EQUNR: equipment, SPRAS: 'E' });
  return text?.['EQKTX'] ?? '';
}

/** The description of a material (MAKT) in a language, English as fallback. */
export function materialDescription(
  database: DatabaseView,
  material: string,
  language: string,
): string {
  if (material === '') return '';
  const text =
    database.get('MAKT', { MATNR: material, SPRAS: language }) ??
    database.get('MAKT', { MATNR: material, SPRAS: 'E' });
  return text?.['MAKTX'] ?? '';
}

/** The current time segment of an equipment (EQUZ with the latest DATBI). */
export function currentTimeSegment(database: DatabaseView, equipment: string): Row | undefined {
  return database.select('EQUZ', (row) => row['EQUNR'] === equipment).at(-1);
}

function equipmentLocation(database: DatabaseView, equipment: string): Row {
  if (equipment === '') return {};
  const segment = currentTimeSegment(database, equipment);
  const location = database.get('ILOA', { ILOAN: segment?.['ILOAN'] ?? '' });
  return {
    LOC_ACC: segment?.['ILOAN'] ?? '',
    MAINTPLANT: location?.['SWERK'] ?? '',
    MAINTLOC: location?.['STORT'] ?? '',
  };
}
