import type { DatabaseView } from '../database/database-view.ts';
import type { Row, StructureDefinition } from '../ddic/structure.ts';
import type { MessageKey } from '../messages/message-catalogue.ts';
import type { MessageTarget, MessageType } from '../messages/bapi-return.ts';
import type { LockOwner } from '../session/enqueue-server.ts';
import type { ServerSession } from '../session/server-session.ts';

/** A scalar parameter with an ABAP default value, used when the caller does not pass it. */
export interface ScalarWithDefault {
  readonly type: string;
  readonly default: string;
}

/** The type of an import or export parameter: a field type notation, a structure, or a default. */
export type ParameterType = string | StructureDefinition | ScalarWithDefault;

/** The services of the system a function module may use besides its session. */
export interface SystemServices {
  readonly systemId: string;
  readonly client: string;
  /** The logical system name used in RETURN-SYSTEM. */
  readonly logicalSystem: string;
  now(): Date;
  /** Applies the session's LUW to the database and ends it (COMMIT WORK). */
  commitWork(session: ServerSession): void;
  /** Discards the session's LUW and its locks (ROLLBACK WORK). */
  rollbackWork(session: ServerSession): void;
  /** Draws a number from NRIV (outside any LUW); undefined when the interval is exhausted. */
  drawNumber(object: string, rangeNumber: string): string | undefined;
  /** Locks an argument for the session; answers the other owner when it is taken. */
  lock(session: ServerSession, argument: string): LockOwner | undefined;
  /** The owner of a lock argument, if any. */
  lockHolder(argument: string): LockOwner | undefined;
}

/** The decoded import and table parameters of a call, in internal format. */
export interface FunctionInput {
  /** A scalar import (its default or initial value when not passed). */
  scalar(name: string): string;
  /** A structure import, every field present. */
  structure(name: string): Row;
  /** A table parameter's rows, every field present. */
  table(name: string): Row[];
  /** Whether the caller passed the parameter. */
  has(name: string): boolean;
}

/** Everything a function module sees of one call. */
export interface FunctionCall {
  readonly functionModule: string;
  readonly input: FunctionInput;
  readonly session: ServerSession;
  /** The database as this session sees it (its own buffered changes included). */
  readonly database: DatabaseView;
  /** The committed database, without any session's buffered changes. */
  readonly committed: DatabaseView;
  readonly system: SystemServices;
  /** A BAPIRET2 line from the message catalogue, with the system's logical system name. */
  message(type: MessageType, key: MessageKey, variables: string[], target?: MessageTarget): Row;
}

/** Export and table values a function module returns (fields it leaves out come back initial). */
export type FunctionResult = Record<string, string | Row | Row[]>;

/** A remote-enabled function module: its interface and its implementation. */
export interface FunctionModule {
  readonly name: string;
  readonly imports: Readonly<Record<string, ParameterType>>;
  readonly exports: Readonly<Record<string, ParameterType>>;
  readonly tables: Readonly<Record<string, StructureDefinition>>;
  run(call: FunctionCall): FunctionResult;
}
