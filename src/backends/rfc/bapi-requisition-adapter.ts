import { normaliseDecimal } from '../../domain/order-decimal.ts';
import type {
  NewRequisition,
  PurchaseRequisition,
  RequisitionQuery,
  RequisitionStatus,
} from '../../domain/part.ts';
import { AppError, SapRefusedError } from '../../errors.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import { fromAlpha, fromDats, fromDatsTims } from '../mapping/sap-formats.ts';
import type { RequisitionPort } from '../port.ts';
import { callBapi } from './bapi-return.ts';
import { textField } from './order-settings.ts';
import { partSettingsSchema } from './part-settings.ts';
import type { PartSettings } from './part-settings.ts';
import type { RfcConnection, RfcGateway } from './rfc-gateway.ts';
import { readTable } from './rfc-read-table.ts';
import type { TableCondition } from './rfc-read-table.ts';

const requisitionFields = [
  'BANFN',
  'BNFPO',
  'MATNR',
  'WERKS',
  'MENGE',
  'MEINS',
  'LOEKZ',
  'EBAKZ',
  'STATU',
  'ERNAM',
  'BADAT',
  'LFDAT',
  'BEDNR',
  'CREATIONDATE',
  'CREATIONTIME',
];

/**
 * Purchase requisitions: created with BAPI_PR_CREATE (one item, committed), read from EBAN
 * through RFC_READ_TABLE, since SAP has no BAPI that selects requisitions by material and plant
 * with their processing status.
 */
export class BapiRequisitionAdapter implements RequisitionPort {
  readonly #gateway: RfcGateway;
  readonly #mapping: ObjectMapping;
  readonly #settings: PartSettings;
  readonly #timeZone: string;

  constructor(gateway: RfcGateway, mapping: ObjectMapping, options: { timeZone: string }) {
    this.#gateway = gateway;
    this.#mapping = mapping;
    this.#settings = mapping.readSettings(partSettingsSchema);
    this.#timeZone = options.timeZone;
  }

  async create(input: NewRequisition): Promise<PurchaseRequisition> {
    const s = this.#settings.requisition;
    const item = {
      PREQ_ITEM: '00010',
      MATERIAL: this.#mapping.toSapValue('materialId', input.materialId),
      PLANT: this.#mapping.toSapValue('plant', input.plant),
      STORE_LOC: s.storageLocation,
      QUANTITY: input.quantity,
      UNIT: input.unit,
      TRACKINGNO: s.trackingNumber,
      PREQ_NAME: s.requisitioner,
    };
    const flags = Object.fromEntries(Object.keys(item).map((field) => [field, 'X']));

    const number = await this.#gateway.inLuw(async (connection) => {
      const result = await callBapi(
        connection,
        'BAPI_PR_CREATE',
        {
          PRHEADER: { PR_TYPE: s.documentType },
          PRHEADERX: { PR_TYPE: 'X' },
          PRITEM: [item],
          PRITEMX: [{ ...flags, PREQ_ITEM: item.PREQ_ITEM, PREQ_ITEMX: 'X' }],
        },
        (messages) => new SapRefusedError(messages),
      );
      return textField(result, 'NUMBER');
    });

    const [created] = await this.#gateway.withConnection((connection) =>
      this.#read(connection, [{ field: 'BANFN', op: '=', value: number }]),
    );
    if (created === undefined) {
      throw new AppError(
        'SAP_INCONSISTENT',
        502,
        `SAP answered requisition ${number} but does not show it.`,
      );
    }
    return created;
  }

  list(query: RequisitionQuery): Promise<PurchaseRequisition[]> {
    const where: TableCondition[] = [];
    if (query.materialId !== undefined) {
      const material = this.#mapping.toSapValue('materialId', query.materialId);
      where.push({ field: 'MATNR', op: '=', value: material });
    }
    if (query.plant !== undefined) {
      where.push({
        field: 'WERKS',
        op: '=',
        value: this.#mapping.toSapValue('plant', query.plant),
      });
    }
    const statuses = new Set(query.status ?? []);
    let anyOf: TableCondition[] = [];
    if (statuses.size > 0 && !statuses.has('closed')) {
      where.push({ field: 'LOEKZ', op: '=', value: ' ' }, { field: 'EBAKZ', op: '=', value: ' ' });
    } else if (statuses.size === 1) {
      anyOf = [
        { field: 'LOEKZ', op: '<>', value: ' ' },
        { field: 'EBAKZ', op: '<>', value: ' ' },
      ];
    }

    return this.#gateway.withConnection(async (connection) => {
      const all = await this.#read(connection, where, anyOf);
      const wanted = all.filter((item) => statuses.size === 0 || statuses.has(item.status));
      return wanted.slice(query.offset, query.offset + query.limit);
    });
  }

  // Requisition items matching a selection, newest requisition first, items in order.
  async #read(
    connection: RfcConnection,
    where: TableCondition[],
    anyOf: TableCondition[] = [],
  ): Promise<PurchaseRequisition[]> {
    const rows = await readTable(connection, {
      table: 'EBAN',
      fields: requisitionFields,
      where,
      anyOf,
    });
    rows.sort(
      (a, b) =>
        (b['BANFN'] ?? '').localeCompare(a['BANFN'] ?? '') ||
        (a['BNFPO'] ?? '').localeCompare(b['BNFPO'] ?? ''),
    );
    return rows.map((row) => this.#requisition(row));
  }

  #requisition(row: Record<string, string>): PurchaseRequisition {
    const value = (field: string) => row[field] ?? '';
    const createdAt =
      fromDatsTims(value('CREATIONDATE'), value('CREATIONTIME'), this.#timeZone) ??
      fromDatsTims(value('BADAT'), '000000', this.#timeZone);
    return {
      id: fromAlpha(value('BANFN')),
      item: fromAlpha(value('BNFPO')),
      materialId: fromAlpha(value('MATNR')),
      plant: value('WERKS'),
      quantity: normaliseDecimal(value('MENGE') || '0'),
      unit: value('MEINS'),
      status: this.#status(row),
      createdAt,
      createdBy: value('ERNAM') || null,
      deliveryDate: fromDats(value('LFDAT')),
      trackingNumber: value('BEDNR') || null,
    };
  }

  #status(row: Record<string, string>): RequisitionStatus {
    if ((row['LOEKZ'] ?? '') !== '' || (row['EBAKZ'] ?? '') !== '') return 'closed';
    return this.#settings.requisition.orderedStatuses.includes(row['STATU'] ?? '')
      ? 'ordered'
      : 'open';
  }
}
