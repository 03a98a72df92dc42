import { initialValue, toInternal } from '../ddic/field-type.ts';
import { tableDefinition } from '../ddic/tables.ts';
import type { Row, TableDefinition } from '../ddic/structure.ts';

/** The primary key of a row as one string that sorts like SAP's key order (fields blank-padded). */
export function primaryKeyOf(definition: TableDefinition, row: Readonly<Row>): string {
  return definition.keyFields
    .map((field) => {
      const length = definition.fields.get(field)?.length ?? 0;
      return (row[field] ?? '').padEnd(length, ' ');
    })
    .join('');
}

/** A complete row of a table: every field present, values in internal format. */
export function completeRow(definition: TableDefinition, row: Readonly<Row>): Row {
  const complete: Row = {};
  for (const [field, type] of definition.fields) {
    const value = row[field];
    complete[field] = value === undefined ? initialValue(type) : toInternal(type, value);
  }
  return complete;
}

/** The committed database: one map per table from primary key to row. */
export class TableStore {
  readonly #tables = new Map<string, Map<string, Row>>();
  // Rows in key order per table, kept until the table changes: reads far outnumber writes.
  readonly #sorted = new Map<string, (readonly [string, Row])[]>();

  /** The rows of a table in primary-key order (stored objects: callers must not change them). */
  rows(table: string): Row[] {
    return this.entries(table).map(([, row]) => row);
  }

  /** The rows of a table with their primary keys, in key order (not to be changed). */
  entries(table: string): readonly (readonly [string, Row])[] {
    const cached = this.#sorted.get(table);
    if (cached !== undefined) return cached;

    const rows = this.#tables.get(table);
    if (rows === undefined) return [];
    const sorted = [...rows.entries()].sort(([a], [b]) => compareKeys(a, b));
    this.#sorted.set(table, sorted);
    return sorted;
  }

  /** The row with a primary key, if it exists. */
  get(table: string, key: string): Row | undefined {
    return this.#tables.get(table)?.get(key);
  }

  /** Inserts or replaces a row (completed to all fields of the table). */
  put(table: string, row: Readonly<Row>): void {
    const definition = tableDefinition(table);
    const complete = completeRow(definition, row);
    this.#rowsOf(table).set(primaryKeyOf(definition, complete), complete);
  }

  /** Deletes the row with a primary key. */
  delete(table: string, key: string): void {
    this.#tables.get(table)?.delete(key);
    this.#sorted.delete(table);
  }

  /** Applies every change of a change set (rows to write, keys to delete). */
  apply(changes: ChangeSet): void {
    for (const { table, key, row } of changes.entries()) {
      if (row === null) this.delete(table, key);
      else this.#rowsOf(table).set(key, row);
    }
  }

  /** Drops every row of every table. */
  clear(): void {
    this.#tables.clear();
    this.#sorted.clear();
  }

  // The row map of a table for writing (which makes the sorted copy stale).
  #rowsOf(table: string): Map<string, Row> {
    this.#sorted.delete(table);
    let rows = this.#tables.get(table);
    if (rows === undefined) {
      rows = new Map();
      this.#tables.set(table, rows);
    }
    return rows;
  }
}

/** One buffered change: the new row, or null for a deletion. */
export interface BufferedChange {
  table: string;
  key: string;
  row: Row | null;
}

/** Changes not yet in the database (an LUW or a document buffer), in the order they were made. */
export class ChangeSet {
  readonly #changes = new Map<string, Map<string, Row | null>>();

  /** Buffers an insert or update of a row. */
  put(table: string, row: Readonly<Row>): void {
    const definition = tableDefinition(table);
    const complete = completeRow(definition, row);
    this.#changesOf(table).set(primaryKeyOf(definition, complete), complete);
  }

  /** Buffers the deletion of a row. */
  delete(table: string, row: Readonly<Row>): void {
    const definition = tableDefinition(table);
    this.#changesOf(table).set(primaryKeyOf(definition, row), null);
  }

  /** The buffered state of a key: a row, null (deleted) or undefined (not touched). */
  get(table: string, key: string): Row | null | undefined {
    return this.#changes.get(table)?.get(key);
  }

  /** Whether any change of this set is in a table. */
  touches(table: string): boolean {
    return (this.#changes.get(table)?.size ?? 0) > 0;
  }

  /** The keys touched in a table. */
  keys(table: string): string[] {
    return [...(this.#changes.get(table)?.keys() ?? [])];
  }

  /** Every buffered change. */
  entries(): BufferedChange[] {
    const entries: BufferedChange[] = [];
    for (const [table, changes] of this.#changes) {
      for (const [key, row] of changes) entries.push({ table, key, row });
    }
    return entries;
  }

  /** Moves every change of another set on top of this one. */
  absorb(other: ChangeSet): void {
    for (const { table, key, row } of other.entries()) this.#changesOf(table).set(key, row);
  }

  /** Whether nothing is buffered. */
  get isEmpty(): boolean {
    return [...this.#changes.values()].every((changes) => changes.size === 0);
  }

  /** Drops every buffered change. */
  clear(): void {
    this.#changes.clear();
  }

  #changesOf(table: string): Map<string, Row | null> {
    let changes = this.#changes.get(table);
    if (changes === undefined) {
      changes = new Map();
      this.#changes.set(table, changes);
    }
    return changes;
  }
}

/** Compares primary keys by code unit, like SAP's binary key order. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
