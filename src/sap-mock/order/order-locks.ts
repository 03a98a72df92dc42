import type { FunctionCall } from '../functions/function-module.ts';

/** The lock argument of a service order (lock object ESORDER: client-independent here). */
export function orderLockArgument(orderNumber: string): string {
  return `AUFK ${orderNumber}`;
}

/** The user of another session that holds a lock argument, if any. */
export function otherLockHolder(call: FunctionCall, argument: string): string | undefined {
  const holder = call.system.lockHolder(argument);
  return holder === undefined || holder.handle === call.session.handle ? undefined : holder.user;
}
