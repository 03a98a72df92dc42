import { AppError } from '../../errors.ts';
import type { RfcConnection } from './rfc-gateway.ts';

/** One condition of a selection: a column compared with values that stay literals. */
export type TableCondition =
  | { field: string; op: '=' | '<>' | '>' | '>=' | '<=' | 'LIKE'; value: string }
  | { field: string; op: 'IN'; values: string[] };

/** A selection from one SAP table through `RFC_READ_TABLE`. */
export interface TableQuery {
  table: string;
  fields: string[];
  /** Conditions joined with AND; within `anyOf` groups joined with OR. */
  where?: TableCondition[];
  anyOf?: TableCondition[];
  rowSkips?: number;
  rowCount?: number;
}

const optionLineLength = 72;
const fieldName = /^[A-Z][A-Z0-9_]{0,29}$/;

/** Quotes a value as an Open SQL literal: the value can never end the literal early. */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Builds the `OPTIONS` table of `RFC_READ_TABLE` — an Open SQL WHERE clause in lines of at most
 * 72 characters, broken only between tokens so that no literal is split.
 */
export function buildOptions(where: TableCondition[] = [], anyOf: TableCondition[] = []) {
  const tokens: string[] = [];
  const addGroup = (conditions: TableCondition[], joiner: 'AND' | 'OR') => {
    conditions.forEach((condition, index) => {
      if (index > 0) tokens.push(joiner);
      tokens.push(...conditionTokens(condition));
    });
  };

  addGroup(where, 'AND');
  if (anyOf.length > 0) {
    if (tokens.length > 0) tokens.push('AND');
    tokens.push('(');
    addGroup(anyOf, 'OR');
    tokens.push(')');
  }
  return packLines(tokens);
}

/** Reads rows of one table; each row maps the requested fields to their trimmed values. */
export async function readTable(
  connection: RfcConnection,
  query: TableQuery,
): Promise<Record<string, string>[]> {
  const result = await connection.call('RFC_READ_TABLE', {
    QUERY_TABLE: query.table,
    DELIMITER: '',
    ROWSKIPS: query.rowSkips ?? 0,
    ROWCOUNT: query.rowCount ?? 0,
    OPTIONS: buildOptions(query.where, query.anyOf),
    FIELDS: query.fields.map((name) => ({ FIELDNAME: name })),
  });

  const layout = readLayout(result.FIELDS);
  const data = Array.isArray(result.DATA) ? (result.DATA as { WA?: unknown }[]) : [];
  return data.map((line) => {
    const wa = typeof line.WA === 'string' ? line.WA : '';
    const row: Record<string, string> = {};
    for (const column of layout) {
      row[column.name] = wa.slice(column.offset, column.offset + column.length).trim();
    }
    return row;
  });
}

function conditionTokens(condition: TableCondition): string[] {
  if (!fieldName.test(condition.field)) {
    throw new AppError('INVALID_SELECTION', 500, `Not a column name: ${condition.field}`);
  }
  if (condition.op !== 'IN') return [condition.field, condition.op, literal(condition.value)];

  const tokens = [condition.field, 'IN', '('];
  condition.values.forEach((value, index) => {
    tokens.push(index < condition.values.length - 1 ? `${literal(value)},` : literal(value));
  });
  tokens.push(')');
  return tokens;
}

function literal(value: string): string {
  const quoted = quoteLiteral(value);
  if (quoted.length > optionLineLength) {
    throw new AppError('INVALID_SELECTION', 400, 'A selection value is too long for SAP');
  }
  return quoted;
}

function packLines(tokens: string[]): { TEXT: string }[] {
  const lines: { TEXT: string }[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line === '' ? token : `${line} ${token}`;
    if (next.length > optionLineLength) {
      lines.push({ TEXT: line });
      line = token;
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push({ TEXT: line });
  return lines;
}

function readLayout(fields: unknown): { name: string; offset: number; length: number }[] {
  if (!Array.isArray(fields)) return [];
  return (fields as Record<string, unknown>[]).map((field) => ({
    name: String(field.FIELDNAME).trim(),
    offset: Number(field.OFFSET),
    length: Number(field.LENGTH),
  }));
}

// Long IN lists are split so that every selection stays a modest WHERE clause.
const inListSize = 50;

/**
 * Reads the rows whose `field` is one of `values`, in selections of at most 50 values each, so
 * that a long list never makes one oversized WHERE clause; no values, no call.
 */
export async function readTableIn(
  connection: RfcConnection,
  query: TableQuery,
  field: string,
  values: Iterable<string>,
): Promise<Record<string, string>[]> {
  const list = [...new Set(values)];
  const rows: Record<string, string>[] = [];
  for (let start = 0; start < list.length; start += inListSize) {
    const condition: TableCondition = {
      field,
      op: 'IN',
      values: list.slice(start, start + inListSize),
    };
    rows.push(
      ...(await readTable(connection, { ...query, where: [condition, ...(query.where ?? [])] })),
    );
  }
  return rows;
}
