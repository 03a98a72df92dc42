import { BAPIPAREX, BAPIRET2, BAPI_SENDER } from '../ddic/structures-common.ts';
import { BAPI2080_NOTHDRE, BAPI2080_NOTHDRI } from '../ddic/structures-notification.ts';
import {
  BAPI2080_NOTACTVI,
  BAPI2080_NOTCAUSI,
  BAPI2080_NOTFULLTXTI,
  BAPI2080_NOTITEMI,
  BAPI2080_NOTKEYE,
  BAPI2080_NOTPARTNRI,
  BAPI2080_NOTTASKI,
} from '../ddic/structures-notification-items.ts';
import { refuseUnsupportedTables } from '../notification/notification-access.ts';
import {
  checkItems,
  checkLengths,
  checkNotificationType,
  checkPartners,
  checkPriority,
  resolveTechnicalObject,
} from '../notification/notification-checks.ts';
import { headerStorageLimits, newHeaderRow } from '../notification/notification-header.ts';
import { headerExportOf } from '../notification/notification-reader.ts';
import { notificationStatus, statusText } from '../notification/notification-status.ts';
import {
  buildItems,
  buildPartners,
  buildTexts,
  checkTexts,
  itemKeysBySortNumber,
} from '../notification/notification-parts.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

const unsupportedTables = ['NOTIFCAUS', 'NOTIFACTV', 'NOTIFTASK', 'EXTENSIONIN'];

/** BAPI_ALM_NOTIF_CREATE: a notification in the session's buffer under a temporary number. */
export const bapiAlmNotifCreate: FunctionModule = {
  name: 'BAPI_ALM_NOTIF_CREATE',
  imports: {
    EXTERNAL_NUMBER: 'C12',
    NOTIF_TYPE: 'C2',
    NOTIFHEADER: BAPI2080_NOTHDRI,
    TASK_DETERMINATION: 'C1',
    SENDER: BAPI_SENDER,
    ORDERID: 'C12',
    IV_DONT_CHK_MANDATORY_PARTNER: 'C1',
    NOTIFCATION_COPY: 'C12',
    DOCUMENT_ASSIGN_COPY: 'C1',
  },
  exports: { NOTIFHEADER_EXPORT: BAPI2080_NOTHDRE },
  tables: {
    NOTITEM: BAPI2080_NOTITEMI,
    NOTIFCAUS: BAPI2080_NOTCAUSI,
    NOTIFACTV: BAPI2080_NOTACTVI,
    NOTIFTASK: BAPI2080_NOTTASKI,
    NOTIFPARTNR: BAPI2080_NOTPARTNRI,
    LONGTEXTS: BAPI2080_NOTFULLTXTI,
    KEY_RELATIONSHIPS: BAPI2080_NOTKEYE,
    EXTENSIONIN: BAPIPAREX,
    EXTENSIONOUT: BAPIPAREX,
    RETURN: BAPIRET2,
  },
  run: createNotification,
};

function createNotification(call: FunctionCall): FunctionResult {
  const header = call.input.structure('NOTIFHEADER');
  const items = call.input.table('NOTITEM');
  const partners = call.input.table('NOTIFPARTNR');
  const texts = call.input.table('LONGTEXTS');

  const messages = [...refuseUnsupportedInput(call), ...checkAllLengths(call)];
  const type = checkNotificationType(call, call.input.scalar('NOTIF_TYPE'));
  messages.push(...type.messages);
  const priorityType = type.definition?.['ARTPR'] ?? '';
  if (type.definition !== undefined) {
    messages.push(...checkPriority(call, priorityType, header['PRIORITY'] ?? '', 'NOTIFHEADER'));
  }
  const technicalObject = resolveTechnicalObject(call, header, 'NOTIFHEADER');
  messages.push(...technicalObject.messages);
  messages.push(...checkPartners(call, partners, 'NOTIFPARTNR'));
  messages.push(...checkItems(call, items, 'NOTITEM'));

  const itemKeys = itemKeysBySortNumber(items, 0);
  const itemKeyOf = (objectKey: string): string | undefined => itemKeys.get(objectKey.slice(-4));
  messages.push(...checkTexts(call, texts, 'LONGTEXTS', itemKeyOf, ''));
  if (messages.length > 0 || type.definition === undefined) return { RETURN: messages };

  // Without a sold-to partner, the customer owning the equipment becomes the sold-to party.
  const soldTo = partners.find((partner) => partner['PARTN_ROLE'] === 'AG');
  const customer = soldTo?.['PARTNER'] ?? technicalObject.object.owner;
  const partnerInput =
    soldTo === undefined && customer !== ''
      ? [...partners, { PARTN_ROLE: 'AG', PARTNER: customer }]
      : partners;

  const number = call.session.nextTemporaryNumber();
  const headerRow = newHeaderRow(call, {
    number,
    typeDefinition: type.definition,
    header,
    object: technicalObject.object,
    customer: customer.slice(0, 10),
  });
  const textRows = buildTexts(call, number, texts, itemKeyOf);
  call.session.drafts.set(number, {
    header: headerRow,
    items: buildItems(call, number, items, itemKeys),
    partners: buildPartners(call, number, partnerInput),
    texts: textRows,
  });

  const statusLine = statusText(
    call.database,
    notificationStatus.outstanding,
    call.session.language,
  );
  const headerText = textRows.find((row) => row['TDOBJECT'] === 'QMEL');
  const textLanguage = headerText?.['TDSPRAS'] ?? '';
  return {
    NOTIFHEADER_EXPORT: headerExportOf(call.database, headerRow, { statusLine, textLanguage }),
    RETURN: [],
  };
}

function refuseUnsupportedInput(call: FunctionCall): Row[] {
  const messages = refuseUnsupportedTables(call, unsupportedTables);
  for (const parameter of ['EXTERNAL_NUMBER', 'ORDERID', 'NOTIFCATION_COPY']) {
    if (call.input.scalar(parameter) === '') continue;
    messages.push(
      call.message('E', 'NOT_SUPPORTED_BY_MOCK', [parameter, call.functionModule], { parameter }),
    );
  }
  return messages;
}

function checkAllLengths(call: FunctionCall): Row[] {
  const header = call.input.structure('NOTIFHEADER');
  return [
    ...checkLengths(call, 'NOTIFHEADER', BAPI2080_NOTHDRI, [header], {
      storageLimits: headerStorageLimits,
      isTable: false,
    }),
    ...checkLengths(call, 'NOTITEM', BAPI2080_NOTITEMI, call.input.table('NOTITEM')),
    ...checkLengths(call, 'NOTIFPARTNR', BAPI2080_NOTPARTNRI, call.input.table('NOTIFPARTNR')),
    ...checkLengths(call, 'LONGTEXTS', BAPI2080_NOTFULLTXTI, call.input.table('LONGTEXTS')),
  ];
}
