import { isInitial } from '../ddic/field-type.ts';
import type { FieldType } from '../ddic/field-type.ts';
import type { Row, TableDefinition } from '../ddic/structure.ts';
import type { ComparisonOperator, Condition, Operand } from './where-parser.ts';
import { MockSapUsageError } from '../mock-sap-error.ts';

/** Whether a row satisfies a parsed WHERE clause (values compared in internal format). */
export function evaluate(
  condition: Condition,
  row: Readonly<Row>,
  table: TableDefinition,
): boolean {
  switch (condition.kind) {
    case 'and':
      return evaluate(condition.left, row, table) && evaluate(condition.right, row, table);
    case 'or':
      return evaluate(condition.left, row, table) || evaluate(condition.right, row, table);
    case 'not':
      return !evaluate(condition.operand, row, table);
    case 'compare':
      return compareWith(condition.operator, order(table, row, condition.field, condition.operand));
    case 'between':
      return (
        order(table, row, condition.field, condition.low) >= 0 &&
        order(table, row, condition.field, condition.high) <= 0
      );
    case 'in':
      return condition.values.some(
        (value) => order(table, row, condition.field, { kind: 'value', value }) === 0,
      );
    case 'like':
      return matchesLike(row[condition.field] ?? '', condition.pattern, condition.escape);
    case 'initial':
      return isInitial(typeOf(table, condition.field), row[condition.field] ?? '');
    case 'null':
      // Columns of the mock's tables are never NULL.
      return false;
  }
}

function compareWith(operator: ComparisonOperator, order: number): boolean {
  switch (operator) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '>=':
      return order >= 0;
  }
}

// The order of a row's field value against an operand, the operand converted to the field type.
function order(
  table: TableDefinition,
  row: Readonly<Row>,
  field: string,
  operand: Operand,
): number {
  const type = typeOf(table, field);
  const left = row[field] ?? '';
  const right =
    operand.kind === 'field' ? (row[operand.field] ?? '') : convert(type, operand.value);

  if (type.kind === 'P' || type.kind === 'I') return Math.sign(Number(left) - Number(right));
  const a = left.trimEnd();
  const b = right.trimEnd();
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function convert(type: FieldType, literal: string): string {
  if (type.kind === 'N' && /^\d+$/.test(literal) && literal.length < type.length) {
    return literal.padStart(type.length, '0');
  }
  return literal;
}

function typeOf(table: TableDefinition, field: string): FieldType {
  const type = table.fields.get(field);
  if (type === undefined) throw new MockSapUsageError(`${table.name} has no field ${field}`);
  return type;
}

/** SQL LIKE: % any sequence, _ one character, the escape character makes them literal. */
export function matchesLike(value: string, pattern: string, escape: string | undefined): boolean {
  const text = value.trimEnd();
  const parts = parseLikePattern(pattern, escape);
  // matches[i][j]: the first i pattern parts match the first j characters.
  let previous = Array.from({ length: text.length + 1 }, (_, j) => j === 0);
  for (const part of parts) {
    const current = Array.from({ length: text.length + 1 }, () => false);
    for (let j = 0; j <= text.length; j += 1) {
      if (part.kind === 'any')
        current[j] = previous[j] === true || (j > 0 && current[j - 1] === true);
      else if (j > 0 && previous[j - 1] === true) {
        current[j] = part.kind === 'one' || part.char === text.charAt(j - 1);
      }
    }
    previous = current;
  }
  return previous[text.length] === true;
}

type LikePart = { kind: 'any' } | { kind: 'one' } | { kind: 'char'; char: string };

function parseLikePattern(pattern: string, escape: string | undefined): LikePart[] {
  const parts: LikePart[] = [];
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern.charAt(index);
    if (escape !== undefined && char === escape && index + 1 < pattern.length) {
      index += 1;
      parts.push({ kind: 'char', char: pattern.charAt(index) });
    } else if (char === '%') parts.push({ kind: 'any' });
    else if (char === '_') parts.push({ kind: 'one' });
    else parts.push({ kind: 'char', char });
  }
  return parts;
}
