import { MockSapUsageError } from '../mock-sap-error.ts';
import type { LockOwner } from '../session/enqueue-server.ts';
import { faultPlanSchema } from './fault-plan.ts';
import type { CallFault, FaultPlan, InjectedFaults } from './fault-plan.ts';
import { SeededRandom, defaultFaultSeed } from './seeded-random.ts';

/** What the fault plan needs of its system: the outage switch and the enqueue server. */
export interface FaultHost {
  setSystemDown(down: boolean): void;
  lock(argument: string, owner: LockOwner): LockOwner | undefined;
  lockHolder(argument: string): LockOwner | undefined;
  releaseLocks(handle: number): void;
}

/** The user that holds a planned lock when the plan names none. */
export const defaultLockUser = 'MAINT_USER';

const commitFunctionModule = 'BAPI_TRANSACTION_COMMIT';

// Each kind of fault draws from its own generator, so that adding latency to a plan does not
// change which calls fail.
interface Draws {
  latency: SeededRandom;
  failingCalls: SeededRandom;
  droppedInLuw: SeededRandom;
  commitFailure: SeededRandom;
}

/**
 * The fault plan of a mock SAP: outages, latency, failing calls, locks held by other users and
 * commits that fail. Draws are seeded, so the same plan fails the same calls on every run.
 */
export class MockFaults {
  readonly #host: FaultHost;
  #plan: FaultPlan = {};
  #draws: Draws = createDraws(defaultFaultSeed);
  #injected: InjectedFaults = noFaults();
  readonly #timers = new Set<NodeJS.Timeout>();
  #downByPlan = false;
  #nextLockHandle = -1;

  constructor(host: FaultHost) {
    this.#host = host;
  }

  /** The plan in force (a JSON-able copy, without outages and locks that have ended). */
  get plan(): FaultPlan {
    return structuredClone(this.#plan);
  }

  /** How often each kind of fault happened since the plan was set. */
  get injected(): InjectedFaults {
    return { ...this.#injected };
  }

  /**
   * Replaces the whole plan and zeroes the counters; throws MockSapUsageError for an invalid
   * plan or a planned lock that a session holds already.
   */
  set(plan: FaultPlan): void {
    const parsed = faultPlanSchema.safeParse(plan);
    if (!parsed.success) throw new MockSapUsageError(`Invalid fault plan: ${parsed.error.message}`);
    this.#checkLocksFree(parsed.data);

    this.clear();
    this.#plan = structuredClone(parsed.data);
    this.#draws = createDraws(parsed.data.seed ?? defaultFaultSeed);
    if (parsed.data.down !== undefined) this.#takeDown(parsed.data.down.forMs);
    for (const held of this.#plan.heldLocks ?? []) this.#holdLock(held);
  }

  /** Removes every fault: the system is up again (if the plan took it down), locks released. */
  clear(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    for (let handle = -1; handle > this.#nextLockHandle; handle -= 1) {
      this.#host.releaseLocks(handle);
    }
    this.#nextLockHandle = -1;
    if (this.#downByPlan) this.#bringUp();

    this.#plan = {};
    this.#draws = createDraws(defaultFaultSeed);
    this.#injected = noFaults();
  }

  /** Waits the planned latency of a call to a function module (at once when none applies). */
  delayFor(functionModule: string): Promise<void> {
    const latency = this.#plan.latency;
    if (latency === undefined || !applies(latency.functionModules, functionModule)) {
      return Promise.resolve();
    }
    const jitter = latency.jitterMs ?? 0;
    const ms = Math.max(0, latency.ms + (this.#draws.latency.next() * 2 - 1) * jitter);
    if (ms === 0) return Promise.resolve();

    this.#injected.delayedCalls += 1;
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  /**
   * Draws the fault a call meets: a broken connection before it runs, or, for a commit of
   * buffered work, a connection lost before the commit, a failed update or a lost answer.
   */
  drawCallFault(functionModule: string, hasBufferedWork: boolean): CallFault {
    const failing = this.#plan.failingCalls;
    if (failing !== undefined && applies(failing.functionModules, functionModule)) {
      if (this.#draws.failingCalls.chance(failing.share)) {
        this.#injected.failedCalls += 1;
        return 'connection-lost';
      }
    }
    if (functionModule !== commitFunctionModule || !hasBufferedWork) return undefined;

    const dropped = this.#plan.droppedInLuw;
    if (dropped !== undefined && this.#draws.droppedInLuw.chance(dropped.share)) {
      this.#injected.droppedInLuw += 1;
      return 'connection-lost';
    }
    const commit = this.#plan.commitFailure;
    if (commit === undefined || !this.#draws.commitFailure.chance(commit.share)) return undefined;
    if (commit.mode === 'rolled-back') {
      this.#injected.commitsRolledBack += 1;
      return 'update-failed';
    }
    this.#injected.answersLost += 1;
    return 'answer-lost';
  }

  /** Counts a lock request that met a planned lock; answers the holder unchanged. */
  observeLock(holder: LockOwner | undefined): LockOwner | undefined {
    if (holder !== undefined && holder.handle < 0) this.#injected.lockConflicts += 1;
    return holder;
  }

  #checkLocksFree(plan: FaultPlan): void {
    const seen = new Set<string>();
    for (const { argument } of plan.heldLocks ?? []) {
      if (seen.has(argument)) throw new MockSapUsageError(`Lock ${argument} is planned twice`);
      seen.add(argument);
      const holder = this.#host.lockHolder(argument);
      if (holder !== undefined && holder.handle > 0) {
        throw new MockSapUsageError(`Lock ${argument} is held by user ${holder.user} already`);
      }
    }
  }

  #takeDown(forMs: number | undefined): void {
    this.#downByPlan = true;
    this.#host.setSystemDown(true);
    if (forMs !== undefined)
      this.#after(forMs, () => {
        this.#bringUp();
      });
  }

  #bringUp(): void {
    this.#downByPlan = false;
    delete this.#plan.down;
    this.#host.setSystemDown(false);
  }

  #holdLock(held: NonNullable<FaultPlan['heldLocks']>[number]): void {
    const handle = this.#nextLockHandle;
    this.#nextLockHandle -= 1;
    // Planned locks belong to negative handles: no session ever has one, so every session
    // meets them as another user's lock.
    this.#host.lock(held.argument, { handle, user: held.user ?? defaultLockUser });
    if (held.forMs === undefined) return;

    this.#after(held.forMs, () => {
      this.#host.releaseLocks(handle);
      const remaining = (this.#plan.heldLocks ?? []).filter((entry) => entry !== held);
      if (remaining.length > 0) this.#plan.heldLocks = remaining;
      else delete this.#plan.heldLocks;
    });
  }

  #after(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      action();
    }, ms);
    timer.unref();
    this.#timers.add(timer);
  }
}

function applies(functionModules: readonly string[] | undefined, functionModule: string): boolean {
  return functionModules === undefined || functionModules.includes(functionModule);
}

function createDraws(seed: number): Draws {
  return {
    latency: new SeededRandom(seed),
    failingCalls: new SeededRandom(seed + 1),
    droppedInLuw: new SeededRandom(seed + 2),
    commitFailure: new SeededRandom(seed + 3),
  };
}

function noFaults(): InjectedFaults {
  return {
    failedCalls: 0,
    commitsRolledBack: 0,
    answersLost: 0,
    droppedInLuw: 0,
    delayedCalls: 0,
    lockConflicts: 0,
  };
}
