import { systemDate, systemTime } from '../notification/notification-header.ts';
import { openOrder, refusePosting } from './order-access.ts';
import { externalOrderNumber } from './order-record.ts';
import { findWorkCenter, workCenterById } from './work-centers.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';
import type { OperationRecord, OrderRecord } from './order-record.ts';

/** A checked time ticket, ready to post as an AFRU row. */
export interface CheckedTicket {
  record: OrderRecord;
  operation: OperationRecord;
  ticket: Row;
  workCenter: Row | undefined;
}

/** Checks one time ticket: order, status, operation and work center; answers it or the error. */
export function checkTicket(
  call: FunctionCall,
  ticket: Readonly<Row>,
  row: number,
  orders: Map<string, OrderRecord>,
): { checked: CheckedTicket; error: undefined } | { checked: undefined; error: Row } {
  const target = { parameter: 'TIMETICKETS', row };
  const number = ticket['ORDERID'] || orderOfConfirmation(call, ticket['CONF_NO'] ?? '');
  let record = orders.get(number);
  if (record === undefined) {
    const opened = openOrder(call, number, { ...target, field: 'ORDERID' });
    if (opened.record === undefined) return { checked: undefined, error: opened.message };
    record = opened.record;
    orders.set(number, record);
  }
  const refused = refusePosting(call, record, { ...target, field: 'ORDERID' });
  if (refused !== undefined) return { checked: undefined, error: refused };

  const activity = (ticket['OPERATION'] ?? '').padStart(4, '0');
  const confirmation = ticket['CONF_NO'] ?? '';
  const operation = record.operations.find((candidate) =>
    ticket['OPERATION'] === ''
      ? candidate.operation['RUECK'] === confirmation
      : candidate.operation['VORNR'] === activity,
  );
  if (operation === undefined) {
    const variables = [ticket['OPERATION'] ?? '', externalOrderNumber(number)];
    const error = call.message('E', 'OPERATION_NOT_FOUND', variables, {
      ...target,
      field: 'OPERATION',
    });
    return { checked: undefined, error };
  }

  const plant = ticket['PLANT'] || (operation.operation['WERKS'] ?? '');
  const workCenterName = ticket['WORK_CNTR'] ?? '';
  const workCenter =
    workCenterName === ''
      ? workCenterById(call.database, operation.operation['ARBID'] ?? '')
      : findWorkCenter(call.database, workCenterName, plant);
  if (workCenterName !== '' && workCenter === undefined) {
    const error = call.message('E', 'WORK_CENTER_NOT_FOUND', [workCenterName, plant], {
      ...target,
      field: 'WORK_CNTR',
    });
    return { checked: undefined, error };
  }
  return { checked: { record, operation, ticket: { ...ticket }, workCenter }, error: undefined };
}

// The order of an operation's confirmation number (AFVC-RUECK → AFKO-AUFPL).
function orderOfConfirmation(call: FunctionCall, confirmation: string): string {
  if (/^0*$/.test(confirmation)) return '';
  const operation = call.database.find('AFVC', (row) => row['RUECK'] === confirmation);
  const routing = operation?.['AUFPL'] ?? '';
  const schedule = call.database.find('AFKO', (row) => row['AUFPL'] === routing);
  return schedule?.['AUFNR'] ?? '';
}

/** The AFRU row of a checked ticket with the next counter of its confirmation number. */
export function confirmationRow(call: FunctionCall, checked: CheckedTicket, counter: number): Row {
  const { record, operation, ticket, workCenter } = checked;
  const now = call.system.now();
  const postingDate = /^0*$/.test(ticket['POSTG_DATE'] ?? '')
    ? systemDate(now)
    : (ticket['POSTG_DATE'] ?? '');
  return {
    RUECK: operation.operation['RUECK'] ?? '',
    RMZHL: String(counter).padStart(8, '0'),
    AUFNR: record.header['AUFNR'] ?? '',
    VORNR: operation.operation['VORNR'] ?? '',
    ARBID: workCenter?.['OBJID'] ?? '',
    ARBPL: workCenter?.['ARBPL'] ?? '',
    WERKS: ticket['PLANT'] || (operation.operation['WERKS'] ?? ''),
    ISMNW: ticket['ACT_WORK'] ?? '0',
    ISMNE: ticket['UN_WORK'] || 'H',
    AUERU: ticket['FIN_CONF'] === 'X' ? 'X' : '',
    LTXA1: ticket['CONF_TEXT'] ?? '',
    BUDAT: postingDate,
    ERSDA: systemDate(now),
    ERZET: systemTime(now),
    ERNAM: call.session.user,
    STOKZ: '',
    EXTID: toRawHex(ticket['EX_IDENT'] ?? '', 16),
  };
}

/**
 * Moves text into a RAW field of `bytes` bytes as ABAP does (C to X): upper-case hex digits are
 * read up to the first other character, the rest is zero bytes; shown as hex, blank if initial.
 */
export function toRawHex(text: string, bytes: number): string {
  const digits = /^[0-9A-F]*/.exec(text)?.[0] ?? '';
  const hex = digits.slice(0, bytes * 2).padEnd(bytes * 2, '0');
  return /^0*$/.test(hex) ? '' : hex;
}

/** The highest counter (RMZHL) of a confirmation number as the session sees AFRU. */
export function lastCounter(call: FunctionCall, confirmation: string): number {
  const rows = call.database.select('AFRU', (row) => row['RUECK'] === confirmation);
  return Math.max(0, ...rows.map((row) => Number(row['RMZHL'])));
}

/** Whether every operation of an order has a final confirmation that is not reversed. */
export function allOperationsFinal(call: FunctionCall, record: OrderRecord): boolean {
  return record.operations.every(({ operation }) =>
    call.database
      .select('AFRU', (row) => row['RUECK'] === operation['RUECK'] && row['STOKZ'] === '')
      .some((row) => row['AUERU'] === 'X'),
  );
}

/** A RETURN line as a BAPI_ALM_RETURN line, with the confirmation it created. */
export function toAlmReturn(line: Readonly<Row>, confirmation = '', counter = ''): Row {
  return {
    TYPE: line['TYPE'] ?? '',
    MESSAGE_ID: line['ID'] ?? '',
    MESSAGE_NUMBER: line['NUMBER'] ?? '',
    MESSAGE: line['MESSAGE'] ?? '',
    MESSAGE_V1: line['MESSAGE_V1'] ?? '',
    MESSAGE_V2: line['MESSAGE_V2'] ?? '',
    MESSAGE_V3: line['MESSAGE_V3'] ?? '',
    MESSAGE_V4: line['MESSAGE_V4'] ?? '',
    PARAMETER: line['PARAMETER'] ?? '',
    ROW: line['ROW'] ?? '0',
    FIELD: line['FIELD'] ?? '',
    SYSTEM: line['SYSTEM'] ?? '',
    CONF_NO: confirmation,
    CONF_CNT: counter,
  };
}
