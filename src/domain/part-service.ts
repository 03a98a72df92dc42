import type { PartPort, RequisitionPort } from '../backends/port.ts';
import { NotFoundError, UnprocessableInputError } from '../errors.ts';
import { parseDecimal } from './order-decimal.ts';
import type {
  Part,
  PartAvailability,
  PartQuery,
  PurchaseRequisition,
  ReorderPolicy,
  RequisitionQuery,
} from './part.ts';
import type { ReplenishmentService } from './replenishment-service.ts';

/** The use cases of spare parts and their purchase requisitions. */
export class PartService {
  readonly #parts: PartPort;
  readonly #requisitions: RequisitionPort;
  readonly #replenishment: ReplenishmentService;

  constructor(parts: PartPort, requisitions: RequisitionPort, replenishment: ReplenishmentService) {
    this.#parts = parts;
    this.#requisitions = requisitions;
    this.#replenishment = replenishment;
  }

  /** Reads a part with its stock per plant; throws NotFoundError when SAP does not know it. */
  async get(materialId: string): Promise<Part> {
    const part = await this.#parts.get(materialId);
    if (part === null) throw new NotFoundError('Part', materialId);
    return part;
  }

  /** Lists spare parts, all or those to act on. */
  list(query: PartQuery): Promise<Part[]> {
    return this.#parts.list(query);
  }

  /**
   * Checks a quantity of a part in a plant, or in one storage location of it (a service van);
   * NotFoundError when the plant does not keep the part.
   */
  async availability(
    materialId: string,
    place: { plant: string; storageLocation?: string | undefined },
    quantity: string,
  ): Promise<PartAvailability> {
    const availability = await this.#parts.availability(materialId, place, quantity);
    if (availability === null) {
      throw new NotFoundError('Part', `${materialId} in plant ${place.plant}`);
    }
    return availability;
  }

  /**
   * Changes the reorder policy of a part in a plant, then checks at once whether the part now
   * needs a requisition. A safety stock above the reorder point is refused (422): the part would
   * be reordered only after dipping into its safety stock.
   */
  async setReorderPolicy(materialId: string, plant: string, policy: ReorderPolicy): Promise<Part> {
    const units = (text: string) => parseDecimal(text) ?? 0n;
    if (units(policy.safetyStock) > units(policy.reorderPoint)) {
      const message =
        `The safety stock ${policy.safetyStock} is above ` +
        `the reorder point ${policy.reorderPoint}.`;
      throw new UnprocessableInputError(
        [{ path: 'safetyStock', code: 'above_reorder_point', message }],
        message,
      );
    }
    await this.#parts.setReorderPolicy(materialId, plant, policy);
    await this.#replenishment.replenish({ materialId, plant });
    return this.get(materialId);
  }

  /** Lists purchase requisition items, newest first. */
  listRequisitions(query: RequisitionQuery): Promise<PurchaseRequisition[]> {
    return this.#requisitions.list(query);
  }
}
