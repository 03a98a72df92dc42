import { longTextTable } from '../ddic/tables.ts';
import { systemDate } from './notification-header.ts';
import { notificationObjectNumber } from './notification-status.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';

// Items, partners and long texts of a notification: from the BAPI table rows to QMFE, IHPA
// and long-text rows. New item keys continue after the highest existing FENUM; long-text
// lines are appended after the existing lines.

/** Item keys (FENUM) of new items by their sort number, the keys continuing after `lastKey`. */
export function itemKeysBySortNumber(
  items: readonly Readonly<Row>[],
  lastKey: number,
): Map<string, string> {
  const keys = new Map<string, string>();
  items.forEach((item, index) => {
    keys.set(item['ITEM_SORT_NO'] ?? '', String(lastKey + index + 1).padStart(4, '0'));
  });
  return keys;
}

/** The highest item key of a notification (0 when it has no items). */
export function lastItemKey(call: FunctionCall, notificationNumber: string): number {
  const items = call.database.select('QMFE', (row) => row['QMNUM'] === notificationNumber);
  return Math.max(0, ...items.map((item) => Number(item['FENUM'])));
}

/** QMFE rows of new items. */
export function buildItems(
  call: FunctionCall,
  number: string,
  items: readonly Readonly<Row>[],
  keys: ReadonlyMap<string, string>,
): Row[] {
  const today = systemDate(call.system.now());
  return items.map((item) => ({
    QMNUM: number,
    FENUM: keys.get(item['ITEM_SORT_NO'] ?? '') ?? '',
    FETXT: item['DESCRIPT'] ?? '',
    FEKAT: item['D_CODEGRP'] === '' ? '' : 'C',
    FEGRP: item['D_CODEGRP'] ?? '',
    FECOD: item['D_CODE'] ?? '',
    ERDAT: today,
    ERNAM: call.session.user,
  }));
}

/** Checks long-text lines: header text (QMEL) or the text of an item by sort number (QMFE). */
export function checkTexts(
  call: FunctionCall,
  texts: readonly Readonly<Row>[],
  parameter: string,
  itemKeyOf: (objectKey: string) => string | undefined,
  notificationNumber: string,
): Row[] {
  const messages: Row[] = [];
  texts.forEach((text, index) => {
    const target = { parameter, row: index + 1, field: 'OBJTYPE' };
    const objectType = text['OBJTYPE'] ?? '';
    if (objectType === 'QMEL') return;
    if (objectType !== 'QMFE') {
      messages.push(
        call.message(
          'E',
          'NOT_SUPPORTED_BY_MOCK',
          [`OBJTYPE ${objectType}`, call.functionModule],
          target,
        ),
      );
      return;
    }
    const objectKey = text['OBJKEY'] ?? '';
    if (itemKeyOf(objectKey) !== undefined) return;
    messages.push(
      call.message('E', 'ITEM_NOT_FOUND', [String(Number(objectKey)), notificationNumber], {
        ...target,
        field: 'OBJKEY',
      }),
    );
  });
  return messages;
}

/** Long-text rows for the lines, appended after the existing lines of each text. */
export function buildTexts(
  call: FunctionCall,
  number: string,
  texts: readonly Readonly<Row>[],
  itemKeyOf: (objectKey: string) => string | undefined,
): Row[] {
  const nextLine = new Map<string, number>();
  return texts.map((text) => {
    const object = text['OBJTYPE'] === 'QMFE' ? 'QMFE' : 'QMEL';
    const itemKey = object === 'QMFE' ? (itemKeyOf(text['OBJKEY'] ?? '') ?? '') : '';
    const name = `${number}${itemKey}`;
    const line = nextLine.get(name) ?? lastTextLine(call, object, name) + 1;
    nextLine.set(name, line + 1);
    return {
      TDOBJECT: object,
      TDNAME: name,
      TDID: 'LTXT',
      TDSPRAS: call.session.language,
      LINENO: String(line).padStart(6, '0'),
      TDFORMAT: text['FORMAT_COL'] || '*',
      TDLINE: text['TEXT_LINE'] ?? '',
    };
  });
}

function lastTextLine(call: FunctionCall, object: string, name: string): number {
  const lines = call.database.select(
    longTextTable,
    (row) => row['TDOBJECT'] === object && row['TDNAME'] === name,
  );
  return Math.max(0, ...lines.map((row) => Number(row['LINENO'])));
}

/** IHPA rows for new partners; counters continue per partner function. */
export function buildPartners(
  call: FunctionCall,
  number: string,
  partners: readonly Readonly<Row>[],
): Row[] {
  const objectNumber = notificationObjectNumber(number);
  const existing = call.database.select('IHPA', (row) => row['OBJNR'] === objectNumber);
  const counters = new Map<string, number>();
  for (const row of existing) {
    const role = row['PARVW'] ?? '';
    counters.set(role, Math.max(counters.get(role) ?? 0, Number(row['COUNTER'])));
  }

  return partners.map((partner) => {
    const role = partner['PARTN_ROLE'] ?? '';
    const counter = (counters.get(role) ?? 0) + 1;
    counters.set(role, counter);
    return {
      OBJNR: objectNumber,
      PARVW: role,
      COUNTER: String(counter).padStart(6, '0'),
      PARNR: partner['PARTNER'] ?? '',
    };
  });
}
