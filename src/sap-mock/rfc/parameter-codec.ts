import { formatPacked, initialValue, parseFieldType } from '../ddic/field-type.ts';
import { NodeRfcError, RfcLibError, invalidParameterError } from './rfc-errors.ts';
import type { FieldType } from '../ddic/field-type.ts';
import type { Row, StructureDefinition } from '../ddic/structure.ts';
import type {
  FunctionInput,
  FunctionModule,
  FunctionResult,
  ParameterType,
} from '../functions/function-module.ts';
import type { RfmPath } from './rfc-errors.ts';
import { MockSapUsageError } from '../mock-sap-error.ts';

// The RFC layer between JavaScript values and ABAP parameters, as node-rfc and the NW RFC SDK
// do it: names are checked before the call, CHAR-like fields take strings only, values travel
// in internal format, and every field of an exported structure comes back filled.
// CHAR values longer than their field are passed on unshortened so that BAPIs can report them
// in RETURN instead of cutting them silently.

/** RfcParameterDirection values of node-rfc's `filter` client option. */
export const parameterDirection = { import: 1, export: 2, changing: 3, tables: 7 } as const;

/** Decodes a caller's parameters against a function module's interface; throws like node-rfc. */
export function decodeInput(
  functionModule: FunctionModule,
  parameters: Readonly<Record<string, unknown>>,
): FunctionInput {
  const scalars = new Map<string, string>();
  const structures = new Map<string, Row>();
  const tables = new Map<string, Row[]>();
  const passed = new Set<string>();

  for (const [name, value] of Object.entries(parameters)) {
    if (value === undefined) continue;
    const path = { rfm: functionModule.name, parameter: name };
    const importType = functionModule.imports[name];
    const tableType = functionModule.tables[name];

    if (importType !== undefined) {
      passed.add(name);
      if (isStructure(importType)) structures.set(name, decodeStructure(importType, value, path));
      else scalars.set(name, decodeField(scalarType(importType), value, { ...path, field: name }));
    } else if (tableType !== undefined) {
      passed.add(name);
      tables.set(name, decodeTable(tableType, value, path));
    } else if (functionModule.exports[name] === undefined) {
      throw invalidParameterError(name);
    }
  }

  return createInput(functionModule, { scalars, structures, tables, passed });
}

interface DecodedValues {
  scalars: Map<string, string>;
  structures: Map<string, Row>;
  tables: Map<string, Row[]>;
  passed: Set<string>;
}

function createInput(functionModule: FunctionModule, values: DecodedValues): FunctionInput {
  return {
    scalar(name) {
      const type = functionModule.imports[name];
      if (type === undefined || isStructure(type))
        throw new MockSapUsageError(`${name} is not a scalar import`);
      return values.scalars.get(name) ?? defaultOf(type);
    },
    structure(name) {
      const type = functionModule.imports[name];
      if (type === undefined || !isStructure(type))
        throw new MockSapUsageError(`${name} is not a structure`);
      return { ...(values.structures.get(name) ?? initialRow(type)) };
    },
    table(name) {
      if (functionModule.tables[name] === undefined)
        throw new MockSapUsageError(`${name} is not a table`);
      return (values.tables.get(name) ?? []).map((row) => ({ ...row }));
    },
    has(name) {
      return values.passed.has(name);
    },
  };
}

/** Shapes a function module's result like node-rfc: every field filled, CHAR trimmed. */
export function encodeResult(
  functionModule: FunctionModule,
  input: FunctionInput,
  result: FunctionResult,
  options: { notRequested?: readonly string[]; filter?: number } = {},
): Record<string, unknown> {
  const leftOut = new Set(options.notRequested ?? []);
  const encoded: Record<string, unknown> = {};

  if (options.filter !== parameterDirection.import) {
    for (const [name, type] of Object.entries(functionModule.imports)) {
      if (leftOut.has(name)) continue;
      encoded[name] = isStructure(type)
        ? encodeStructure(type, input.structure(name))
        : encodeField(scalarType(type), input.scalar(name));
    }
  }
  if (options.filter !== parameterDirection.export) {
    for (const [name, type] of Object.entries(functionModule.exports)) {
      if (leftOut.has(name)) continue;
      encoded[name] = encodeExport(type, result[name]);
    }
  }
  if (options.filter !== parameterDirection.tables) {
    for (const [name, type] of Object.entries(functionModule.tables)) {
      if (leftOut.has(name)) continue;
      const rows = result[name];
      const source = Array.isArray(rows) ? rows : input.table(name);
      encoded[name] = source.map((row) => encodeStructure(type, row));
    }
  }
  return encoded;
}

function encodeExport(type: ParameterType, value: string | Row | Row[] | undefined): unknown {
  if (isStructure(type)) {
    const row = value !== undefined && typeof value === 'object' && !Array.isArray(value);
    return encodeStructure(type, row ? value : {});
  }
  return encodeField(scalarType(type), typeof value === 'string' ? value : undefined);
}

/** A structure's row as node-rfc returns it. */
export function encodeStructure(
  structure: StructureDefinition,
  row: Readonly<Row>,
): Record<string, string | number> {
  const encoded: Record<string, string | number> = {};
  for (const [field, type] of structure.fields) encoded[field] = encodeField(type, row[field]);
  return encoded;
}

function encodeField(type: FieldType, value: string | undefined): string | number {
  const text = value ?? initialValue(type);
  switch (type.kind) {
    case 'C':
      return text.slice(0, type.length).trimEnd();
    case 'N':
      return text.padStart(type.length, '0').slice(-type.length);
    case 'D':
    case 'T':
      return /^\s*$/.test(text) ? initialValue(type) : text;
    case 'P':
      return formatPacked(type, text);
    case 'I':
      return Number(text) || 0;
  }
}

function decodeStructure(structure: StructureDefinition, value: unknown, path: RfmPath): Row {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new NodeRfcError(`Structure parameter ${path.parameter} requires an object`, path);
  }

  const row = initialRow(structure);
  for (const [field, fieldValue] of Object.entries(value)) {
    const type = structure.fields.get(field);
    if (type === undefined) throw invalidParameterError(field);
    if (fieldValue === undefined) continue;
    row[field] = decodeField(type, fieldValue, { ...path, field });
  }
  return row;
}

function decodeTable(structure: StructureDefinition, value: unknown, path: RfmPath): Row[] {
  if (!Array.isArray(value)) {
    throw new NodeRfcError(`Table parameter ${path.parameter} requires an array`, path);
  }
  return value.map((line: unknown, index) =>
    decodeStructure(structure, line, { ...path, table: path.parameter, table_line: index }),
  );
}

function decodeField(type: FieldType, value: unknown, path: RfmPath): string {
  const field = path.field ?? path.parameter;
  if (type.kind === 'I') {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw new NodeRfcError(`Integer number expected when filling field '${field}'`, path);
    }
    return String(value);
  }
  if (type.kind === 'P') return decodePacked(type, value, path);
  if (typeof value !== 'string') {
    const typeName = { C: 'CHAR', N: 'NUMC', D: 'DATE', T: 'TIME' }[type.kind];
    throw new NodeRfcError(
      `Char expected when filling field '${field}' of type RFCTYPE_${typeName}, ` +
        `received ${typeof value}`,
      path,
    );
  }
  return decodeCharLike(type, value, path);
}

function decodeCharLike(type: FieldType, value: string, path: RfmPath): string {
  const field = path.field ?? path.parameter;
  if (type.kind === 'C') return value.trimEnd();
  if (value.trim() === '') return initialValue(type);

  if (type.kind === 'N') {
    if (!/^\d+$/.test(value.trim()) || value.trim().length > type.length) {
      throw conversionFailure(
        `Cannot convert '${value}' to the NUMC${type.length} field '${field}'`,
      );
    }
    return value.trim().padStart(type.length, '0');
  }
  if (!new RegExp(`^\\d{${type.length}}$`).test(value)) {
    const format = type.kind === 'D' ? 'YYYYMMDD' : 'HHMMSS';
    throw new NodeRfcError(
      `Invalid value '${value}' for field '${field}', expected ${format}`,
      path,
    );
  }
  return value;
}

function decodePacked(type: FieldType, value: unknown, path: RfmPath): string {
  const field = path.field ?? path.parameter;
  const valid =
    (typeof value === 'number' && Number.isFinite(value)) ||
    (typeof value === 'string' && /^\s*-?\d*(\.\d*)?\s*$/.test(value));
  if (!valid)
    throw new NodeRfcError(`Number or numeric string expected for field '${field}'`, path);
  return formatPacked(type, value);
}

function conversionFailure(message: string): RfcLibError {
  return new RfcLibError({
    group: 5,
    code: 22,
    codeString: 'RFC_CONVERSION_FAILURE',
    key: 'RFC_CONVERSION_FAILURE',
    message,
  });
}

function isStructure(type: ParameterType): type is StructureDefinition {
  return typeof type === 'object' && 'fields' in type;
}

function scalarType(type: string | { type: string }): FieldType {
  return parseFieldType(typeof type === 'string' ? type : type.type);
}

function defaultOf(type: string | { type: string; default: string }): string {
  return typeof type === 'string' ? initialValue(parseFieldType(type)) : type.default;
}

function initialRow(structure: StructureDefinition): Row {
  const row: Row = {};
  for (const [field, type] of structure.fields) row[field] = initialValue(type);
  return row;
}
