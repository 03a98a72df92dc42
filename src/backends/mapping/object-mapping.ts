import type { z } from 'zod';
import { ConfigurationError, ValidationError } from '../../errors.ts';
import type { FieldMapping, MappingFile } from './mapping-file.ts';
import {
  fromAlpha,
  fromDats,
  fromDatsTims,
  isInitial,
  toAlpha,
  toDats,
  toDatsTims,
} from './sap-formats.ts';

type SapRow = Record<string, unknown>;

/** A mapping file compiled into plain functions for one object. */
export class ObjectMapping {
  readonly file: string;
  readonly object: string;
  readonly #definition: MappingFile;
  readonly #timeZone: string;
  readonly #decodeTables: Map<string, Map<string, string>>;

  constructor(file: string, definition: MappingFile, timeZone: string) {
    this.file = file;
    this.object = definition.object;
    this.#definition = definition;
    this.#timeZone = timeZone;
    this.#decodeTables = new Map(
      Object.entries(definition.valueTables).map(([name, table]) => [
        name,
        new Map(Object.entries(table).map(([api, sap]) => [sap, api])),
      ]),
    );
  }

  /**
   * Converts the API fields present in `values` into SAP fields; a value SAP cannot hold (too
   * long, unknown code) is a ValidationError naming the API field.
   */
  toSap(values: Record<string, unknown>, pathPrefix = ''): Record<string, string> {
    const sap: Record<string, string> = {};
    const issues = [];

    for (const [name, value] of Object.entries(values)) {
      const field = this.#definition.fields[name];
      if (!field || field.readOnly === true || value === undefined) continue;

      const converted = this.#toSapValue(field, value);
      if (typeof converted === 'string' && converted.startsWith('!')) {
        issues.push({ path: pathPrefix + name, code: 'sap_limit', message: converted.slice(1) });
        continue;
      }
      if (Array.isArray(field.sap)) {
        const [date, time] = converted as [string, string];
        sap[field.sap[0]] = date;
        sap[field.sap[1]] = time;
      } else {
        sap[field.sap] = converted as string;
      }
    }

    if (issues.length > 0) throw new ValidationError(issues);
    return sap;
  }

  /** Converts SAP fields into the API fields this mapping declares. */
  fromSap(row: SapRow): Record<string, unknown> {
    const api: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(this.#definition.fields)) {
      api[name] = this.#fromSapValue(field, row);
    }
    return api;
  }

  /** The SAP field names behind the given API fields (for the `_X` change flags of a BAPI). */
  sapFieldsOf(apiFields: Iterable<string>): string[] {
    const names: string[] = [];
    for (const name of apiFields) {
      const field = this.#definition.fields[name];
      if (!field || field.readOnly === true) continue;
      names.push(...(Array.isArray(field.sap) ? field.sap : [field.sap]));
    }
    return names;
  }

  /** The SAP field behind one API field; throws when the file does not declare it. */
  sapField(apiField: string): string {
    const field = this.#field(apiField);
    return Array.isArray(field.sap) ? field.sap[0] : field.sap;
  }

  /** Converts one API value of one field to SAP's format (for selections such as a WHERE). */
  toSapValue(apiField: string, value: unknown): string {
    return this.toSap({ [apiField]: value })[this.sapField(apiField)] ?? '';
  }

  /** Looks an SAP code up in a value table; undefined when the table does not have it. */
  decode(table: string, sapCode: string): string | undefined {
    return this.#decodeTables.get(table)?.get(sapCode);
  }

  /** Looks an API value up in a value table; undefined when the table does not have it. */
  encode(table: string, apiValue: string): string | undefined {
    return this.#definition.valueTables[table]?.[apiValue];
  }

  /** Validates this file's `settings` section against the adapter's schema. */
  readSettings<T>(schema: z.ZodType<T>): T {
    const result = schema.safeParse(this.#definition.settings);
    if (result.success) return result.data;

    const issue = result.error.issues[0];
    const where = ['settings', ...(issue?.path ?? [])].join('.');
    throw new ConfigurationError(`Mapping file ${this.file}: ${where}: ${issue?.message ?? ''}`);
  }

  #field(apiField: string): FieldMapping {
    const field = this.#definition.fields[apiField];
    if (!field) {
      throw new ConfigurationError(`Mapping file ${this.file} does not map the field ${apiField}`);
    }
    return field;
  }

  #toSapValue(field: FieldMapping, value: unknown): string | [string, string] {
    const text = typeof value === 'string' ? value : String(value);
    const tooLong = (v: string) =>
      field.length !== undefined && v.length > field.length
        ? `!longer than SAP's ${field.length} characters`
        : undefined;

    switch (field.conversion) {
      case 'char':
        return tooLong(text) ?? text;
      case 'upper':
        return tooLong(text) ?? text.toUpperCase();
      case 'alpha':
      case 'matn1':
        return tooLong(text.trim()) ?? toAlpha(text, field.length ?? text.length);
      case 'flag':
        return value === true ? 'X' : '';
      case 'date':
        return toDats(text);
      case 'timestamp':
        return value === null ? ['00000000', '000000'] : toDatsTims(new Date(text), this.#timeZone);
      case 'code': {
        const code = this.encode(field.values ?? '', text);
        return code ?? `!'${text}' has no SAP code in ${this.file}`;
      }
    }
  }

  #fromSapValue(field: FieldMapping, row: SapRow): unknown {
    const raw = (name: string) => {
      const value = row[name];
      return typeof value === 'string' ? value : undefined;
    };

    if (Array.isArray(field.sap)) {
      return fromDatsTims(raw(field.sap[0]), raw(field.sap[1]), this.#timeZone);
    }
    const value = raw(field.sap);
    switch (field.conversion) {
      case 'flag':
        return value !== undefined && value.trim() !== '';
      case 'date':
        return fromDats(value);
      case 'alpha':
      case 'matn1':
        return value === undefined || value.trim() === '' ? null : fromAlpha(value);
      case 'code':
        return value === undefined || isInitial(value)
          ? null
          : (this.decode(field.values ?? '', value) ?? null);
      default:
        return value === undefined || value.trim() === '' ? null : value.trimEnd();
    }
  }
}
