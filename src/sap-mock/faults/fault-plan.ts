import { z } from 'zod';

// A fault plan says which failures the mock SAP injects. Every object is strict, so that a
// misspelt fault is refused instead of silently doing nothing.

const share = z.number().min(0).max(1);
const milliseconds = z.number().int().min(0).max(86_400_000);
const functionModules = z.array(z.string().min(1).max(30)).max(1_000);

/** The zod schema of a fault plan (unknown fields refused at every level). */
export const faultPlanSchema = z.strictObject({
  /** The system is down now; it comes back by itself after forMs when given. */
  down: z.strictObject({ forMs: milliseconds.positive().optional() }).optional(),
  /** Every call (or every call of the listed function modules) waits ms ± jitterMs first. */
  latency: z
    .strictObject({
      ms: milliseconds,
      jitterMs: milliseconds.optional(),
      functionModules: functionModules.optional(),
    })
    .optional(),
  /** A share of calls fails before it runs, as a broken connection (LUW and locks lost). */
  failingCalls: z.strictObject({ share, functionModules: functionModules.optional() }).optional(),
  /** Lock entries held by another user in the enqueue server, released after forMs. */
  heldLocks: z
    .array(
      z.strictObject({
        argument: z.string().min(1).max(150),
        user: z.string().min(1).max(12).optional(),
        forMs: milliseconds.positive().optional(),
      }),
    )
    .max(1_000)
    .optional(),
  /** A share of commits with buffered work fails: rolled back, or committed but unanswered. */
  commitFailure: z.strictObject({ share, mode: z.enum(['rolled-back', 'answer-lost']) }).optional(),
  /** A share of commits with buffered work loses the connection before the commit runs. */
  droppedInLuw: z.strictObject({ share }).optional(),
  /** Seed of the pseudo-random draws; a fixed default when absent. */
  seed: z.number().int().optional(),
});

/** Which failures the mock SAP injects (all kinds may be combined). */
export type FaultPlan = z.infer<typeof faultPlanSchema>;

/** How often each kind of fault really happened since the plan was set. */
export interface InjectedFaults {
  failedCalls: number;
  commitsRolledBack: number;
  answersLost: number;
  droppedInLuw: number;
  delayedCalls: number;
  lockConflicts: number;
}

/** The fault a call meets before or after it runs, as MockSap.invoke applies it. */
export type CallFault = 'connection-lost' | 'update-failed' | 'answer-lost' | undefined;
