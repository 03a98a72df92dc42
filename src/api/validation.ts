import type { z } from 'zod';
import { ValidationError } from '../errors.ts';
import type { ValidationIssue } from '../errors.ts';

/** Parses request input with a schema; throws ValidationError naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;

  const issues = toValidationIssues(result.error.issues);
  const fields = [...new Set(issues.map((issue) => issue.path || '(body)'))];
  throw new ValidationError(issues, `The request is not valid: ${fields.join(', ')}.`);
}

/** Turns zod issues into the API's issues: dotted paths, one issue per unknown field. */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((issue): ValidationIssue[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code !== 'unrecognized_keys')
      return [{ path, code: issue.code, message: issue.message }];

    return issue.keys.map((key) => ({
      path: path === '' ? key : `${path}.${key}`,
      code: issue.code,
      message: `Unknown field "${key}".`,
    }));
  });
}
