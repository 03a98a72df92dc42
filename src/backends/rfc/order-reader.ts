import { sumDecimals } from '../../domain/order-decimal.ts';
import type { Order, OrderStatus, OrderSummary } from '../../domain/order.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import { fromAlpha, toAlpha } from '../mapping/sap-formats.ts';
import { isRefusal, readReturn } from './bapi-return.ts';
import {
  readComponents,
  readConfirmations,
  readOperations,
  readPartsUsed,
  statusFromCodes,
} from './order-records.ts';
import { structure, tableRows, textField } from './order-settings.ts';
import type { OrderSettings } from './order-settings.ts';
import type { RfcConnection } from './rfc-gateway.ts';
import { readTable } from './rfc-read-table.ts';
import type { TableCondition } from './rfc-read-table.ts';

/** Reads orders as the API shows them: GET_DETAIL, then JEST, AFRU and MSEG by RFC_READ_TABLE. */
export class OrderReader {
  readonly #mapping: ObjectMapping;
  readonly #settings: OrderSettings;

  constructor(mapping: ObjectMapping, settings: OrderSettings) {
    this.#mapping = mapping;
    this.#settings = settings;
  }

  /** Reads one order, or null when SAP does not know it or it is not a service order. */
  async read(connection: RfcConnection, id: string): Promise<Order | null> {
    const number = toAlpha(id, 12);
    const detail = await connection.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: number });
    const header = structure(detail.ES_HEADER);
    if (isRefusal(readReturn(detail.RETURN)) || textField(header, 'ORDERID') === '') return null;

    const summary = this.summarize(header, undefined);
    if (summary === null) return null;

    const statuses = await this.readStatuses(connection, [number]);
    const confirmations = readConfirmations(
      await readTable(connection, {
        table: 'AFRU',
        fields: ['RUECK', 'RMZHL', 'VORNR', 'ISMNW', 'AUERU', 'LTXA1', 'BUDAT', 'STOKZ'],
        where: [{ field: 'AUFNR', op: '=', value: number }],
      }),
    );
    const movements = await readTable(connection, {
      table: 'MSEG',
      fields: ['MATNR', 'WERKS', 'LGORT', 'MENGE', 'BWART'],
      where: [{ field: 'AUFNR', op: '=', value: number }],
    });

    const partner = tableRows(detail.ET_PARTNER).find(
      (row) => textField(row, 'PARTN_ROLE') === this.#settings.customerPartnerFunction,
    );
    const customer = partner === undefined ? '' : textField(partner, 'PARTNER');
    return {
      ...summary,
      status: statuses.get(number) ?? 'created',
      customerId: customer === '' ? null : fromAlpha(customer),
      operations: readOperations(tableRows(detail.ET_OPERATIONS), confirmations),
      components: readComponents(tableRows(detail.ET_COMPONENTS)),
      confirmations,
      actualHours: sumDecimals(confirmations.map((confirmation) => confirmation.hours)),
      partsUsed: readPartsUsed(movements, this.#settings),
    };
  }

  /**
   * Maps a header (ES_HEADER or a list row ET_RESULT; both use the same field names) to the
   * summary; null for order types the mapping does not name (PM orders are not service orders).
   */
  summarize(header: Record<string, unknown>, status: OrderStatus | undefined): OrderSummary | null {
    const fields = this.#mapping.fromSap(header);
    if (fields.type === null) return null;

    return {
      id: fields.id as string,
      type: fields.type as OrderSummary['type'],
      status: status ?? 'created',
      description: (fields.description as string | null) ?? '',
      priority: fields.priority as OrderSummary['priority'],
      customerId: fields.customerId as string | null,
      equipmentId: fields.equipmentId as string | null,
      notificationId: fields.notificationId as string | null,
      plant: fields.plant as string | null,
      createdOn: fields.createdOn as string | null,
      changedOn: fields.changedOn as string | null,
    };
  }

  /** The API status of each order, from its active system statuses in JEST (one read). */
  async readStatuses(
    connection: RfcConnection,
    numbers: string[],
  ): Promise<Map<string, OrderStatus>> {
    const statuses = new Map<string, OrderStatus>();
    if (numbers.length === 0) return statuses;

    const where: TableCondition[] = [
      { field: 'STAT', op: 'IN', values: Object.keys(this.#settings.statuses) },
      { field: 'INACT', op: '=', value: '' },
    ];
    // A small set is asked for by object number; a large page is filtered here instead.
    if (numbers.length <= 50) {
      where.push({ field: 'OBJNR', op: 'IN', values: numbers.map((number) => `OR${number}`) });
    } else {
      where.push({ field: 'OBJNR', op: 'LIKE', value: 'OR%' });
    }
    const rows = await readTable(connection, { table: 'JEST', fields: ['OBJNR', 'STAT'], where });

    const active = new Map<string, Set<string>>();
    for (const row of rows) {
      const codes = active.get(row.OBJNR ?? '') ?? new Set<string>();
      codes.add(row.STAT ?? '');
      active.set(row.OBJNR ?? '', codes);
    }
    for (const number of numbers) {
      const status = statusFromCodes(active.get(`OR${number}`) ?? new Set(), this.#settings);
      if (status !== undefined) statuses.set(number, status);
    }
    return statuses;
  }
}
