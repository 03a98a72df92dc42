import type { FunctionCall, FunctionResult } from '../functions/function-module.ts';

/**
 * BAPI_TRANSACTION_COMMIT whose update task terminates: nothing of the LUW is persisted, the
 * LUW ends and its locks are released. With WAIT the caller learns of it in RETURN (S& 101);
 * without WAIT the commit returns before the update runs, so RETURN stays empty.
 */
export function runFailedUpdate(call: FunctionCall): FunctionResult {
  call.system.rollbackWork(call.session);
  if (call.input.scalar('WAIT').trim() === '') return { RETURN: {} };
  return { RETURN: call.message('E', 'POSTING_FAILED', []) };
}
