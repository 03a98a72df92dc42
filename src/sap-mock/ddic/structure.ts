import { parseFieldType } from './field-type.ts';
import type { FieldType } from './field-type.ts';
import { MockSapUsageError } from '../mock-sap-error.ts';

/** A DDIC structure: an ordered list of named, typed fields. */
export interface StructureDefinition {
  readonly name: string;
  readonly fields: ReadonlyMap<string, FieldType>;
}

/** A transparent table: a structure with primary key fields (MANDT left out, as in the seed). */
export interface TableDefinition extends StructureDefinition {
  readonly keyFields: readonly string[];
  /** False for internal stores that RFC_READ_TABLE must not offer (long texts). */
  readonly readable: boolean;
}

/** A row in internal format: every value a string (INT4 values too, formatted on output). */
export type Row = Record<string, string>;

/** Defines a structure from type notations, e.g. `{ SHORT_TEXT: 'C40', NOTIF_DATE: 'D' }`. */
export function defineStructure(
  name: string,
  fieldSpecs: Record<string, string>,
): StructureDefinition {
  const fields = new Map<string, FieldType>();
  for (const [fieldName, spec] of Object.entries(fieldSpecs)) {
    fields.set(fieldName, parseFieldType(spec));
  }
  return { name, fields };
}

/** Defines a table; its key fields must be fields of the table. */
export function defineTable(
  name: string,
  fieldSpecs: Record<string, string>,
  keyFields: readonly string[],
  options: { readable?: boolean } = {},
): TableDefinition {
  const structure = defineStructure(name, fieldSpecs);
  const unknownKey = keyFields.find((field) => !structure.fields.has(field));
  if (unknownKey !== undefined)
    throw new MockSapUsageError(`Key field ${unknownKey} is not a field of ${name}`);

  return { ...structure, keyFields, readable: options.readable ?? true };
}

/** The type of one field of a structure; throws for a field the structure lacks. */
export function fieldTypeOf(structure: StructureDefinition, fieldName: string): FieldType {
  const type = structure.fields.get(fieldName);
  if (type === undefined)
    throw new MockSapUsageError(`${structure.name} has no field ${fieldName}`);
  return type;
}
