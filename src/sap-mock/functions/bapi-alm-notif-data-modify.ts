import { BAPIPAREX, BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPI2080_NOTHDRE,
  BAPI2080_NOTHDRI,
  BAPI2080_NOTHDRI_X,
} from '../ddic/structures-notification.ts';
import {
  BAPI2080_NOTACTVI,
  BAPI2080_NOTCAUSI,
  BAPI2080_NOTITEMI,
  BAPI2080_NOTITEMI_X,
  BAPI2080_NOTPARTNRI,
  BAPI2080_NOTPARTNRI_X,
  BAPI2080_NOTTASKI,
} from '../ddic/structures-notification-items.ts';
import { openForChange, refuseUnsupportedTables } from '../notification/notification-access.ts';
import {
  checkLengths,
  checkPriority,
  resolveTechnicalObject,
} from '../notification/notification-checks.ts';
import {
  changeStamp,
  headerStorageLimits,
  modifiedHeaderRow,
} from '../notification/notification-header.ts';
import { headerExport, readNotification } from '../notification/notification-reader.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

const unsupportedTables = ['NOTIFITEM', 'NOTIFCAUS', 'NOTIFACTV', 'NOTIFTASK', 'NOTIFPARTNR'];

/** BAPI_ALM_NOTIF_DATA_MODIFY: changes header fields flagged in NOTIFHEADER_X (needs a SAVE). */
export const bapiAlmNotifDataModify: FunctionModule = {
  name: 'BAPI_ALM_NOTIF_DATA_MODIFY',
  imports: {
    NUMBER: 'C12',
    NOTIFHEADER: BAPI2080_NOTHDRI,
    NOTIFHEADER_X: BAPI2080_NOTHDRI_X,
    NO_BUFFER_REFRESH_ON_ERROR: 'C1',
  },
  exports: { NOTIFHEADER_EXPORT: BAPI2080_NOTHDRE },
  tables: {
    NOTIFITEM: BAPI2080_NOTITEMI,
    NOTIFITEM_X: BAPI2080_NOTITEMI_X,
    NOTIFCAUS: BAPI2080_NOTCAUSI,
    NOTIFACTV: BAPI2080_NOTACTVI,
    NOTIFTASK: BAPI2080_NOTTASKI,
    NOTIFPARTNR: BAPI2080_NOTPARTNRI,
    NOTIFPARTNR_X: BAPI2080_NOTPARTNRI_X,
    EXTENSIONIN: BAPIPAREX,
    EXTENSIONOUT: BAPIPAREX,
    RETURN: BAPIRET2,
  },
  run: modifyNotification,
};

function modifyNotification(call: FunctionCall): FunctionResult {
  const number = call.input.scalar('NUMBER');
  const opened = openForChange(call, number, { refuseCompleted: true, lock: true });
  if (opened.record === undefined) return { RETURN: opened.messages };

  const header = call.input.structure('NOTIFHEADER');
  const flags = call.input.structure('NOTIFHEADER_X');
  const messages = [
    ...refuseUnsupportedTables(call, unsupportedTables),
    ...checkFlaggedFields(call, header, flags, opened.record.header['ARTPR'] ?? ''),
  ];
  if (messages.length > 0) return { RETURN: messages };

  const changed = modifiedHeaderRow(opened.record.header, header, flags);
  if (flags['EQUIPMENT'] === 'X' && header['EQUIPMENT'] !== '') {
    const equipmentOnly = { EQUIPMENT: header['EQUIPMENT'] ?? '', MATERIAL: '', SERIALNO: '' };
    const resolved = resolveTechnicalObject(call, equipmentOnly, 'NOTIFHEADER').object;
    changed['MATNR'] = resolved.material;
    changed['SERIALNR'] = resolved.serialNumber;
  }
  call.session.documentBuffer(number).put('QMEL', { ...changed, ...changeStamp(call) });

  const record = readNotification(call.database, number) ?? opened.record;
  return {
    NOTIFHEADER_EXPORT: headerExport(call.database, record, call.session.language),
    RETURN: [],
  };
}

// Only flagged fields are checked and taken over; the values of unflagged fields are ignored.
function checkFlaggedFields(
  call: FunctionCall,
  header: Readonly<Row>,
  flags: Readonly<Row>,
  priorityType: string,
): Row[] {
  const flagged: Row = {};
  for (const [field, flag] of Object.entries(flags)) {
    if (flag === 'X') flagged[field] = header[field] ?? '';
  }

  const messages = checkLengths(call, 'NOTIFHEADER', BAPI2080_NOTHDRI, [flagged], {
    storageLimits: headerStorageLimits,
    isTable: false,
  });
  if (flagged['PRIORITY'] !== undefined) {
    messages.push(...checkPriority(call, priorityType, flagged['PRIORITY'], 'NOTIFHEADER'));
  }
  if (flagged['EQUIPMENT'] !== undefined && flagged['EQUIPMENT'] !== '') {
    const equipmentOnly = { EQUIPMENT: flagged['EQUIPMENT'], MATERIAL: '', SERIALNO: '' };
    messages.push(...resolveTechnicalObject(call, equipmentOnly, 'NOTIFHEADER').messages);
  }
  return messages;
}
