import { z } from 'zod';

/** How one API field's value is converted to and from SAP's internal format. */
export const conversionSchema = z.enum([
  'char', // text as is; longer than `length` is a 400
  'upper', // text upper-cased (serial numbers, user names)
  'alpha', // numeric keys zero-padded to `length`, leading zeros stripped on read
  'matn1', // material numbers: numeric padded to `length`, others upper-cased
  'flag', // boolean ↔ 'X' / ''
  'date', // ISO date ↔ DATS
  'timestamp', // RFC 3339 ↔ [DATS, TIMS] in the SAP system's time zone
  'code', // a value table: API word ↔ SAP code
]);

/** One API field mapped to one SAP field (or a date and a time field for timestamps). */
export const fieldMappingSchema = z
  .object({
    sap: z.union([z.string().regex(/^[A-Z0-9_]+$/), z.tuple([z.string(), z.string()])]),
    conversion: conversionSchema,
    length: z.number().int().positive().optional(),
    values: z.string().optional(),
    readOnly: z.boolean().optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    const needsPair = field.conversion === 'timestamp';
    if (needsPair !== Array.isArray(field.sap)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sap'],
        message: needsPair
          ? 'a timestamp maps to a [date, time] pair of SAP fields'
          : 'a single SAP field name',
      });
    }
    if (field.conversion === 'code' && field.values === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: 'a code field names its value table',
      });
    }
    const padded = field.conversion === 'alpha' || field.conversion === 'matn1';
    if ((padded || field.conversion === 'char' || field.conversion === 'upper') && !field.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['length'],
        message: 'required for text and key fields',
      });
    }
  });

/** A mapping file: which API field goes to which SAP field, for one object and one backend. */
export const mappingFileSchema = z
  .object({
    object: z.string().min(1),
    backend: z.enum(['rfc', 'odata']),
    description: z.string().optional(),
    fields: z.record(z.string(), fieldMappingSchema),
    valueTables: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    settings: z.record(z.string(), z.unknown()).default({}),
  })
  .strict()
  .superRefine((file, ctx) => {
    for (const [name, field] of Object.entries(file.fields)) {
      if (field.values !== undefined && !(field.values in file.valueTables)) {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', name, 'values'],
          message: `no value table '${field.values}' in valueTables`,
        });
      }
    }
    for (const [name, table] of Object.entries(file.valueTables)) {
      const codes = Object.values(table);
      if (new Set(codes).size !== codes.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['valueTables', name],
          message: 'two API values map to the same SAP code',
        });
      }
    }
  });

/** A mapping file as validated. */
export type MappingFile = z.infer<typeof mappingFileSchema>;

/** One field's mapping as validated. */
export type FieldMapping = z.infer<typeof fieldMappingSchema>;
