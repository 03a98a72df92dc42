import { z } from 'zod';
import type {
  Customer,
  CustomerQuery,
  Equipment,
  EquipmentQuery,
} from '../../domain/master-data.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import { fromAlpha, toAlpha } from '../mapping/sap-formats.ts';
import type { MasterDataPort } from '../port.ts';
import { isRefusal, readReturn } from './bapi-return.ts';
import type { RfcConnection, RfcGateway } from './rfc-gateway.ts';
import { readTable, type TableCondition } from './rfc-read-table.ts';

const customerSettingsSchema = z.object({
  table: z.string().min(1),
  keyColumn: z.string().min(1),
  searchColumns: z.array(z.string().min(1)).min(1),
});

const equipmentSettingsSchema = z.object({
  table: z.string().min(1),
  keyColumn: z.string().min(1),
  customerColumn: z.string().min(1),
  serialNumberColumn: z.string().min(1),
  materialColumn: z.string().min(1),
});

/** Customers and equipment over BAPI_CUSTOMER_GETDETAIL2, BAPI_EQUI_GETDETAIL, RFC_READ_TABLE. */
export class BapiMasterDataAdapter implements MasterDataPort {
  readonly #gateway: RfcGateway;
  readonly #customer: ObjectMapping;
  readonly #equipment: ObjectMapping;
  readonly #customerSettings: z.infer<typeof customerSettingsSchema>;
  readonly #equipmentSettings: z.infer<typeof equipmentSettingsSchema>;

  constructor(gateway: RfcGateway, customer: ObjectMapping, equipment: ObjectMapping) {
    this.#gateway = gateway;
    this.#customer = customer;
    this.#equipment = equipment;
    this.#customerSettings = customer.readSettings(customerSettingsSchema);
    this.#equipmentSettings = equipment.readSettings(equipmentSettingsSchema);
  }

  getCustomer(id: string): Promise<Customer | null> {
    return this.#gateway.withConnection((connection) => this.#readCustomer(connection, id));
  }

  listCustomers(query: CustomerQuery): Promise<Customer[]> {
    const { table, keyColumn, searchColumns } = this.#customerSettings;
    const anyOf: TableCondition[] = [];
    const term = query.search?.trim().toUpperCase().replaceAll(/[%_]/g, '');
    if (term) {
      for (const column of searchColumns)
        anyOf.push({ field: column, op: 'LIKE', value: `%${term}%` });
      if (/^\d+$/.test(term)) anyOf.push({ field: keyColumn, op: '=', value: toAlpha(term, 10) });
    }

    return this.#gateway.withConnection(async (connection) => {
      const found = await readTable(connection, {
        table,
        fields: [keyColumn],
        anyOf,
        rowSkips: query.offset,
        rowCount: query.limit,
      });
      return collect(found, (row) => this.#readCustomer(connection, row[keyColumn] ?? ''));
    });
  }

  getEquipment(id: string): Promise<Equipment | null> {
    return this.#gateway.withConnection(async (connection) => {
      const { table, keyColumn, customerColumn } = this.#equipmentSettings;
      const [owner] = await readTable(connection, {
        table,
        fields: [keyColumn, customerColumn],
        where: [{ field: keyColumn, op: '=', value: toAlpha(id, 18) }],
      });
      return owner ? this.#readEquipment(connection, owner) : null;
    });
  }

  listEquipment(query: EquipmentQuery): Promise<Equipment[]> {
    const { table, keyColumn, customerColumn, serialNumberColumn, materialColumn } =
      this.#equipmentSettings;
    const where: TableCondition[] = [];
    if (query.customerId !== undefined) {
      where.push({ field: customerColumn, op: '=', value: toAlpha(query.customerId, 10) });
    }
    if (query.serialNumber !== undefined) {
      where.push({ field: serialNumberColumn, op: '=', value: query.serialNumber.toUpperCase() });
    }
    if (query.materialId !== undefined) {
      where.push({ field: materialColumn, op: '=', value: toAlpha(query.materialId, 18) });
    }

    return this.#gateway.withConnection(async (connection) => {
      const found = await readTable(connection, {
        table,
        fields: [keyColumn, customerColumn],
        where,
        rowSkips: query.offset,
        rowCount: query.limit,
      });
      return collect(found, (row) => this.#readEquipment(connection, row));
    });
  }

  async #readCustomer(connection: RfcConnection, id: string): Promise<Customer | null> {
    const result = await connection.call('BAPI_CUSTOMER_GETDETAIL2', {
      CUSTOMERNO: toAlpha(id, 10),
    });
    const address = result.CUSTOMERADDRESS as Record<string, unknown> | undefined;
    if (
      isRefusal(readReturn(result.RETURN)) ||
      !address ||
      address.CUSTOMER === '' ||
      address.CUSTOMER === undefined
    ) {
      return null;
    }

    const fields = this.#customer.fromSap(address);
    return {
      id: fields.id as string,
      name: (fields.name as string | null) ?? '',
      street: fields.street as string | null,
      postalCode: fields.postalCode as string | null,
      city: fields.city as string | null,
      country: fields.country as string | null,
      phone: fields.phone as string | null,
      email: fields.email as string | null,
    };
  }

  async #readEquipment(
    connection: RfcConnection,
    owner: Record<string, string>,
  ): Promise<Equipment | null> {
    const { keyColumn, customerColumn } = this.#equipmentSettings;
    const number = owner[keyColumn] ?? '';
    const result = await connection.call('BAPI_EQUI_GETDETAIL', { EQUIPMENT: number });
    if (isRefusal(readReturn(result.RETURN))) return null;

    const fields = this.#equipment.fromSap({
      ...(result.DATA_GENERAL_EXP as Record<string, unknown> | undefined),
      ...(result.DATA_SPECIFIC_EXP as Record<string, unknown> | undefined),
    });
    const customer = owner[customerColumn] ?? '';
    return {
      id: fromAlpha(number),
      description: (fields.description as string | null) ?? '',
      materialId: fields.materialId as string | null,
      serialNumber: fields.serialNumber as string | null,
      customerId: customer === '' ? null : fromAlpha(customer),
      manufacturer: fields.manufacturer as string | null,
      model: fields.model as string | null,
      startupDate: fields.startupDate as string | null,
      plant: fields.plant as string | null,
    };
  }
}

async function collect<T>(
  rows: Record<string, string>[],
  read: (row: Record<string, string>) => Promise<T | null>,
): Promise<T[]> {
  const found: T[] = [];
  for (const row of rows) {
    const item = await read(row);
    if (item !== null) found.push(item);
  }
  return found;
}
