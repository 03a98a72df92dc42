import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the committed seed files live. */
export const SEED_DIR = fileURLToPath(new URL('../../mocks/seed/default/', import.meta.url));

/** A seed row as read from disk: field name to value. */
export type Row = Record<string, unknown>;

/** Reads one seed file as a list of rows. */
export function loadTable(table: string, dir: string = SEED_DIR): Row[] {
  const parsed: unknown = JSON.parse(readFileSync(join(dir, `${table}.json`), 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${table}.json is not an array`);
  return parsed as Row[];
}

/** Reads a field as a string, failing loudly when the row lacks it. */
export function field(row: Row, name: string): string {
  const value = row[name];
  if (typeof value !== 'string') throw new Error(`field ${name} is missing or not a string`);
  return value;
}

/** Indexes rows by the value of one field. */
export function indexBy(rows: readonly Row[], name: string): Map<string, Row> {
  return new Map(rows.map((row) => [field(row, name), row]));
}

/** Groups rows by the value of one field. */
export function groupBy(rows: readonly Row[], name: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = field(row, name);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}
