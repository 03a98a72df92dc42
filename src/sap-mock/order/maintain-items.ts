import { activityKeyOf, orderKeyOf } from './maintain-context.ts';
import { stampChange } from './maintain-header.ts';
import { checkCustomer, checkMaterialInPlant, checkWorkCenter } from './order-checks.ts';
import { externalOrderNumber } from './order-record.ts';
import { newComponentFlags } from './order-reservations.ts';
import { mainOrderStatus, orderStatus } from './order-status.ts';
import { workCenterById } from './work-centers.ts';
import type { Row } from '../ddic/structure.ts';
import type { MaintainContext, MethodStep, OrderWork } from './maintain-context.ts';
import type { OperationRecord } from './order-record.ts';

// The PARTNER, OPERATION and COMPONENT methods of BAPI_ALM_ORDER_MAINTAIN. Operations of a new
// order get their routing keys (AUFPL) and confirmation numbers (RUECK) at SAVE; components get
// their reservation number (RSNUM) there too.

/** PARTNER CREATE: the sold-to party (AG) of the order; other partner functions are refused. */
export function createPartner(context: MaintainContext, step: MethodStep): void {
  const work = context.changeableOrder(step, orderKeyOf(step.objectKey));
  const row = context.dataRow(step, 'IT_PARTNER');
  if (work === undefined || row === undefined) return;
  if (row['PARTN_ROLE'] !== 'AG') {
    const role = `partner function ${row['PARTN_ROLE'] ?? ''}`;
    context.refuse(step, 'NOT_SUPPORTED_BY_MOCK', [role, step.method], 'PARTN_ROLE');
    return;
  }
  const customer = row['PARTNER'] ?? '';
  if (!checkCustomer(context, step, customer)) return;

  // The sold-to party is unique: a second AG replaces the first.
  const objectNumber = work.record.header['OBJNR'] ?? '';
  const others = work.record.partners.filter((partner) => partner['PARVW'] !== 'AG');
  const soldTo = { OBJNR: objectNumber, PARVW: 'AG', COUNTER: '000001', PARNR: customer };
  work.record.partners = [...others, soldTo];
  stampChange(context, work);
}

/** OPERATION CREATE: a new operation; ACTIVITY from the row, the key, or the next step of 10. */
export function createOperation(context: MaintainContext, step: MethodStep): void {
  const key = orderKeyOf(step.objectKey);
  const work = context.changeableOrder(step, key);
  const row = context.dataRow(step, 'IT_OPERATION');
  if (work === undefined || row === undefined) return;

  const activity = row['ACTIVITY'] || activityKeyOf(step.objectKey) || nextActivity(work);
  if (findOperation(work, activity) !== undefined) {
    context.refuse(step, 'OPERATION_EXISTS', [activity, externalOrderNumber(key)], 'ACTIVITY');
    return;
  }
  const header = work.record.header;
  const workCenterName = row['WORK_CNTR'] || (header['VAPLZ'] ?? '');
  const plant = row['PLANT'] || header['WAWRK'] || (header['WERKS'] ?? '');
  const workCenter = checkWorkCenter(context, step, workCenterName, plant, 'WORK_CNTR');
  if (!workCenter.ok) return;

  const routing = work.record.schedule['AUFPL'] ?? '';
  const counter = String(work.record.operations.length + 1).padStart(8, '0');
  work.record.operations.push({
    operation: {
      AUFPL: routing,
      APLZL: counter,
      VORNR: activity.padStart(4, '0'),
      STEUS: row['CONTROL_KEY'] || 'SM01',
      ARBID: workCenter.found?.['OBJID'] ?? '',
      WERKS: plant,
      LTXA1: row['DESCRIPTION'] ?? '',
      LARNT: row['ACTTYPE'] ?? '',
      RUECK: '',
    },
    values: {
      AUFPL: routing,
      APLZL: counter,
      ARBEI: row['WORK_ACTIVITY'] ?? '0',
      ARBEH: row['UN_WORK'] || 'H',
      ISMNW: '0',
      ISMNE: row['UN_WORK'] || 'H',
    },
  });
  stampChange(context, work);
}

/** OPERATION CHANGE: the fields of an operation flagged in IT_OPERATION_UP. */
export function changeOperation(context: MaintainContext, step: MethodStep): void {
  const key = orderKeyOf(step.objectKey);
  const work = context.changeableOrder(step, key);
  const row = context.dataRow(step, 'IT_OPERATION');
  if (work === undefined || row === undefined) return;
  const activity = activityKeyOf(step.objectKey) || (row['ACTIVITY'] ?? '');
  const operation = findOperation(work, activity);
  if (operation === undefined) {
    context.refuse(step, 'OPERATION_NOT_FOUND', [activity, externalOrderNumber(key)], 'ACTIVITY');
    return;
  }
  const flags = context.call.input.table('IT_OPERATION_UP')[step.referenceNumber - 1] ?? {};
  const columns: Readonly<Record<string, [keyof OperationRecord, string]>> = {
    CONTROL_KEY: ['operation', 'STEUS'],
    DESCRIPTION: ['operation', 'LTXA1'],
    ACTTYPE: ['operation', 'LARNT'],
    WORK_ACTIVITY: ['values', 'ARBEI'],
    UN_WORK: ['values', 'ARBEH'],
  };
  for (const [field, value] of Object.entries(flags)) {
    if (value !== 'X' || field in columns || field === 'WORK_CNTR' || field === 'PLANT') continue;
    context.refuse(step, 'NOT_SUPPORTED_BY_MOCK', [`IT_OPERATION_UP-${field}`, step.method], field);
  }
  const movesWorkCenter = flags['WORK_CNTR'] === 'X' || flags['PLANT'] === 'X';
  const current = workCenterById(context.call.database, operation.operation['ARBID'] ?? '');
  const name = flags['WORK_CNTR'] === 'X' ? (row['WORK_CNTR'] ?? '') : (current?.['ARBPL'] ?? '');
  const plant =
    flags['PLANT'] === 'X' ? (row['PLANT'] ?? '') : (operation.operation['WERKS'] ?? '');
  const workCenter = movesWorkCenter
    ? checkWorkCenter(context, step, name, plant, 'WORK_CNTR')
    : { found: current, ok: true };
  if (context.failed) return;

  for (const [field, [part, column]] of Object.entries(columns)) {
    if (flags[field] === 'X') operation[part][column] = row[field] ?? '';
  }
  if (movesWorkCenter) {
    operation.operation['ARBID'] = workCenter.found?.['OBJID'] ?? '';
    operation.operation['WERKS'] = plant;
  }
  stampChange(context, work);
}

/** COMPONENT CREATE: a reservation item (RESB) for a material on an operation of the order. */
export function createComponent(context: MaintainContext, step: MethodStep): void {
  const key = orderKeyOf(step.objectKey);
  const work = context.changeableOrder(step, key);
  const row = context.dataRow(step, 'IT_COMPONENT');
  if (work === undefined || row === undefined) return;

  const activity = row['ACTIVITY'] || activityKeyOf(step.objectKey);
  const operation = findOperation(work, activity);
  if (operation === undefined) {
    context.refuse(step, 'OPERATION_NOT_FOUND', [activity, externalOrderNumber(key)], 'ACTIVITY');
    return;
  }
  const plant = row['PLANT'] || (operation.operation['WERKS'] ?? '');
  const material = row['MATERIAL'] ?? '';
  if (!checkMaterialInPlant(context, step, material, plant)) return;
  const quantity = Number(row['REQUIREMENT_QUANTITY'] ?? '0');
  if (!(quantity > 0)) {
    context.refuse(step, 'REQUIRED_FIELD_MISSING', ['REQUIREMENT_QUANTITY']);
    return;
  }

  // The mock converts no units: a component is planned in the material's base unit.
  const unit = context.call.database.get('MARA', { MATNR: material })?.['MEINS'] ?? '';
  const requested = row['REQUIREMENT_QUANTITY_UNIT'] || unit;
  if (requested !== unit) {
    const shown = material.replace(/^0+(?=\d)/, '');
    context.refuse(
      step,
      'UNIT_NOT_BASE_UNIT',
      [requested, unit, shown],
      'REQUIREMENT_QUANTITY_UNIT',
    );
    return;
  }
  const items = work.record.components;
  const lastItem = Math.max(0, ...items.map((item) => Number(item['RSPOS'])));
  const component: Row = {
    RSNUM: work.record.schedule['RSNUM'] ?? '',
    RSPOS: String(lastItem + 1).padStart(4, '0'),
    RSART: '',
    MATNR: material,
    WERKS: plant,
    LGORT: row['STGE_LOC'] ?? '',
    BDTER: /^0*$/.test(row['REQ_DATE'] ?? '')
      ? (work.record.schedule['GSTRP'] ?? '')
      : (row['REQ_DATE'] ?? ''),
    BDMNG: row['REQUIREMENT_QUANTITY'] ?? '0',
    MEINS: unit,
    ENMNG: '0',
    AUFNR: work.record.header['AUFNR'] ?? '',
    AUFPL: operation.operation['AUFPL'] ?? '',
    APLZL: operation.operation['APLZL'] ?? '',
    VORNR: operation.operation['VORNR'] ?? '',
    POSTP: row['ITEM_CAT'] || 'L',
    ...newComponentFlags(mainOrderStatus(work.record.statuses) === orderStatus.released),
  };
  items.push(component);
  stampChange(context, work);
}

/** The operation of an order with an operation number (ACTIVITY, compared zero-padded). */
export function findOperation(work: OrderWork, activity: string): OperationRecord | undefined {
  if (activity === '') return undefined;
  const wanted = activity.padStart(4, '0');
  return work.record.operations.find((operation) => operation.operation['VORNR'] === wanted);
}

// The next operation number: the highest numeric one rounded down to ten, plus ten.
function nextActivity(work: OrderWork): string {
  const numbers = work.record.operations.map((operation) => Number(operation.operation['VORNR']));
  const highest = Math.max(0, ...numbers.filter((number) => Number.isFinite(number)));
  return String(Math.floor(highest / 10) * 10 + 10).padStart(4, '0');
}
