import type { AppError, SapMessage } from '../../errors.ts';
import type { RfcConnection } from './rfc-gateway.ts';

const messageTypes = new Set(['E', 'A', 'W', 'I', 'S', 'X']);

/**
 * Reads a BAPI's `RETURN` parameter — a BAPIRET2/BAPIRET1 table or structure, or the old
 * BAPIRETURN with its combined `CODE` — into messages; empty rows are dropped.
 */
export function readReturn(value: unknown): SapMessage[] {
  const rows = Array.isArray(value) ? (value as unknown[]) : [value];
  const messages: SapMessage[] = [];

  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const fields = row as Record<string, unknown>;
    const type = text(fields.TYPE);
    if (!messageTypes.has(type)) continue;

    const code = text(fields.CODE);
    messages.push({
      type: type as SapMessage['type'],
      id: text(fields.ID) || code.slice(0, 2),
      number: text(fields.NUMBER) || code.slice(2),
      message: text(fields.MESSAGE),
    });
  }
  return messages;
}

/** Whether SAP refused the call: any message of type E (error), A (abort) or X (exit). */
export function isRefusal(messages: SapMessage[]): boolean {
  return messages.some((m) => m.type === 'E' || m.type === 'A' || m.type === 'X');
}

/** Calls a BAPI; throws the caller's error when its `RETURN` refuses, else answers its result. */
export async function callBapi(
  connection: RfcConnection,
  functionModule: string,
  parameters: Record<string, unknown>,
  refuse: (messages: SapMessage[]) => AppError,
): Promise<Record<string, unknown>> {
  const result = await connection.call(functionModule, parameters);
  const messages = readReturn(result.RETURN);
  if (isRefusal(messages)) throw refuse(messages);
  return result;
}

/** Whether a message is one of a list of `CLASS NUMBER` keys such as `IM 001`. */
export function matchesMessage(message: SapMessage, keys: readonly string[]): boolean {
  return keys.includes(`${message.id} ${message.number}`);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
