import { z } from 'zod';
import type { SerializedEquipment, Warranty, WarrantyType } from '../../domain/warranty.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import { fromAlpha, toAlpha } from '../mapping/sap-formats.ts';
import type { WarrantyPort } from '../port.ts';
import type { RfcGateway } from './rfc-gateway.ts';
import { readTable, type TableCondition } from './rfc-read-table.ts';

const column = z.string().min(1);

const settingsSchema = z.object({
  equipmentTable: column,
  equipmentColumn: column,
  materialColumn: column,
  serialNumberColumn: column,
  customerColumn: column,
  assignmentTable: column,
  objectColumn: column,
  equipmentObjectPrefix: z.string().length(2),
  deletionFlagColumn: column,
});

/**
 * Warranties of equipment and the equipment behind serial numbers, read through RFC_READ_TABLE
 * (SAP has no BAPI that returns an equipment's master warranties).
 */
export class WarrantyReader implements WarrantyPort {
  readonly #gateway: RfcGateway;
  readonly #mapping: ObjectMapping;
  readonly #settings: z.infer<typeof settingsSchema>;

  constructor(gateway: RfcGateway, mapping: ObjectMapping) {
    this.#gateway = gateway;
    this.#mapping = mapping;
    this.#settings = mapping.readSettings(settingsSchema);
  }

  async findEquipmentBySerial(
    serialNumber: string,
    materialId?: string,
  ): Promise<SerializedEquipment[]> {
    const s = this.#settings;
    // The serial number stays one literal, quotes and percent signs included: `=`, never LIKE.
    const where: TableCondition[] = [
      { field: s.serialNumberColumn, op: '=', value: serialNumber.toUpperCase() },
    ];
    if (materialId !== undefined) {
      where.push({ field: s.materialColumn, op: '=', value: toAlpha(materialId, 18) });
    }

    const found = await this.#gateway.withConnection((connection) =>
      readTable(connection, {
        table: s.equipmentTable,
        fields: [s.equipmentColumn, s.materialColumn, s.serialNumberColumn, s.customerColumn],
        where,
      }),
    );
    return found
      .map((row) => ({
        equipmentId: fromAlpha(row[s.equipmentColumn] ?? ''),
        materialId: fromAlpha(row[s.materialColumn] ?? ''),
        serialNumber: row[s.serialNumberColumn] ?? '',
        customerId: row[s.customerColumn] ? fromAlpha(row[s.customerColumn] ?? '') : null,
      }))
      .sort((a, b) => a.equipmentId.localeCompare(b.equipmentId, 'en', { numeric: true }));
  }

  async listWarranties(equipmentId: string): Promise<Warranty[]> {
    const s = this.#settings;
    const found = await this.#gateway.withConnection((connection) =>
      readTable(connection, {
        table: s.assignmentTable,
        fields: [
          this.#mapping.sapField('type'),
          this.#mapping.sapField('masterWarrantyId'),
          this.#mapping.sapField('startsOn'),
          this.#mapping.sapField('endsOn'),
        ],
        where: [
          {
            field: s.objectColumn,
            op: '=',
            value: s.equipmentObjectPrefix + toAlpha(equipmentId, 18),
          },
          { field: s.deletionFlagColumn, op: '=', value: '' },
        ],
      }),
    );

    return found.flatMap((row) => {
      const warranty = this.#mapping.fromSap(row);
      // Warranty types the mapping does not name, and assignments without dates, are skipped.
      if (warranty.type === null || warranty.startsOn === null || warranty.endsOn === null) {
        return [];
      }
      return [
        {
          type: warranty.type as WarrantyType,
          masterWarrantyId: warranty.masterWarrantyId as string,
          startsOn: warranty.startsOn as string,
          endsOn: warranty.endsOn as string,
        },
      ];
    });
  }
}
