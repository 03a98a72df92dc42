import { BAPIRETURN } from '../ddic/structures-common.ts';
import { BAPI2080_1 } from '../ddic/structures-notification.ts';
import { toBapireturn } from '../messages/bapi-return.ts';
import { systemDate } from '../notification/notification-header.ts';
import { equipmentDescription } from '../notification/notification-reader.ts';
import {
  activeStatuses,
  mainStatus,
  notificationStatus,
  statusLine,
} from '../notification/notification-status.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

const flagged = { type: 'C1', default: 'X' };

/** BAPI_ALM_NOTIF_LIST_EQUI: the notifications of an equipment, filtered by main status. */
export const bapiAlmNotifListEqui: FunctionModule = {
  name: 'BAPI_ALM_NOTIF_LIST_EQUI',
  imports: {
    EQUIPMENT: 'C18',
    NOTIFICATION_DATE: 'D',
    OUTSTANDING: flagged,
    IN_PROCESS: flagged,
    POSTPONED: flagged,
    COMPLETE: flagged,
    PARTNER: 'N10',
    PARTNER_USER: 'C12',
    PARTNERFUNCTION: 'C2',
  },
  exports: { RETURN: BAPIRETURN },
  tables: { NOTIFICATION: BAPI2080_1 },
  run: listNotifications,
};

const statusFlags: Readonly<Record<string, string>> = {
  [notificationStatus.outstanding]: 'OUTSTANDING',
  [notificationStatus.inProcess]: 'IN_PROCESS',
  [notificationStatus.postponed]: 'POSTPONED',
  [notificationStatus.completed]: 'COMPLETE',
};

function listNotifications(call: FunctionCall): FunctionResult {
  const equipment = call.input.scalar('EQUIPMENT');
  if (call.database.get('EQUI', { EQUNR: equipment }) === undefined) {
    const message = call.message('E', 'EQUIPMENT_NOT_FOUND', [equipment]);
    return { NOTIFICATION: [], RETURN: toBapireturn(message) };
  }

  // Notifications up to NOTIFICATION_DATE (default: today) whose main status is selected.
  const givenDate = call.input.scalar('NOTIFICATION_DATE');
  const upTo = /^0*$/.test(givenDate) ? systemDate(call.system.now()) : givenDate;
  const headers = call.database.select(
    'QMEL',
    (row) => row['EQUNR'] === equipment && (row['QMDAT'] ?? '') <= upTo,
  );
  const selected = headers.filter((header) => {
    const status = mainStatus(call.database, header['OBJNR'] ?? '') ?? '';
    const flag = statusFlags[status];
    return flag !== undefined && call.input.scalar(flag) === 'X';
  });
  return { NOTIFICATION: selected.map((header) => listLine(call, header)), RETURN: {} };
}

function listLine(call: FunctionCall, header: Readonly<Row>): Row {
  const language = call.session.language;
  const statuses = activeStatuses(call.database, header['OBJNR'] ?? '');
  return {
    NOTIFICAT: header['QMNUM'] ?? '',
    NOTIF_TYPE: header['QMART'] ?? '',
    EQUIPMENT: header['EQUNR'] ?? '',
    CUSTOMER: header['KUNUM'] ?? '',
    DESCRIPT: header['QMTXT'] ?? '',
    PURCH_NO: header['BSTNK'] ?? '',
    PURCH_NO_C: header['BSTNK'] ?? '',
    S_STATUS: statusLine(call.database, statuses, language),
    EQUIDESCR: equipmentDescription(call.database, header['EQUNR'] ?? '', language),
    NOTIFDATE: header['QMDAT'] ?? '',
    NOTIFTIME: header['MZEIT'] ?? '',
    PRIOTYPE: header['ARTPR'] ?? '',
    PRIORITY: header['PRIOK'] ?? '',
    COMPLETION: header['QMDAB'] ?? '',
    STARTDATE: header['STRMN'] ?? '',
    ENDDATE: header['LTRMN'] ?? '',
  };
}
