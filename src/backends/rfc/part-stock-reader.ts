import { formatDecimal, parseDecimal, sumDecimals } from '../../domain/order-decimal.ts';
import type { Part, PartPlant } from '../../domain/part.ts';
import { partPlantOf } from '../../domain/replenishment.ts';
import { fromAlpha } from '../mapping/sap-formats.ts';
import type { PartSettings } from './part-settings.ts';
import type { RfcConnection } from './rfc-gateway.ts';
import { readTable, readTableIn } from './rfc-read-table.ts';
import type { TableCondition } from './rfc-read-table.ts';

/** Which parts and plants to read (material numbers in SAP's internal format). */
export interface StockSelection {
  materials: readonly string[];
  plant?: string | undefined;
}

/** The master data of a material the stock reader shows with its plants. */
export interface MaterialHeader {
  material: string;
  unit: string;
  description: string | null;
}

/**
 * Reads the stock figures of parts through RFC_READ_TABLE — plant MRP data (MARC), stock per
 * storage location (MARD), open reservations (RESB) and live requisitions (EBAN) — in a few
 * calls for many parts at once, so that lists and the replenishment scan cost the same number
 * of round trips whether they show one part or a thousand.
 */
export class PartStockReader {
  readonly #settings: PartSettings;
  readonly #language: string;

  constructor(settings: PartSettings, languageKey: string) {
    this.#settings = settings;
    this.#language = languageKey;
  }

  /** The spare parts (by the configured material types) among the given materials, or all. */
  async sparePartNumbers(
    connection: RfcConnection,
    filter: { materials?: readonly string[]; plant?: string; belowCandidatesOnly?: boolean },
  ): Promise<string[]> {
    let numbers: Set<string> | undefined =
      filter.materials === undefined ? undefined : new Set(filter.materials);
    if (filter.plant !== undefined || filter.belowCandidatesOnly === true) {
      const where: TableCondition[] = [];
      if (filter.plant !== undefined) where.push({ field: 'WERKS', op: '=', value: filter.plant });
      if (filter.belowCandidatesOnly === true) where.push({ field: 'MINBE', op: '>', value: '0' });
      const rows = await this.#readFor(connection, 'MARC', ['MATNR'], where, numbers);
      numbers = new Set(rows.map((row) => row['MATNR'] ?? ''));
    }

    const types: TableCondition = {
      field: 'MTART',
      op: 'IN',
      values: this.#settings.sparePartTypes,
    };
    const rows = await this.#readFor(connection, 'MARA', ['MATNR'], [types], numbers);
    return rows.map((row) => row['MATNR'] ?? '').sort(compareMaterials);
  }

  /** Material numbers whose number or upper-case description contains the search text. */
  async search(connection: RfcConnection, text: string): Promise<string[]> {
    const pattern = `%${text.toUpperCase().replaceAll('%', '').replaceAll('_', '')}%`;
    const byDescription = await readTable(connection, {
      table: 'MAKT',
      fields: ['MATNR'],
      where: [
        { field: 'SPRAS', op: '=', value: this.#language },
        { field: 'MAKTG', op: 'LIKE', value: pattern },
      ],
    });
    const byNumber = await readTable(connection, {
      table: 'MARA',
      fields: ['MATNR'],
      where: [{ field: 'MATNR', op: 'LIKE', value: pattern }],
    });
    return [...new Set([...byDescription, ...byNumber].map((row) => row['MATNR'] ?? ''))];
  }

  /** Unit and description of materials, by internal material number. */
  async headers(
    connection: RfcConnection,
    materials: readonly string[],
  ): Promise<Map<string, MaterialHeader>> {
    const units = await this.#readFor(connection, 'MARA', ['MATNR', 'MEINS'], [], materials);
    const texts = await this.#readFor(
      connection,
      'MAKT',
      ['MATNR', 'MAKTX'],
      [{ field: 'SPRAS', op: '=', value: this.#language }],
      materials,
    );
    const description = new Map(texts.map((row) => [row['MATNR'] ?? '', row['MAKTX'] ?? '']));
    return new Map(
      units.map((row) => {
        const material = row['MATNR'] ?? '';
        const header = {
          material,
          unit: row['MEINS'] ?? '',
          description: description.get(material) || null,
        };
        return [material, header];
      }),
    );
  }

  /** The stock figures per plant of the selected materials, by internal material number. */
  async plants(
    connection: RfcConnection,
    selection: StockSelection,
  ): Promise<Map<string, PartPlant[]>> {
    const { materials, plant } = selection;
    const atPlant: TableCondition[] =
      plant === undefined ? [] : [{ field: 'WERKS', op: '=', value: plant }];
    const blank = (field: string): TableCondition => ({ field, op: '=', value: ' ' });

    const marc = await this.#readFor(
      connection,
      'MARC',
      ['MATNR', 'WERKS', 'MINBE', 'EISBE', 'BSTFE'],
      atPlant,
      materials,
    );
    const mard = await this.#readFor(
      connection,
      'MARD',
      ['MATNR', 'WERKS', 'LGORT', 'LABST'],
      atPlant,
      materials,
    );
    const resb = await this.#readFor(
      connection,
      'RESB',
      ['MATNR', 'WERKS', 'BDMNG', 'ENMNG'],
      [...atPlant, { field: 'XWAOK', op: '=', value: 'X' }, blank('KZEAR'), blank('XLOEK')],
      materials,
    );
    const eban = await this.#readFor(
      connection,
      'EBAN',
      ['MATNR', 'WERKS', 'MENGE'],
      [...atPlant, blank('LOEKZ'), blank('EBAKZ')],
      materials,
    );

    const stock = totals(mard, (row) => [row['LABST'] ?? '0']);
    const locations = new Map<string, { storageLocation: string; unrestricted: string }[]>();
    for (const row of mard) {
      const key = `${row['MATNR'] ?? ''}|${row['WERKS'] ?? ''}`;
      const location = { storageLocation: row['LGORT'] ?? '', unrestricted: row['LABST'] ?? '0' };
      locations.set(key, [...(locations.get(key) ?? []), location]);
    }
    const reserved = totals(resb, (row) => [stillNeeded(row)]);
    const onOrder = totals(eban, (row) => [row['MENGE'] ?? '0']);

    const result = new Map<string, PartPlant[]>();
    for (const row of marc) {
      const material = row['MATNR'] ?? '';
      const key = `${material}|${row['WERKS'] ?? ''}`;
      const figures = partPlantOf({
        plant: row['WERKS'] ?? '',
        unrestricted: stock.get(key) ?? '0',
        reserved: reserved.get(key) ?? '0',
        onOrder: onOrder.get(key) ?? '0',
        reorderPoint: row['MINBE'] ?? '0',
        safetyStock: row['EISBE'] ?? '0',
        reorderQuantity: row['BSTFE'] ?? '0',
        storageLocations: (locations.get(key) ?? []).sort((a, b) =>
          a.storageLocation.localeCompare(b.storageLocation),
        ),
      });
      result.set(material, [...(result.get(material) ?? []), figures]);
    }
    for (const list of result.values()) list.sort((a, b) => a.plant.localeCompare(b.plant));
    return result;
  }

  /**
   * Parts as the API shows them, in the order of the given material numbers; plant figures read
   * already (for more materials than these) are used instead of being read again.
   */
  async parts(
    connection: RfcConnection,
    selection: StockSelection,
    known?: Map<string, PartPlant[]>,
  ): Promise<Part[]> {
    if (selection.materials.length === 0) return [];
    const headers = await this.headers(connection, selection.materials);
    const plants = known ?? (await this.plants(connection, selection));
    return selection.materials.flatMap((material) => {
      const header = headers.get(material);
      if (header === undefined) return [];
      return [
        {
          materialId: fromAlpha(material),
          description: header.description,
          unit: header.unit,
          plants: plants.get(material) ?? [],
        },
      ];
    });
  }

  // Reads a table for a set of materials (all when the set is undefined), split into IN lists.
  #readFor(
    connection: RfcConnection,
    table: string,
    fields: string[],
    where: TableCondition[],
    materials: Iterable<string> | undefined,
  ): Promise<Record<string, string>[]> {
    if (materials === undefined) return readTable(connection, { table, fields, where });
    return readTableIn(connection, { table, fields, where }, 'MATNR', materials);
  }
}

// Sums decimal quantities per material and plant.
function totals(
  rows: readonly Record<string, string>[],
  quantities: (row: Record<string, string>) => string[],
): Map<string, string> {
  const grouped = new Map<string, string[]>();
  for (const row of rows) {
    const key = `${row['MATNR'] ?? ''}|${row['WERKS'] ?? ''}`;
    grouped.set(key, [...(grouped.get(key) ?? []), ...quantities(row)]);
  }
  return new Map([...grouped].map(([key, values]) => [key, sumDecimals(values)]));
}

// What a reservation item still needs: requirement less withdrawn, never below zero.
function stillNeeded(row: Record<string, string>): string {
  const open =
    (parseDecimal(row['BDMNG'] ?? '0') ?? 0n) - (parseDecimal(row['ENMNG'] ?? '0') ?? 0n);
  return formatDecimal(open > 0n ? open : 0n);
}

// Internal material numbers compare as text: zero-padded numeric ones sort by value.
function compareMaterials(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
