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

  #overlay(table: string, layers: readonly ChangeSet[]): Row[] {
    const definition = tableDefinition(table);
    const rows = new Map<string, Row>();
    for (const row of this.#store.rows(table)) rows.set(primaryKeyOf(definition, row), row);

    for (const layer of layers) {
      for (const key of layer.keys(table)) {
        const change = layer.get(table, key);
        if (change === null || change === undefined) rows.delete(key);
        else rows.set(key, change);
      }
    }
    return [...rows.entries()].sort(([a], [b]) => compareKeys(a, b)).map(([, row]) => row);
  }
}
