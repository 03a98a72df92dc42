import { tableDefinition } from '../ddic/tables.ts';
import { compareKeys, primaryKeyOf } from './table-store.ts';
import type { Row } from '../ddic/structure.ts';
import type { ChangeSet, TableStore } from './table-store.ts';

/** A row filter on internal-format values. */
export type RowFilter = (row: Readonly<Row>) => boolean;

/** What one session sees: the committed database with its own buffered changes on top. */
export class DatabaseView {
  readonly #store: TableStore;
  readonly #layers: () => readonly ChangeSet[];

  /** Layers are applied in order, the last one wins; pass none for the committed state. */
  constructor(store: TableStore, layers: () => readonly ChangeSet[] = () => []) {
    this.#store = store;
    this.#layers = layers;
  }

  /** Copies of the visible rows of a table that pass the filter, in primary-key order. */
  select(table: string, where?: RowFilter): Row[] {
    // Only layers that touched this table need the overlay; reads usually find none.
    const layers = this.#layers().filter((layer) => layer.touches(table));
    const rows = layers.length === 0 ? this.#store.rows(table) : this.#overlay(table, layers);
    return rows.filter((row) => where === undefined || where(row)).map((row) => ({ ...row }));
  }

  /** A copy of the visible row with the given key field values, if there is one. */
  get(table: string, key: Readonly<Row>): Row | undefined {
    const primaryKey = primaryKeyOf(tableDefinition(table), key);
    for (const layer of [...this.#layers()].reverse()) {
      const change = layer.get(table, primaryKey);
      if (change === null) return undefined;
      if (change !== undefined) return { ...change };
    }
    const row = this.#store.get(table, primaryKey);
    return row === undefined ? undefined : { ...row };
  }

  /** The first visible row that passes the filter, if any. */
  find(table: string, where: RowFilter): Row | undefined {
    return this.select(table, where)[0];
  }

  // The committed rows (whose keys the store keeps) with the layers' few changes merged in.
  #overlay(table: string, layers: readonly ChangeSet[]): Row[] {
    const changes = new Map<string, Row | null>();
    for (const layer of layers) {
      for (const key of layer.keys(table)) changes.set(key, layer.get(table, key) ?? null);
    }

    const merged: (readonly [string, Row])[] = [];
    for (const [key, row] of this.#store.entries(table)) {
      if (!changes.has(key)) {
        merged.push([key, row]);
        continue;
      }
      const change = changes.get(key);
      changes.delete(key);
      if (change) merged.push([key, change]);
    }

    const inserted = [...changes].filter((entry): entry is [string, Row] => entry[1] !== null);
    if (inserted.length === 0) return merged.map(([, row]) => row);
    return [...merged, ...inserted].sort(([a], [b]) => compareKeys(a, b)).map(([, row]) => row);
  }
}
