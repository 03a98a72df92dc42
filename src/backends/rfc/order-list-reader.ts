import { callBapi } from './bapi-return.ts';
import { orderStatuses, orderTypes } from '../../domain/order.ts';
import type { OrderQuery, OrderSummary } from '../../domain/order.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import { fromAlpha, toAlpha } from '../mapping/sap-formats.ts';
import type { OrderReader } from './order-reader.ts';
import { orderRefusal, tableRows, textField } from './order-settings.ts';
import type { OrderSettings } from './order-settings.ts';
import type { RfcConnection } from './rfc-gateway.ts';

/** One row of IT_RANGES (BAPI_ALM_ORDER_LISTHEAD_RANGES); values in external format. */
export interface OrderListRange {
  FIELD_NAME: string;
  SIGN: 'I';
  OPTION: 'EQ';
  LOW_VALUE: string;
  HIGH_VALUE: string;
}

/**
 * Builds the selection of BAPI_ALM_ORDERHEAD_GET_LIST for a query: the status flags (all four
 * when the query names no status, since SAP lists only open and in-process orders by default),
 * the service order types and the query's filters, with the option names of the mapping.
 */
export function buildListRanges(
  query: OrderQuery,
  mapping: ObjectMapping,
  settings: OrderSettings,
): OrderListRange[] {
  const range = (field: string, value: string): OrderListRange => ({
    FIELD_NAME: field,
    SIGN: 'I',
    OPTION: 'EQ',
    LOW_VALUE: value,
    HIGH_VALUE: '',
  });
  const { listOptions, listStatusFlags } = settings;

  const statuses = query.status === undefined ? orderStatuses : [query.status];
  const ranges = statuses.map((status) => range(listStatusFlags[status], 'X'));
  for (const type of orderTypes) {
    ranges.push(range(listOptions.orderType, mapping.toSapValue('type', type)));
  }
  if (query.customerId !== undefined) {
    ranges.push(range(listOptions.customer, external(query.customerId)));
  }
  if (query.equipmentId !== undefined) {
    ranges.push(range(listOptions.equipment, external(query.equipmentId)));
  }
  if (query.notificationId !== undefined) {
    ranges.push(range(listOptions.notification, external(query.notificationId)));
  }
  return ranges;
}

/** Lists order headers with BAPI_ALM_ORDERHEAD_GET_LIST, newest first, and their JEST status. */
export async function listOrders(
  connection: RfcConnection,
  query: OrderQuery,
  context: { mapping: ObjectMapping; settings: OrderSettings; reader: OrderReader },
): Promise<OrderSummary[]> {
  const { mapping, settings, reader } = context;
  // SAP pages in ascending order number; newest first needs every hit, then the page.
  const result = await callBapi(
    connection,
    'BAPI_ALM_ORDERHEAD_GET_LIST',
    {
      DISPLAY_PARAMETERS: { PAGELENGTH: 0, SHOW_PAGE_NUMBER: 1 },
      IT_RANGES: buildListRanges(query, mapping, settings),
    },
    (messages) => orderRefusal(messages, settings),
  );

  const page = tableRows(result.ET_RESULT)
    .filter((row) => mapping.fromSap(row).type !== null)
    .sort((a, b) => orderNumber(b).localeCompare(orderNumber(a)))
    .slice(query.offset, query.offset + query.limit);
  const statuses = await reader.readStatuses(connection, page.map(orderNumber));

  const summaries: OrderSummary[] = [];
  for (const row of page) {
    const summary = reader.summarize(row, statuses.get(orderNumber(row)));
    if (summary) summaries.push(summary);
  }
  return summaries;
}

function orderNumber(row: Record<string, unknown>): string {
  return toAlpha(textField(row, 'ORDERID'), 12);
}

// IT_RANGES takes values as a user types them: numbers without their leading zeros.
function external(value: string): string {
  return fromAlpha(value).toUpperCase();
}
