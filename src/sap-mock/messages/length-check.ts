import type { Row, StructureDefinition } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';
import type { MessageKey } from './message-catalogue.ts';

/** Where the rows of a length check come from and where their values will be stored. */
export interface LengthCheckOptions {
  /** Lengths of the table columns the values are stored in, where shorter than the field. */
  storageLimits?: Readonly<Record<string, number>>;
  /** False for a structure parameter: its messages carry row 0 instead of the row number. */
  isTable?: boolean;
}

/** A check of one parameter's rows for CHAR values longer than their field or storage limit. */
export type LengthCheck = (
  call: FunctionCall,
  parameter: string,
  structure: StructureDefinition,
  rows: readonly Readonly<Row>[],
  options?: LengthCheckOptions,
) => Row[];

/**
 * Builds a length check whose E messages (variables: field and limit) use a catalogue key and
 * name the parameter, the row (1-based; 0 for a structure) and the field.
 */
export function lengthCheck(key: MessageKey): LengthCheck {
  return (call, parameter, structure, rows, options = {}) => {
    const storageLimits = options.storageLimits ?? {};
    const messages: Row[] = [];
    rows.forEach((row, index) => {
      for (const [field, type] of structure.fields) {
        const limit = Math.min(type.length, storageLimits[field] ?? type.length);
        const value = row[field] ?? '';
        if (type.kind !== 'C' || value.length <= limit) continue;
        messages.push(
          call.message('E', key, [field, String(limit)], {
            parameter,
            row: options.isTable === false ? 0 : index + 1,
            field,
          }),
        );
      }
    });
    return messages;
  };
}
