import { systemDate, systemTime } from '../notification/notification-header.ts';
import { readNotification } from '../notification/notification-reader.ts';
import { notificationLockArgument } from '../session/enqueue-server.ts';
import {
  activeStatuses,
  notificationStatus,
  statusLine,
} from '../notification/notification-status.ts';
import { orderKeyOf } from './maintain-context.ts';
import {
  checkEquipment,
  checkOrderPriority,
  checkOrderType,
  checkWorkCenter,
} from './order-checks.ts';
import { otherLockHolder } from './order-locks.ts';
import { externalOrderNumber } from './order-record.ts';
import { allowGoodsMovements, deleteOpenComponents } from './order-reservations.ts';
import {
  activeOrderStatuses,
  mainOrderStatus,
  orderObjectNumber,
  orderStatus,
  orderStatusLine,
  orderTransitions,
  setMainStatus,
} from './order-status.ts';
import type { Row } from '../ddic/structure.ts';
import type { MaintainContext, MethodStep, OrderWork } from './maintain-context.ts';
import type { OrderTransition } from './order-status.ts';

// The HEADER methods of BAPI_ALM_ORDER_MAINTAIN: CREATE, CREATETONOTIF, CHANGE, RELEASE and
// TECHNICALCOMPLETE. They work on the call's copy of the order; SAVE buffers it.

/** What a new order takes over from the notification it is created for. */
interface NotificationDefaults {
  number: string;
  equipment: string;
  customer: string;
  plant: string;
  shortText: string;
  priority: string;
}

/** HEADER CREATE / CREATETONOTIF: a new order under the temporary number of OBJECTKEY. */
export function createHeader(
  context: MaintainContext,
  step: MethodStep,
  toNotification: boolean,
): void {
  const key = orderKeyOf(step.objectKey);
  if (!key.startsWith('%') || context.orders.has(key)) {
    context.refuse(step, 'NOT_SUPPORTED_BY_MOCK', [`order number ${key}`, step.method]);
    return;
  }
  const row = context.dataRow(step, 'IT_HEADER');
  if (row === undefined) return;
  const notification = toNotification ? notificationDefaults(context, step) : undefined;
  if (toNotification && notification === undefined) return;

  const call = context.call;
  const orderType = checkOrderType(context, step, row['ORDER_TYPE'] ?? '');
  const equipment = row['EQUIPMENT'] || (notification?.equipment ?? '');
  checkEquipment(context, step, equipment);
  const equipmentRow = call.database.get('EQUI', { EQUNR: equipment });
  const segment = call.database.select('EQUZ', (zrow) => zrow['EQUNR'] === equipment).at(-1);
  const planningPlant =
    row['PLANPLANT'] || notification?.plant || segment?.['IWERK'] || (row['PLANT'] ?? '');
  if (planningPlant === '') context.refuse(step, 'REQUIRED_FIELD_MISSING', ['PLANPLANT']);
  const workCenterPlant = row['PLANT'] || planningPlant;
  const workCenter = checkWorkCenter(
    context,
    step,
    row['MN_WK_CTR'] ?? '',
    workCenterPlant,
    'MN_WK_CTR',
  );
  const priorityType = orderType?.['ARTPR'] ?? '';
  const priority = row['PRIORITY'] || (notification?.priority ?? '');
  if (orderType !== undefined) checkOrderPriority(context, step, priorityType, priority);
  if (context.failed || orderType === undefined) return;

  const now = call.system.now();
  const today = systemDate(now);
  const start = isInitial(row['START_DATE']) ? today : (row['START_DATE'] ?? today);
  const finish = isInitial(row['FINISH_DATE']) ? start : (row['FINISH_DATE'] ?? start);
  const customer = notification?.customer || (equipmentRow?.['KUND1'] ?? '');
  const work: OrderWork = {
    key,
    isNew: true,
    notification: notification?.number ?? '',
    record: {
      header: {
        AUFNR: key,
        AUART: orderType['AUART'] ?? '',
        AUTYP: orderType['AUTYP'] ?? '30',
        KTEXT: row['SHORT_TEXT'] || (notification?.shortText ?? ''),
        WERKS: planningPlant,
        VAPLZ: row['MN_WK_CTR'] ?? '',
        WAWRK: workCenter.found === undefined ? '' : workCenterPlant,
        ERNAM: call.session.user,
        ERDAT: today,
        OBJNR: orderObjectNumber(key),
      },
      schedule: { AUFNR: key, GSTRP: start, GLTRP: finish },
      maintenance: {
        AUFNR: key,
        ARTPR: priorityType,
        PRIOK: priority,
        EQUNR: equipment,
        IWERK: planningPlant,
        GEWRK: workCenter.found?.['OBJID'] ?? '',
        QMNUM: notification?.number ?? '',
      },
      operations: [],
      components: [],
      partners:
        customer === ''
          ? []
          : [{ OBJNR: orderObjectNumber(key), PARVW: 'AG', COUNTER: '000001', PARNR: customer }],
      statuses: new Map([[orderStatus.created, true]]),
    },
  };
  context.orders.set(key, work);
}

// The notification of CREATETONOTIF (OBJECTKEY positions 13–24): it must exist, be unlocked,
// not completed and without an order.
function notificationDefaults(
  context: MaintainContext,
  step: MethodStep,
): NotificationDefaults | undefined {
  const call = context.call;
  const number = step.objectKey.slice(12, 24).trim();
  const shown = externalOrderNumber(number);
  const record = number === '' ? undefined : readNotification(call.database, number);
  if (record === undefined) {
    context.refuse(step, 'NOTIFICATION_NOT_FOUND', [shown], 'OBJECTKEY');
    return undefined;
  }
  const holder = otherLockHolder(call, notificationLockArgument(number));
  if (holder !== undefined) {
    context.refuse(step, 'LOCKED_BY_USER', [shown, holder], 'OBJECTKEY');
    return undefined;
  }

  const objectNumber = record.header['OBJNR'] ?? '';
  const statuses = activeStatuses(call.database, objectNumber);
  if (statuses.includes(notificationStatus.completed)) {
    context.refuse(step, 'NOTIFICATION_COMPLETED', [shown], 'OBJECTKEY');
    return undefined;
  }
  const linkedInCall = [...context.orders.values()].some((work) => work.notification === number);
  if ((record.header['AUFNR'] ?? '') !== '' || linkedInCall) {
    const line = statusLine(call.database, statuses, call.session.language);
    context.refuse(step, 'STATUS_CHANGE_NOT_ALLOWED', ['Create order', line, shown], 'OBJECTKEY');
    return undefined;
  }

  const soldTo = record.partners.find((partner) => partner['PARVW'] === 'AG')?.['PARNR'];
  return {
    number,
    equipment: record.header['EQUNR'] ?? '',
    customer: soldTo ?? record.header['KUNUM'] ?? '',
    plant: record.header['IWERK'] ?? '',
    shortText: record.header['QMTXT'] ?? '',
    priority: record.header['PRIOK'] ?? '',
  };
}

/** HEADER CHANGE: the fields flagged in IT_HEADER_UP. */
export function changeHeader(context: MaintainContext, step: MethodStep): void {
  const work = context.changeableOrder(step, orderKeyOf(step.objectKey));
  const row = context.dataRow(step, 'IT_HEADER');
  if (work === undefined || row === undefined) return;
  const flags = context.call.input.table('IT_HEADER_UP')[step.referenceNumber - 1] ?? {};
  const flagged = (field: string): boolean => flags[field] === 'X';
  const { header, schedule, maintenance } = work.record;

  const supported = ['SHORT_TEXT', 'PRIORITY', 'START_DATE', 'FINISH_DATE', 'EQUIPMENT'];
  supported.push('MN_WK_CTR', 'PLANT');
  for (const [field, value] of Object.entries(flags)) {
    if (value !== 'X' || supported.includes(field)) continue;
    context.refuse(step, 'NOT_SUPPORTED_BY_MOCK', [`IT_HEADER_UP-${field}`, step.method], field);
  }
  if (flagged('PRIORITY')) {
    checkOrderPriority(context, step, maintenance['ARTPR'] ?? '', row['PRIORITY'] ?? '');
  }
  if (flagged('EQUIPMENT')) checkEquipment(context, step, row['EQUIPMENT'] ?? '');
  const changesWorkCenter = flagged('MN_WK_CTR') || flagged('PLANT');
  const workCenterName = flagged('MN_WK_CTR') ? (row['MN_WK_CTR'] ?? '') : (header['VAPLZ'] ?? '');
  const workCenterPlant = flagged('PLANT') ? (row['PLANT'] ?? '') : (header['WAWRK'] ?? '');
  const plant = workCenterPlant || (header['WERKS'] ?? '');
  const workCenter = changesWorkCenter
    ? checkWorkCenter(context, step, workCenterName, plant, 'MN_WK_CTR')
    : { found: undefined, ok: true };
  if (context.failed) return;

  if (flagged('SHORT_TEXT')) header['KTEXT'] = row['SHORT_TEXT'] ?? '';
  if (flagged('PRIORITY')) maintenance['PRIOK'] = row['PRIORITY'] ?? '';
  if (flagged('EQUIPMENT')) maintenance['EQUNR'] = row['EQUIPMENT'] ?? '';
  if (flagged('START_DATE')) schedule['GSTRP'] = row['START_DATE'] ?? '';
  if (flagged('FINISH_DATE')) schedule['GLTRP'] = row['FINISH_DATE'] ?? '';
  if (changesWorkCenter) {
    header['VAPLZ'] = workCenterName;
    header['WAWRK'] = workCenterName === '' ? '' : plant;
    maintenance['GEWRK'] = workCenter.found?.['OBJID'] ?? '';
  }
  stampChange(context, work);
}

/** HEADER RELEASE / TECHNICALCOMPLETE: the main status moves if the rules allow it. */
export function changeOrderStatus(
  context: MaintainContext,
  step: MethodStep,
  transition: OrderTransition,
): void {
  const key = orderKeyOf(step.objectKey);
  const work = context.order(step, key);
  if (work === undefined) return;
  if (!applyTransition(context, work, transition, step)) return;

  const now = context.call.system.now();
  if (transition === 'RELEASE') {
    work.record.header['IDAT1'] = systemDate(now);
    allowGoodsMovements(work.record);
  }
  if (transition === 'TECHNICALCOMPLETE') {
    const row: Row = context.call.input.table('IT_HEADER')[step.referenceNumber - 1] ?? {};
    const date = isInitial(row['TECO_REF_DATE']) ? systemDate(now) : (row['TECO_REF_DATE'] ?? '');
    const time = isInitial(row['TECO_REF_DATE']) ? systemTime(now) : (row['TECO_REF_TIME'] ?? '');
    work.record.header['IDAT2'] = date;
    work.record.maintenance['ADDAT'] = date;
    work.record.maintenance['ADUHR'] = time;
    deleteOpenComponents(work.record);
  }
  stampChange(context, work);
}

/**
 * Moves the main status of an order for a business transaction; refuses with BS 007 (pointing
 * at the step, or at IV_ORDERID without one) when the current status does not allow it.
 */
export function applyTransition(
  context: MaintainContext,
  work: OrderWork,
  transition: OrderTransition,
  step: MethodStep,
): boolean {
  const rule = orderTransitions[transition];
  const statuses = work.record.statuses;
  if (mainOrderStatus(statuses) !== rule.from) {
    const call = context.call;
    const line = orderStatusLine(
      call.database,
      activeOrderStatuses(statuses),
      call.session.language,
    );
    const shown = externalOrderNumber(work.key);
    context.refuse(step, 'STATUS_CHANGE_NOT_ALLOWED', [rule.text, line, shown]);
    return false;
  }
  setMainStatus(statuses, rule.to);
  return true;
}

/** Sets the change stamp (AENAM, AEDAT) of an existing order. */
export function stampChange(context: MaintainContext, work: OrderWork): void {
  if (work.isNew) return;
  work.record.header['AENAM'] = context.call.session.user;
  work.record.header['AEDAT'] = systemDate(context.call.system.now());
}

/** Whether a DATS value is initial (blank or zeros). */
export function isInitial(value: string | undefined): boolean {
  return value === undefined || /^0*$/.test(value);
}
