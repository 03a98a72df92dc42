import { messageCatalogue, renderMessage } from './message-catalogue.ts';
import type { Row } from '../ddic/structure.ts';
import type { MessageKey } from './message-catalogue.ts';

/** Message types of a RETURN line: success, error, warning, info, abort. */
export type MessageType = 'S' | 'E' | 'W' | 'I' | 'A';

/** Where a message points: the BAPI parameter, its row (1-based) and field. */
export interface MessageTarget {
  parameter?: string;
  row?: number;
  field?: string;
}

/** Builds a BAPIRET2 line from a catalogue message and its variables. */
export function bapiret2(
  type: MessageType,
  key: MessageKey,
  variables: readonly string[],
  target: MessageTarget & { system?: string } = {},
): Row {
  const { id, number, text } = messageCatalogue[key];
  const values = variables.map((value) => value.trim().slice(0, 50));
  return {
    TYPE: type,
    ID: id,
    NUMBER: number,
    MESSAGE: renderMessage(text, values).slice(0, 220),
    MESSAGE_V1: values[0] ?? '',
    MESSAGE_V2: values[1] ?? '',
    MESSAGE_V3: values[2] ?? '',
    MESSAGE_V4: values[3] ?? '',
    PARAMETER: target.parameter ?? '',
    ROW: String(target.row ?? 0),
    FIELD: target.field ?? '',
    SYSTEM: target.system ?? '',
  };
}

/** The same message as a BAPIRET1 line (without PARAMETER, ROW, FIELD and SYSTEM). */
export function toBapiret1(line: Readonly<Row>): Row {
  const fields = ['TYPE', 'ID', 'NUMBER', 'MESSAGE', 'LOG_NO', 'LOG_MSG_NO'];
  fields.push('MESSAGE_V1', 'MESSAGE_V2', 'MESSAGE_V3', 'MESSAGE_V4');
  return Object.fromEntries(fields.map((field) => [field, line[field] ?? '']));
}

/** The same message as an old BAPIRETURN line (CODE = class and number run together). */
export function toBapireturn(line: Readonly<Row>): Row {
  return {
    TYPE: line['TYPE'] ?? '',
    CODE: `${line['ID'] ?? ''}${line['NUMBER'] ?? ''}`,
    MESSAGE: line['MESSAGE'] ?? '',
    MESSAGE_V1: line['MESSAGE_V1'] ?? '',
    MESSAGE_V2: line['MESSAGE_V2'] ?? '',
    MESSAGE_V3: line['MESSAGE_V3'] ?? '',
    MESSAGE_V4: line['MESSAGE_V4'] ?? '',
  };
}

/** Whether a RETURN holds an error or abort line. */
export function hasError(lines: readonly Readonly<Row>[]): boolean {
  return lines.some((line) => line['TYPE'] === 'E' || line['TYPE'] === 'A');
}
