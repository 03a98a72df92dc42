import { BAPIRET2 } from '../ddic/structures-common.ts';
import type { FunctionModule } from './function-module.ts';

/** BAPI_TRANSACTION_COMMIT: applies the session's LUW to the database at once and ends it. */
export const bapiTransactionCommit: FunctionModule = {
  name: 'BAPI_TRANSACTION_COMMIT',
  imports: { WAIT: 'C1' },
  exports: { RETURN: BAPIRET2 },
  tables: {},
  run(call) {
    // Both variants apply the LUW synchronously: the asynchronous update task of a COMMIT
    // without WAIT (an immediate re-read may still see old data in SAP) is not imitated.
    call.system.commitWork(call.session);
    return { RETURN: {} };
  },
};

/** BAPI_TRANSACTION_ROLLBACK: discards the session's LUW and releases its locks. */
export const bapiTransactionRollback: FunctionModule = {
  name: 'BAPI_TRANSACTION_ROLLBACK',
  imports: {},
  exports: { RETURN: BAPIRET2 },
  tables: {},
  run(call) {
    call.system.rollbackWork(call.session);
    return { RETURN: {} };
  },
};
