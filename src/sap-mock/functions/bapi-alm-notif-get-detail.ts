import { BAPIPAREX, BAPIRET2 } from '../ddic/structures-common.ts';
import { BAPI2080_NOTHDRE, BAPI2080_NOTHDTXTE } from '../ddic/structures-notification.ts';
import {
  BAPI2080_NOTACTVI,
  BAPI2080_NOTCAUSI,
  BAPI2080_NOTFULLTXTE,
  BAPI2080_NOTITEME,
  BAPI2080_NOTKEYE,
  BAPI2080_NOTPARTNRE,
  BAPI2080_NOTTASKI,
} from '../ddic/structures-notification-items.ts';
import { externalNumber } from '../notification/notification-header.ts';
import {
  equipmentDescription,
  headerExport,
  headerTextsExport,
  readNotification,
} from '../notification/notification-reader.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';
import type { NotificationRecord } from '../notification/notification-reader.ts';

/** BAPI_ALM_NOTIF_GET_DETAIL: reads a notification with items, partners and long texts. */
export const bapiAlmNotifGetDetail: FunctionModule = {
  name: 'BAPI_ALM_NOTIF_GET_DETAIL',
  imports: { NUMBER: 'C12' },
  exports: { NOTIFHEADER_EXPORT: BAPI2080_NOTHDRE, NOTIFHDTEXT: BAPI2080_NOTHDTXTE },
  tables: {
    NOTITEM: BAPI2080_NOTITEME,
    NOTIFCAUS: BAPI2080_NOTCAUSI,
    NOTIFACTV: BAPI2080_NOTACTVI,
    NOTIFTASK: BAPI2080_NOTTASKI,
    NOTIFPARTNR: BAPI2080_NOTPARTNRE,
    NOTLONGTXT: BAPI2080_NOTFULLTXTE,
    KEY_RELATIONSHIPS: BAPI2080_NOTKEYE,
    EXTENSIONOUT: BAPIPAREX,
    RETURN: BAPIRET2,
  },
  run: getDetail,
};

const emptyTables = {
  NOTITEM: [],
  NOTIFCAUS: [],
  NOTIFACTV: [],
  NOTIFTASK: [],
  NOTIFPARTNR: [],
  NOTLONGTXT: [],
  KEY_RELATIONSHIPS: [],
  EXTENSIONOUT: [],
};

function getDetail(call: FunctionCall): FunctionResult {
  const number = call.input.scalar('NUMBER');
  const record = readNotification(call.database, number);
  if (record === undefined) {
    const message = call.message('E', 'NOTIFICATION_NOT_FOUND', [externalNumber(number)], {
      parameter: 'NUMBER',
    });
    return { ...emptyTables, RETURN: [message] };
  }

  const language = call.session.language;
  return {
    ...emptyTables,
    NOTIFHEADER_EXPORT: headerExport(call.database, record, language),
    NOTIFHDTEXT: headerTextsExport(call.database, record.header, language),
    NOTITEM: record.items.map((item) => itemExport(call, record, item)),
    NOTIFPARTNR: record.partners.map((partner) => partnerExport(partner)),
    NOTLONGTXT: longTextExport(record),
    RETURN: [],
  };
}

function itemExport(call: FunctionCall, record: NotificationRecord, item: Readonly<Row>): Row {
  const key = item['FENUM'] ?? '';
  const code = call.database.get('QPCD', {
    KATALOGART: item['FEKAT'] ?? '',
    CODEGRUPPE: item['FEGRP'] ?? '',
    CODE: item['FECOD'] ?? '',
  });
  const equipment = record.header['EQUNR'] ?? '';
  return {
    NOTIF_NO: item['QMNUM'] ?? '',
    ITEM_KEY: key,
    ITEM_SORT_NO: key,
    DESCRIPT: item['FETXT'] ?? '',
    D_CAT_TYP: item['FEKAT'] ?? '',
    D_CODEGRP: item['FEGRP'] ?? '',
    D_CODE: item['FECOD'] ?? '',
    TXT_PROBCD: code?.['KURZTEXT'] ?? '',
    EQUIPMENT: equipment,
    EQUIDESCR: equipmentDescription(call.database, equipment, call.session.language),
    CREATED_BY: item['ERNAM'] ?? '',
    CREATED_DATE: item['ERDAT'] ?? '',
    LONG_TEXT: record.itemTexts.has(key) ? 'X' : '',
  };
}

function partnerExport(partner: Readonly<Row>): Row {
  return {
    OBJECT_NO: partner['OBJNR'] ?? '',
    PARTN_ROLE: partner['PARVW'] ?? '',
    COUNTER: partner['COUNTER'] ?? '',
    PARTNER: partner['PARNR'] ?? '',
  };
}

function longTextExport(record: NotificationRecord): Row[] {
  const lines = record.headerText.map((line) => textLine('QMEL', '0', line));
  for (const [key, itemLines] of record.itemTexts) {
    lines.push(...itemLines.map((line) => textLine('QMFE', key, line)));
  }
  return lines;
}

function textLine(objectType: string, objectKey: string, line: Readonly<Row>): Row {
  return {
    OBJTYPE: objectType,
    OBJKEY: objectKey.padStart(8, '0'),
    FORMAT_COL: line['TDFORMAT'] ?? '',
    TEXT_LINE: line['TDLINE'] ?? '',
  };
}
