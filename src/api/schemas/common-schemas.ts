import { formatDecimal, fractionDigits, parseDecimal } from '../../domain/order-decimal.ts';
import { z } from './zod-openapi.ts';

/** The largest page a list endpoint answers. */
export const MAX_LIMIT = 500;

/** The page size a list endpoint answers when the caller gives none. */
export const DEFAULT_LIMIT = 50;

/** The paging fields every list endpoint takes from the query string. */
export const pagingFields = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
    .openapi({ param: { description: `Page size, 1 to ${MAX_LIMIT}.` } }),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .openapi({ param: { description: 'How many matches to skip.' } }),
};

/** A query filter: a non-empty string, as typed by the caller. */
export function filterField(description: string) {
  return z.string().min(1).optional().openapi({ param: { description } });
}

/** The `{id}` path parameter: an SAP number without leading zeros, passed to SAP as given. */
export const IdParamsSchema = z.object({
  id: z.string().openapi({ param: { description: 'The SAP number.' }, example: '10000001' }),
});

/** One message from SAP's `RETURN` table. */
export const SapMessageSchema = z
  .object({
    type: z.enum(['E', 'A', 'W', 'I', 'S', 'X']),
    id: z.string().openapi({ description: 'The message class.', example: 'IM' }),
    number: z.string().openapi({ example: '150' }),
    message: z.string(),
  })
  .openapi('SapMessage');

/** One validation issue, in zod's shape with a dotted path. */
export const ValidationIssueSchema = z
  .object({
    path: z.string().openapi({ example: 'items.0.code' }),
    code: z.string().openapi({ example: 'too_big' }),
    message: z.string(),
  })
  .openapi('ValidationIssue');

/** An RFC 9457 problem document, as every error answers. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:sap-cs-bridge:problem:validation-failed' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().openapi({ example: '/v1/notifications' }),
    code: z.string().openapi({ example: 'VALIDATION_FAILED' }),
    errors: z.array(ValidationIssueSchema).optional(),
    sap: z.object({ messages: z.array(SapMessageSchema) }).optional(),
    invoiceId: z
      .string()
      .optional()
      .openapi({ description: 'The invoice that already bills the order or period (409).' }),
    debitMemoRequestId: z.string().optional().openapi({
      description: 'The debit memo request a failed billing left without invoice.',
    }),
  })
  .openapi('Problem');

/** The JSON shape of a problem document. */
export type Problem = z.infer<typeof ProblemSchema>;

/**
 * A decimal amount as a JSON string (`"2.5"`) or number (`2.5`), answered as the shortest decimal
 * string; more digits than SAP's field holds are refused, never rounded.
 */
export function decimalInput(options: {
  integerDigits: number;
  fractionDigits: number;
  zero: boolean;
}) {
  const { integerDigits: before, fractionDigits: after } = options;
  const limit = `at most ${before} digits before and ${after} after the point`;
  return z
    .union([z.number(), z.string()])
    .transform((value, ctx) => {
      const text = typeof value === 'number' ? String(value) : value.trim();
      const units = /^\d+(\.\d+)?$/.test(text) ? parseDecimal(text) : null;
      if (units === null) {
        ctx.addIssue({ code: 'custom', message: 'A decimal number such as "2.5".' });
        return z.NEVER;
      }
      const canonical = formatDecimal(units);
      const whole = canonical.split('.')[0] ?? '';
      if (
        fractionDigits(canonical) > options.fractionDigits ||
        whole.length > options.integerDigits
      ) {
        ctx.addIssue({ code: 'custom', message: `SAP holds ${limit}.` });
        return z.NEVER;
      }
      if (units === 0n && !options.zero) {
        ctx.addIssue({ code: 'custom', message: 'Must be greater than 0.' });
        return z.NEVER;
      }
      return canonical;
    })
    .openapi({
      description: `A decimal as a string or number, ${limit}; answered as a string.`,
      example: '2.5',
    });
}

/**
 * A query value naming one or several of a fixed list of words, comma-separated (`open,paid`);
 * an unknown word is an issue that lists the known ones.
 */
export function enumListInput<const T extends string>(values: readonly T[]) {
  return z.string().transform((value, ctx) => {
    const words = value.split(',').map((word) => word.trim());
    const known = new Set<string>(values);
    const unknown = words.filter((word) => !known.has(word));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `Unknown status ${unknown.join(', ')}; use ${values.join(', ')}.`,
      });
      return z.NEVER;
    }
    return words as T[];
  });
}
