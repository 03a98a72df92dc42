import { LRUCache } from 'lru-cache';
import { AppError, NotFoundError } from '../errors.ts';
import type { ContractPort, WarrantyPort } from '../backends/port.ts';
import { coversDay, dayIn } from './contract-period.ts';
import { decideCoverage } from './warranty.ts';
import type {
  ContractSummary,
  CoverageStatus,
  SerializedEquipment,
  WarrantyCheck,
} from './warranty.ts';
import { AmbiguousSerialNumberError } from './warranty-errors.ts';

/** Settings of the warranty check and its cache. */
export interface WarrantyServiceOptions {
  /** The SAP system's time zone: its calendar day is "today". */
  timeZone: string;
  /** How long an answer is reused, in seconds; 0 turns the cache off. */
  cacheTtlSeconds: number;
  /** How many answers the cache keeps at most. */
  cacheMaxEntries: number;
  clock?: () => Date;
  /** Told whether each check found its answer in the cache (only while the cache is on). */
  onCacheLookup?: ((result: 'hit' | 'miss') => void) | undefined;
}

/** What the caller asks besides the serial number. */
export interface WarrantyCheckRequest {
  materialId?: string | undefined;
  /** The day to check (ISO date); today in the SAP system's time zone when absent. */
  on?: string | undefined;
}

/** The coverage summary an equipment record shows. */
export interface EquipmentCoverage {
  warranty: CoverageStatus;
  contracts: (ContractSummary & { active: boolean })[];
}

// A cached answer: the check, or the "not found"/"ambiguous" refusal (a web shop asking again
// and again for an unknown serial number must not reach SAP every time either).
type Outcome = { check: WarrantyCheck } | { refusal: AppError };

const keySeparator = '\u0000';

/** The web shop's warranty check, with an in-process cache that writes here invalidate. */
export class WarrantyService {
  readonly #warranty: WarrantyPort;
  readonly #contracts: ContractPort;
  readonly #timeZone: string;
  readonly #clock: () => Date;
  readonly #cache: LRUCache<string, Outcome> | null;
  readonly #onCacheLookup: ((result: 'hit' | 'miss') => void) | undefined;
  readonly #running = new Map<string, Promise<Outcome>>();
  // Bumped by every invalidation: an answer read before it is not cached after it.
  #generation = 0;

  constructor(warranty: WarrantyPort, contracts: ContractPort, options: WarrantyServiceOptions) {
    this.#warranty = warranty;
    this.#contracts = contracts;
    this.#timeZone = options.timeZone;
    this.#clock = options.clock ?? (() => new Date());
    this.#onCacheLookup = options.onCacheLookup;
    this.#cache =
      options.cacheTtlSeconds > 0
        ? new LRUCache<string, Outcome>({
            max: options.cacheMaxEntries,
            ttl: options.cacheTtlSeconds * 1000,
            // The service's clock, read on every look-up (no timer-based caching of "now").
            perf: { now: () => this.#clock().getTime() },
            ttlResolution: 0,
          })
        : null;
  }

  /**
   * Tells whether the machine with this serial number is covered on a day; throws NotFoundError
   * for an unknown serial number and AmbiguousSerialNumberError when a material is needed.
   */
  async check(serialNumber: string, request: WarrantyCheckRequest = {}): Promise<WarrantyCheck> {
    const serial = serialNumber.toUpperCase();
    const material = request.materialId?.toUpperCase();
    const day = request.on ?? this.today();
    const key = [serial, material ?? '', day].join(keySeparator);

    const cached = this.#cache?.get(key);
    if (this.#cache) this.#onCacheLookup?.(cached ? 'hit' : 'miss');
    const outcome = cached ?? (await this.#checkOnce(key, serial, material, day));
    if ('refusal' in outcome) throw outcome.refusal;
    return outcome.check;
  }

  /** Forgets the cached answers for these serial numbers (after their coverage changed). */
  invalidateSerialNumbers(serialNumbers: Iterable<string>): void {
    this.#generation += 1;
    if (!this.#cache) return;

    const prefixes = [...serialNumbers].map((serial) => serial.toUpperCase() + keySeparator);
    if (prefixes.length === 0) return;
    for (const key of [...this.#cache.keys()]) {
      if (prefixes.some((prefix) => key.startsWith(prefix))) this.#cache.delete(key);
    }
  }

  /** The coverage of one equipment record today: the status and its contracts (not cached). */
  async coverageOfEquipment(equipmentId: string): Promise<EquipmentCoverage> {
    const day = this.today();
    const [warranties, contracts] = await Promise.all([
      this.#warranty.listWarranties(equipmentId),
      this.#contracts.listSummaries({ equipmentId }),
    ]);
    return {
      warranty: decideCoverage(warranties, contracts, day),
      contracts: contracts.map((contract) => withActive(contract, day)),
    };
  }

  /** Today in the SAP system's time zone, as an ISO date. */
  today(): string {
    return dayIn(this.#timeZone, this.#clock());
  }

  // Concurrent checks of the same key share one round trip to SAP.
  #checkOnce(key: string, serial: string, material: string | undefined, day: string) {
    const running = this.#running.get(key);
    if (running) return running;

    const generation = this.#generation;
    const attempt = this.#read(serial, material, day).then((outcome) => {
      if (this.#generation === generation) this.#cache?.set(key, outcome);
      return outcome;
    });
    this.#running.set(key, attempt);
    return attempt.finally(() => this.#running.delete(key));
  }

  async #read(serial: string, material: string | undefined, day: string): Promise<Outcome> {
    const found = await this.#warranty.findEquipmentBySerial(serial, material);
    const equipment = pickEquipment(found, serial, material);
    if (equipment instanceof AppError) return { refusal: equipment };

    const [warranties, contracts] = await Promise.all([
      this.#warranty.listWarranties(equipment.equipmentId),
      this.#contracts.listSummaries({ equipmentId: equipment.equipmentId }),
    ]);
    const coverage = decideCoverage(warranties, contracts, day);
    return {
      check: {
        serialNumber: equipment.serialNumber,
        materialId: equipment.materialId,
        equipmentId: equipment.equipmentId,
        ...coverage,
        warranties: warranties.map((warranty) => ({
          ...warranty,
          active: coversDay({ from: warranty.startsOn, to: warranty.endsOn }, day),
        })),
        contracts: contracts.map((contract) => withActive(contract, day)),
      },
    };
  }
}

function pickEquipment(
  found: SerializedEquipment[],
  serial: string,
  material: string | undefined,
): SerializedEquipment | AppError {
  const [first] = found;
  if (!first) {
    const what = material === undefined ? serial : `${serial} of material ${material}`;
    return new NotFoundError('Serial number', what);
  }
  const materials = [...new Set(found.map((equipment) => equipment.materialId))].sort();
  if (materials.length > 1) return new AmbiguousSerialNumberError(serial, materials);
  return first;
}

function withActive(contract: ContractSummary, day: string): ContractSummary & { active: boolean } {
  return {
    ...contract,
    active: coversDay({ from: contract.validFrom, to: contract.validTo }, day),
  };
}
