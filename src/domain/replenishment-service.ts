import type { PartPort, RequisitionPort } from '../backends/port.ts';
import { KeyedLock } from './keyed-lock.ts';
import type { KeyedRunner } from './keyed-lock.ts';
import type { PurchaseRequisition } from './part.ts';
import { decideReplenishment } from './replenishment.ts';
import type { NoReplenishmentReason } from './replenishment.ts';

/** A part in a plant that replenishment looks at. */
export interface StockPlace {
  materialId: string;
  plant: string;
}

/** What replenishment did for one part in one plant. */
export type ReplenishmentOutcome = StockPlace &
  (
    | { action: 'raised'; requisition: PurchaseRequisition }
    | { action: 'none'; reason: NoReplenishmentReason | 'not-in-plant' }
    | { action: 'failed'; error: unknown }
  );

/** The result of one scan over every part at or below its reorder point. */
export interface ScanResult {
  candidates: number;
  raised: number;
  failed: number;
}

/** Hooks the service reports to (logs and metrics are wired in by the caller). */
export interface ReplenishmentHooks {
  onOutcome?: (outcome: ReplenishmentOutcome) => void;
  onScan?: (result: ScanResult, durationMs: number) => void;
  onScanError?: (error: unknown) => void;
}

/** How replenishment is wired: its hooks, and what keeps checks of one part apart. */
export interface ReplenishmentOptions extends ReplenishmentHooks {
  /**
   * Serialises the checks of one part in one plant; in-process by default. Several instances of
   * the service need one that holds across processes (a Redis lock).
   */
  lock?: KeyedRunner;
}

// The scan reads the parts below their reorder point in pages of this size.
const scanPageSize = 500;

// The first scan runs this soon after start (or after one interval, when that is shorter).
const firstScanDelayMs = 10_000;

/**
 * Keeps spare parts from running dry: a part whose available stock is at or below its reorder
 * point and that has no pending requisition gets exactly one purchase requisition. Checks for
 * the same part and plant run one at a time, so two goods issues at the same moment still
 * yield one requisition; each check reads SAP afresh after the previous one has committed.
 * Across instances of the service this holds when they share a lock (`options.lock`).
 */
export class ReplenishmentService {
  readonly #parts: PartPort;
  readonly #requisitions: RequisitionPort;
  readonly #hooks: ReplenishmentHooks;
  readonly #lock: KeyedRunner;
  #scan: Promise<ScanResult> | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(parts: PartPort, requisitions: RequisitionPort, options: ReplenishmentOptions = {}) {
    this.#parts = parts;
    this.#requisitions = requisitions;
    this.#hooks = options;
    this.#lock = options.lock ?? new KeyedLock();
  }

  /** Checks one part in one plant and raises a requisition when it needs one; never throws. */
  replenish(place: StockPlace): Promise<ReplenishmentOutcome> {
    const material = place.materialId.replace(/^0+(?=\d)/, '').toUpperCase();
    const key = `${material}|${place.plant.toUpperCase()}`;
    return this.#lock.run(key, async () => {
      let outcome: ReplenishmentOutcome;
      try {
        outcome = await this.#check(place);
      } catch (error) {
        outcome = { ...place, action: 'failed', error };
      }
      this.#report(outcome);
      return outcome;
    });
  }

  /** Checks each distinct part and plant, one after the other (after a goods issue). */
  async replenishEach(places: readonly StockPlace[]): Promise<ReplenishmentOutcome[]> {
    const distinct = new Map(places.map((p) => [`${p.materialId}|${p.plant}`, p]));
    const outcomes: ReplenishmentOutcome[] = [];
    for (const place of distinct.values()) outcomes.push(await this.replenish(place));
    return outcomes;
  }

  /**
   * Looks at every part at or below its reorder point, which catches stock changed directly in
   * SAP. A scan asked for while one runs joins the running one.
   */
  scan(): Promise<ScanResult> {
    this.#scan ??= this.#runScan().finally(() => {
      this.#scan = undefined;
    });
    return this.#scan;
  }

  /**
   * Scans soon after start (catching up on what changed while the service was down) and then
   * every `intervalMs` until stopped; the timer does not keep the process alive.
   */
  startScanning(intervalMs: number): void {
    this.#stopTimer();
    const tick = (delay: number) => {
      this.#timer = setTimeout(() => {
        this.scan()
          .catch((error: unknown) => this.#hooks.onScanError?.(error))
          .finally(() => {
            if (this.#timer !== undefined) tick(intervalMs);
          });
      }, delay);
      this.#timer.unref();
    };
    tick(Math.min(intervalMs, firstScanDelayMs));
  }

  /** Stops the periodic scan and waits for a scan that is running. */
  async stopScanning(): Promise<void> {
    this.#stopTimer();
    await this.#scan?.catch(() => undefined);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #check(place: StockPlace): Promise<ReplenishmentOutcome> {
    const part = await this.#parts.get(place.materialId);
    const wanted = place.plant.toUpperCase();
    const plant = part?.plants.find((candidate) => candidate.plant === wanted);
    if (part === null || plant === undefined) {
      return { ...place, action: 'none', reason: 'not-in-plant' };
    }

    // The part's figures count every requisition that is not closed in `onOrder`.
    const decision = decideReplenishment(plant);
    if (decision.action === 'none') return { ...place, action: 'none', reason: decision.reason };

    const requisition = await this.#requisitions.create({
      materialId: place.materialId,
      plant: place.plant,
      quantity: decision.quantity,
      unit: part.unit,
    });
    return { ...place, action: 'raised', requisition };
  }

  async #runScan(): Promise<ScanResult> {
    const started = performance.now();
    const candidates: StockPlace[] = [];
    for (let offset = 0; ; offset += scanPageSize) {
      const page = await this.#parts.list({
        belowReorderPoint: true,
        limit: scanPageSize,
        offset,
      });
      for (const part of page) {
        for (const plant of part.plants) {
          // Only what the rule would raise now is checked again, under the lock.
          if (decideReplenishment(plant).action === 'raise') {
            candidates.push({ materialId: part.materialId, plant: plant.plant });
          }
        }
      }
      if (page.length < scanPageSize) break;
    }

    let raised = 0;
    let failed = 0;
    for (const place of candidates) {
      const outcome = await this.replenish(place);
      if (outcome.action === 'raised') raised += 1;
      if (outcome.action === 'failed') failed += 1;
    }
    const result = { candidates: candidates.length, raised, failed };
    this.#hooks.onScan?.(result, performance.now() - started);
    return result;
  }

  #report(outcome: ReplenishmentOutcome): void {
    try {
      this.#hooks.onOutcome?.(outcome);
    } catch {
      // A failing hook costs its report, never the replenishment it reports.
    }
  }
}
