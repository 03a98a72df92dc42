import { formatDecimal, parseDecimal } from './order-decimal.ts';
import type { PartPlant, StorageLocationStock } from './part.ts';

// The rule that decides whether a part needs a purchase requisition. Pure: the figures come from
// SAP, the decision is made here, the same for every backend.

/** The figures SAP gives for a part in a plant, as decimal strings. */
export interface PlantFigures {
  plant: string;
  unrestricted: string;
  reserved: string;
  onOrder: string;
  reorderPoint: string;
  safetyStock: string;
  reorderQuantity: string;
  storageLocations: StorageLocationStock[];
}

/** Why no requisition is raised. */
export type NoReplenishmentReason =
  'no-reorder-point' | 'above-reorder-point' | 'requisition-pending' | 'no-reorder-quantity';

/** What replenishment does for a part in a plant. */
export type ReplenishmentDecision =
  { action: 'raise'; quantity: string } | { action: 'none'; reason: NoReplenishmentReason };

/** Derives available stock and the reorder-point flag from SAP's figures. */
export function partPlantOf(figures: PlantFigures): PartPlant {
  const free = units(figures.unrestricted) - units(figures.reserved);
  const available = free > 0n ? free : 0n;
  const reorderPoint = units(figures.reorderPoint);
  return {
    plant: figures.plant,
    unrestricted: formatDecimal(units(figures.unrestricted)),
    reserved: formatDecimal(units(figures.reserved)),
    available: formatDecimal(available),
    onOrder: formatDecimal(units(figures.onOrder)),
    reorderPoint: formatDecimal(reorderPoint),
    safetyStock: formatDecimal(units(figures.safetyStock)),
    reorderQuantity: formatDecimal(units(figures.reorderQuantity)),
    belowReorderPoint: reorderPoint > 0n && available <= reorderPoint,
    storageLocations: figures.storageLocations.map((location) => ({
      storageLocation: location.storageLocation,
      unrestricted: formatDecimal(units(location.unrestricted)),
    })),
  };
}

/**
 * A part whose available stock is at or below its reorder point (above zero) gets one
 * requisition for its reorder quantity, unless a requisition for it is still pending: anything
 * on order (open or ordered requisitions) means the goods are already on their way.
 */
export function decideReplenishment(plant: PartPlant): ReplenishmentDecision {
  if (units(plant.reorderPoint) <= 0n) return { action: 'none', reason: 'no-reorder-point' };
  if (!plant.belowReorderPoint) return { action: 'none', reason: 'above-reorder-point' };
  if (units(plant.onOrder) > 0n) return { action: 'none', reason: 'requisition-pending' };
  if (units(plant.reorderQuantity) <= 0n) return { action: 'none', reason: 'no-reorder-quantity' };
  return { action: 'raise', quantity: plant.reorderQuantity };
}

function units(text: string): bigint {
  return parseDecimal(text) ?? 0n;
}
