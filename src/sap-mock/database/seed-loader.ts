import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fitsField } from '../ddic/field-type.ts';
import { longTextTable, tableDefinitions } from '../ddic/tables.ts';
import type { Row, TableDefinition } from '../ddic/structure.ts';
import { MockSapUsageError } from '../mock-sap-error.ts';

/** The seed as validated rows per table, kept to reset the database. */
export type SeedData = ReadonlyMap<string, readonly Row[]>;

/** A seed file that does not fit the table DDIC; the message names file, row and field. */
export class SeedError extends Error {
  readonly code = 'SAP_MOCK_SEED_INVALID';

  constructor(message: string) {
    super(message);
    this.name = 'SeedError';
  }
}

/** Reads and validates `<TABLE>.json` for every DDIC table in the directory, and texts.json. */
export function loadSeed(seedDir: string): SeedData {
  if (!existsSync(seedDir)) throw new SeedError(`Seed directory ${seedDir} does not exist`);

  const seed = new Map<string, Row[]>();
  // Files of tables the DDIC does not define are left alone: other parts of the mock may own them.
  for (const fileName of readdirSync(seedDir).sort()) {
    const table = path.basename(fileName, '.json');
    const definition = tableDefinitions.get(table);
    if (!fileName.endsWith('.json') || definition === undefined || !definition.readable) continue;

    const filePath = path.join(seedDir, fileName);
    seed.set(table, validateRows(definition, readJsonArray(filePath), fileName));
  }

  const textsPath = path.join(seedDir, 'texts.json');
  if (existsSync(textsPath)) seed.set(longTextTable, readLongTexts(textsPath));
  return seed;
}

function readJsonArray(filePath: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    throw new SeedError(`${path.basename(filePath)}: not valid JSON (${String(error)})`);
  }
  if (!Array.isArray(parsed)) throw new SeedError(`${path.basename(filePath)}: not a JSON array`);
  return parsed;
}

function validateRows(definition: TableDefinition, rows: unknown[], fileName: string): Row[] {
  const keys = new Set<string>();
  return rows.map((candidate, index) => {
    const where = `${fileName} row ${index + 1}`;
    const row = validateRow(definition, candidate, where);

    const key = definition.keyFields.map((field) => row[field]).join('|');
    if (keys.has(key)) throw new SeedError(`${where}: duplicate key ${key}`);
    keys.add(key);
    return row;
  });
}

function validateRow(definition: TableDefinition, candidate: unknown, where: string): Row {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    throw new SeedError(`${where}: not an object`);
  }

  const row: Row = {};
  for (const [field, value] of Object.entries(candidate)) {
    const type = definition.fields.get(field);
    if (type === undefined) throw new SeedError(`${where}: unknown field ${field}`);
    if (typeof value !== 'string') throw new SeedError(`${where}: field ${field} is not a string`);
    if (!fitsField(type, value)) {
      throw new SeedError(
        `${where}: value '${value}' of field ${field} does not fit ${describe(type)}`,
      );
    }
    row[field] = value;
  }

  const missing = [...definition.fields.keys()].find((field) => !(field in row));
  if (missing !== undefined) throw new SeedError(`${where}: field ${missing} is missing`);
  return row;
}

function describe(type: { kind: string; length: number; decimals: number }): string {
  const decimals = type.decimals > 0 ? `.${type.decimals}` : '';
  return `${type.kind}${type.length}${decimals}`;
}

function readLongTexts(filePath: string): Row[] {
  const definition = tableDefinitions.get(longTextTable);
  if (definition === undefined) throw new MockSapUsageError(`${longTextTable} is not defined`);

  const rows: Row[] = [];
  readJsonArray(filePath).forEach((candidate, index) => {
    const where = `texts.json row ${index + 1}`;
    if (typeof candidate !== 'object' || candidate === null) {
      throw new SeedError(`${where}: not an object`);
    }
    const { LINES: lines, ...header } = candidate as Record<string, unknown>;
    if (!Array.isArray(lines)) throw new SeedError(`${where}: LINES is not an array`);

    lines.forEach((line: unknown, lineIndex) => {
      const lineFields = typeof line === 'object' && line !== null ? line : {};
      const merged = { ...header, ...lineFields, LINENO: String(lineIndex + 1).padStart(6, '0') };
      rows.push(validateRow(definition, merged, `${where} line ${lineIndex + 1}`));
    });
  });
  return rows;
}
