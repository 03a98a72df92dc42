import { contractTypes } from '../../domain/contract.ts';
import type { ContractFilter, ContractType } from '../../domain/contract.ts';
import type { ContractSummary } from '../../domain/warranty.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import { fromAlpha, fromDats, toAlpha } from '../mapping/sap-formats.ts';
import type { ContractSettings } from './contract-settings.ts';
import type { RfcConnection } from './rfc-gateway.ts';
import { readTable, type TableCondition } from './rfc-read-table.ts';

// An IN list per RFC_READ_TABLE call stays short: SAP limits the length of a WHERE clause.
const inListSize = 50;

// The customer reference VBAK-BSTNK is CHAR20: a longer reference cannot name a contract.
const customerReferenceLength = 20;

/** Finds service contracts and their object lists through RFC_READ_TABLE. */
export class ContractSelection {
  readonly #settings: ContractSettings;
  readonly #mapping: ObjectMapping;

  constructor(settings: ContractSettings, mapping: ObjectMapping) {
    this.#settings = settings;
    this.#mapping = mapping;
  }

  /** Type and period of the contracts matching the filter, newest (highest number) first. */
  async summaries(connection: RfcConnection, filter: ContractFilter): Promise<ContractSummary[]> {
    const { externalRef } = filter;
    if (externalRef !== undefined && externalRef.length > customerReferenceLength) return [];

    const { documentCategory, headerTable } = this.#settings;
    const where: TableCondition[] = [
      { field: 'VBTYP', op: '=', value: documentCategory },
      { field: 'AUART', op: 'IN', values: this.#contractTypeCodes() },
    ];
    if (filter.customerId !== undefined) {
      where.push({ field: 'KUNNR', op: '=', value: toAlpha(filter.customerId, 10) });
    }
    if (externalRef !== undefined) {
      // Written as the BAPI's PURCH_NO_C (see the mapping file), stored as VBAK-BSTNK.
      where.push({ field: 'BSTNK', op: '=', value: externalRef });
    }

    const fields = ['VBELN', 'AUART', 'GUEBG', 'GUEEN'];
    let rows: Record<string, string>[];
    if (filter.equipmentId === undefined) {
      rows = await readTable(connection, { table: headerTable, fields, where });
    } else {
      const numbers = await this.coveringEquipment(connection, filter.equipmentId);
      rows = [];
      for (const chunk of chunks(numbers)) {
        const inChunk: TableCondition = { field: 'VBELN', op: 'IN', values: chunk };
        rows.push(
          ...(await readTable(connection, {
            table: headerTable,
            fields,
            where: [...where, inChunk],
          })),
        );
      }
    }

    return rows
      .sort((a, b) => ((b.VBELN ?? '') > (a.VBELN ?? '') ? 1 : -1))
      .flatMap((row) => {
        const type = this.#mapping.decode('contractType', row.AUART ?? '');
        const validFrom = fromDats(row.GUEBG);
        const validTo = fromDats(row.GUEEN);
        if (type === undefined || validFrom === null || validTo === null) return [];
        return [{ id: fromAlpha(row.VBELN ?? ''), type: type as ContractType, validFrom, validTo }];
      });
  }

  /** The sales document numbers (internal format) whose object lists hold the equipment. */
  async coveringEquipment(connection: RfcConnection, equipmentId: string): Promise<string[]> {
    const { objectListCategory, objectListEntryTable, objectListHeaderTable } = this.#settings;
    const entries = await readTable(connection, {
      table: objectListEntryTable,
      fields: ['OBKNR'],
      where: [
        { field: 'EQUNR', op: '=', value: toAlpha(equipmentId, 18) },
        { field: 'TASER', op: '=', value: objectListCategory },
      ],
    });
    const lists = unique(entries.map((row) => row.OBKNR ?? ''));

    const numbers: string[] = [];
    for (const chunk of chunks(lists)) {
      const headers = await readTable(connection, {
        table: objectListHeaderTable,
        fields: ['SDAUFNR'],
        where: [{ field: 'OBKNR', op: 'IN', values: chunk }],
      });
      numbers.push(...headers.map((row) => row.SDAUFNR ?? ''));
    }
    return unique(numbers.filter((number) => number !== ''));
  }

  /** The covered equipment of each contract (internal numbers in, API ids out). */
  async equipmentOf(
    connection: RfcConnection,
    numbers: readonly string[],
  ): Promise<Map<string, string[]>> {
    const { objectListEntryTable, objectListHeaderTable } = this.#settings;
    const listsOf = new Map<string, string>();
    for (const chunk of chunks(numbers)) {
      const headers = await readTable(connection, {
        table: objectListHeaderTable,
        fields: ['OBKNR', 'SDAUFNR'],
        where: [{ field: 'SDAUFNR', op: 'IN', values: chunk }],
      });
      for (const row of headers) listsOf.set(row.OBKNR ?? '', row.SDAUFNR ?? '');
    }

    const equipment = new Map<string, string[]>(numbers.map((number) => [number, []]));
    for (const chunk of chunks([...listsOf.keys()])) {
      const entries = await readTable(connection, {
        table: objectListEntryTable,
        fields: ['OBKNR', 'OBZAE', 'EQUNR'],
        where: [{ field: 'OBKNR', op: 'IN', values: chunk }],
      });
      for (const row of entries) {
        const ids = equipment.get(listsOf.get(row.OBKNR ?? '') ?? '');
        if (ids && row.EQUNR) ids.push(fromAlpha(row.EQUNR));
      }
    }
    return equipment;
  }

  #contractTypeCodes(): string[] {
    return contractTypes.flatMap((type) => {
      const code = this.#mapping.encode('contractType', type);
      return code === undefined ? [] : [code];
    });
  }
}

function chunks(values: readonly string[]): string[][] {
  const result: string[][] = [];
  for (let start = 0; start < values.length; start += inListSize) {
    result.push(values.slice(start, start + inListSize));
  }
  return result;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
