import { BAPIPAREX, BAPIRET2, BAPI_SENDER } from '../ddic/structures-common.ts';
import {
  BAPI2080_NOTHDRE,
  BAPI2080_NOTHDRI,
  BAPI2080_NOTHDTXTE,
} from '../ddic/structures-notification.ts';
import {
  BAPI2080_NOTACTVI,
  BAPI2080_NOTCAUSI,
  BAPI2080_NOTFULLTXTI,
  BAPI2080_NOTITEMI,
  BAPI2080_NOTKEYE,
  BAPI2080_NOTPARTNRI,
  BAPI2080_NOTTASKI,
} from '../ddic/structures-notification-items.ts';
import { longTextTable } from '../ddic/tables.ts';
import { openForChange, refuseUnsupportedTables } from '../notification/notification-access.ts';
import { checkItems, checkLengths, checkPartners } from '../notification/notification-checks.ts';
import { changeStamp, externalNumber } from '../notification/notification-header.ts';
import {
  buildItems,
  buildPartners,
  buildTexts,
  checkTexts,
  itemKeysBySortNumber,
  lastItemKey,
} from '../notification/notification-parts.ts';
import {
  headerExport,
  headerTextsExport,
  readNotification,
} from '../notification/notification-reader.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';
import type { NotificationRecord } from '../notification/notification-reader.ts';

const unsupportedTables = ['NOTIFCAUS', 'NOTIFACTV', 'NOTIFTASK', 'EXTENSIONIN'];

/** BAPI_ALM_NOTIF_DATA_ADD: adds items, partners and long-text lines (needs a SAVE). */
export const bapiAlmNotifDataAdd: FunctionModule = {
  name: 'BAPI_ALM_NOTIF_DATA_ADD',
  imports: {
    NUMBER: 'C12',
    NOTIFHEADER: BAPI2080_NOTHDRI,
    ORDERID: 'C12',
    SENDER: BAPI_SENDER,
    TASK_DETERMINATION: 'C1',
    NO_BUFFER_REFRESH_ON_ERROR: 'C1',
  },
  exports: { NOTIFHEADER_EXPORT: BAPI2080_NOTHDRE, NOTIFHDTEXT: BAPI2080_NOTHDTXTE },
  tables: {
    NOTITEM: BAPI2080_NOTITEMI,
    NOTIFCAUS: BAPI2080_NOTCAUSI,
    NOTIFACTV: BAPI2080_NOTACTVI,
    NOTIFTASK: BAPI2080_NOTTASKI,
    NOTIFPARTNR: BAPI2080_NOTPARTNRI,
    NOTFULLTXT: BAPI2080_NOTFULLTXTI,
    KEY_RELATIONSHIPS: BAPI2080_NOTKEYE,
    EXTENSIONIN: BAPIPAREX,
    EXTENSIONOUT: BAPIPAREX,
    RETURN: BAPIRET2,
  },
  run: addToNotification,
};

function addToNotification(call: FunctionCall): FunctionResult {
  const number = call.input.scalar('NUMBER');
  const opened = openForChange(call, number, { refuseCompleted: true, lock: true });
  if (opened.record === undefined) return { RETURN: opened.messages };

  const items = call.input.table('NOTITEM');
  const partners = call.input.table('NOTIFPARTNR');
  const texts = call.input.table('NOTFULLTXT');
  const itemKeys = itemKeysBySortNumber(items, lastItemKey(call, number));
  const itemKeyOf = existingOrNewItemKey(opened.record, itemKeys);

  const messages = [
    ...refuseUnsupportedTables(call, unsupportedTables),
    ...checkLengths(call, 'NOTITEM', BAPI2080_NOTITEMI, items),
    ...checkLengths(call, 'NOTIFPARTNR', BAPI2080_NOTPARTNRI, partners),
    ...checkLengths(call, 'NOTFULLTXT', BAPI2080_NOTFULLTXTI, texts),
    ...checkItems(call, items, 'NOTITEM'),
    ...checkPartners(call, partners, 'NOTIFPARTNR'),
    ...checkTexts(call, texts, 'NOTFULLTXT', itemKeyOf, externalNumber(number)),
  ];
  if (messages.length > 0) return { RETURN: messages };

  const buffer = call.session.documentBuffer(number);
  for (const row of buildItems(call, number, items, itemKeys)) buffer.put('QMFE', row);
  for (const row of buildPartners(call, number, partners)) buffer.put('IHPA', row);
  for (const row of buildTexts(call, number, texts, itemKeyOf)) buffer.put(longTextTable, row);
  buffer.put('QMEL', {
    ...opened.record.header,
    ...soldTo(opened.record, partners),
    ...changeStamp(call),
  });

  const record = readNotification(call.database, number) ?? opened.record;
  return {
    NOTIFHEADER_EXPORT: headerExport(call.database, record, call.session.language),
    NOTIFHDTEXT: headerTextsExport(call.database, record.header, call.session.language),
    RETURN: [],
  };
}

// A long text of QMFE names its item by sort number: a new item of this call or an existing key.
function existingOrNewItemKey(
  record: NotificationRecord,
  newKeys: ReadonlyMap<string, string>,
): (objectKey: string) => string | undefined {
  return (objectKey) => {
    const sortNumber = objectKey.slice(-4);
    const newKey = newKeys.get(sortNumber);
    if (newKey !== undefined) return newKey;
    return record.items.some((item) => item['FENUM'] === sortNumber) ? sortNumber : undefined;
  };
}

// The first sold-to partner added to a notification without customer becomes its customer.
function soldTo(record: NotificationRecord, partners: readonly Readonly<Row>[]): Row {
  if (record.header['KUNUM'] !== '') return {};
  const partner = partners.find((candidate) => candidate['PARTN_ROLE'] === 'AG');
  return partner === undefined ? {} : { KUNUM: (partner['PARTNER'] ?? '').slice(0, 10) };
}
