import { RFC_DB_FLD, RFC_DB_OPT, TAB512 } from '../ddic/structures-common.ts';
import { tableDefinitions } from '../ddic/tables.ts';
import { fieldText } from '../read-table/field-texts.ts';
import { evaluate } from '../read-table/where-evaluator.ts';
import { fieldsOf, parseWhere } from '../read-table/where-parser.ts';
import { WhereSyntaxError } from '../read-table/where-tokenizer.ts';
import { abapException } from '../rfc/rfc-errors.ts';
import type { FieldType } from '../ddic/field-type.ts';
import type { Row, TableDefinition } from '../ddic/structure.ts';
import type { Condition } from '../read-table/where-parser.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

const lineLength = 512;

/** RFC_READ_TABLE: committed rows of a table as fixed-width text lines, with an Open SQL WHERE. */
export const rfcReadTable: FunctionModule = {
  name: 'RFC_READ_TABLE',
  imports: {
    QUERY_TABLE: 'C30',
    DELIMITER: 'C1',
    NO_DATA: 'C1',
    ROWSKIPS: 'I',
    ROWCOUNT: 'I',
  },
  exports: {},
  tables: { OPTIONS: RFC_DB_OPT, FIELDS: RFC_DB_FLD, DATA: TAB512 },
  run: readTable,
};

interface OutputField {
  name: string;
  type: FieldType;
  offset: number;
  length: number;
}

function readTable(call: FunctionCall): FunctionResult {
  const table = tableDefinitions.get(call.input.scalar('QUERY_TABLE'));
  if (table === undefined || !table.readable) throw abapException('TABLE_NOT_AVAILABLE');

  const delimiter = call.input.scalar('DELIMITER');
  const fields = outputFields(table, call.input.table('FIELDS'), delimiter);
  const condition = whereCondition(table, call.input.table('OPTIONS'));
  const fieldRows = fields.map((field) => ({
    FIELDNAME: field.name,
    OFFSET: String(field.offset),
    LENGTH: String(field.length),
    TYPE: field.type.kind,
    FIELDTEXT: fieldText(field.name),
  }));
  if (call.input.scalar('NO_DATA') !== '') return { FIELDS: fieldRows, DATA: [] };

  // RFC_READ_TABLE reads the database: changes still waiting in an LUW are not visible.
  const rows = call.committed.select(
    table.name,
    (row) => condition === undefined || evaluate(condition, row, table),
  );
  const skip = Math.max(0, Number(call.input.scalar('ROWSKIPS')));
  const count = Number(call.input.scalar('ROWCOUNT'));
  const page = rows.slice(skip, count > 0 ? skip + count : undefined);
  return {
    FIELDS: fieldRows,
    DATA: page.map((row) => ({ WA: dataLine(row, fields, delimiter) })),
  };
}

function outputFields(table: TableDefinition, requested: Row[], delimiter: string): OutputField[] {
  const names =
    requested.length === 0
      ? [...table.fields.keys()]
      : requested.map((row) => row['FIELDNAME'] ?? '');
  const fields: OutputField[] = [];
  let offset = 0;

  for (const name of names) {
    const type = table.fields.get(name);
    if (type === undefined) throw abapException('FIELD_NOT_VALID');
    const length = outputLength(type);
    if (offset + length > lineLength) throw abapException('DATA_BUFFER_EXCEEDED');
    fields.push({ name, type, offset, length });
    offset += length + delimiter.length;
  }
  return fields;
}

// Packed numbers need room for the sign and the decimal point next to their digits.
function outputLength(type: FieldType): number {
  if (type.kind === 'P') return type.length + 1 + (type.decimals > 0 ? 1 : 0);
  if (type.kind === 'I') return 11;
  return type.length;
}

function whereCondition(table: TableDefinition, options: Row[]): Condition | undefined {
  const source = options.map((row) => row['TEXT'] ?? '').join(' ');
  let condition: Condition | undefined;
  try {
    condition = parseWhere(source);
  } catch (error) {
    if (error instanceof WhereSyntaxError) throw abapException('OPTION_NOT_VALID');
    throw error;
  }
  if (condition === undefined) return undefined;

  const unknown = fieldsOf(condition).find((field) => !table.fields.has(field));
  if (unknown !== undefined) throw abapException('FIELD_NOT_VALID');
  return condition;
}

function dataLine(row: Readonly<Row>, fields: readonly OutputField[], delimiter: string): string {
  return fields.map((field) => fixedWidth(row[field.name] ?? '', field)).join(delimiter);
}

// Character-like values are left-aligned; packed numbers are right-aligned with the sign
// after the number, as ABAP moves a packed number into a character field.
function fixedWidth(value: string, field: OutputField): string {
  if (field.type.kind !== 'P' && field.type.kind !== 'I') {
    return value.slice(0, field.length).padEnd(field.length, ' ');
  }
  const negative = value.startsWith('-');
  const digits = negative ? value.slice(1) : value;
  return `${digits}${negative ? '-' : ' '}`.padStart(field.length, ' ');
}
