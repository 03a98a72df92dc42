import { PLANTS, STORAGE_LOCATIONS } from '../catalog/plants.ts';
import type { SparePartFamily } from '../catalog/spare-parts.ts';
import { createRandom } from '../random.ts';
import type { Random } from '../random.ts';
import { toNumc, toQuantity } from '../sap-format.ts';
import type { MarcRow, MardRow } from '../seed-tables.ts';
import type { SeedSparePart } from './build-materials.ts';
import { SEED } from './seed-context.ts';

/** Share of plant/part combinations without MRP (DISMM 'ND'). */
const NO_PLANNING_SHARE = 0.12;

/** Share of planned parts whose plant stock is at or below the reorder point, and with none at all. */
const LOW_STOCK_SHARE = 0.08;
const ZERO_STOCK_SHARE = 0.025;

/** Lot-size key of planned parts: a fixed lot of MARC-BSTFE. */
const FIXED_LOT_SIZE = 'FX';

/** How big a plant's stock is compared with Hamburg's. */
const PLANT_SCALE: Readonly<Record<string, number>> = { '1000': 1, '1100': 0.9, '1200': 0.7 };

/** The plant data and storage-location stock of the spare parts. */
export interface StockTables {
  MARC: MarcRow[];
  MARD: MardRow[];
}

/** MRP figures of one part in one plant. */
interface Planning {
  reorderPoint: number;
  safetyStock: number;
  lotSize: number;
  deliveryDays: number;
}

/** Chooses a reorder point, safety stock, lot size and delivery time that fit the part. */
function planPart(family: SparePartFamily, plant: string, random: Random): Planning {
  const unitScale = { ST: 1, L: 5, M: 10, KG: 3 }[family.unit];
  const base = { fast: random.int(8, 30), medium: random.int(3, 10), slow: random.int(1, 3) }[
    family.turnover
  ];
  const reorderPoint = Math.max(1, Math.round(base * unitScale * (PLANT_SCALE[plant] ?? 1)));
  const safetyStock = Math.min(
    reorderPoint - 1,
    Math.floor((reorderPoint * random.int(30, 60)) / 100),
  );
  const lotSize = Math.max(reorderPoint, Math.round((reorderPoint * random.int(15, 30)) / 10));
  const deliveryDays = {
    fast: random.int(2, 7),
    medium: random.int(5, 15),
    slow: random.int(14, 45),
  }[family.turnover];
  return { reorderPoint, safetyStock, lotSize, deliveryDays };
}

/** Splits a plant's stock over central warehouse, van stock and repair shop. */
function splitStock(planning: Planning | undefined, random: Random): [number, number, number] {
  if (planning === undefined) return [random.int(0, 6), random.int(0, 1), random.int(0, 2)];

  const roll = random.next();
  if (roll < ZERO_STOCK_SHARE) return [0, 0, 0];
  if (roll < ZERO_STOCK_SHARE + LOW_STOCK_SHARE)
    return [random.int(1, planning.reorderPoint), 0, 0];

  const central = planning.reorderPoint + random.int(1, planning.lotSize);
  const van = random.chance(0.4)
    ? random.int(1, Math.max(1, Math.ceil(planning.reorderPoint / 4)))
    : 0;
  const shop = random.chance(0.2) ? random.int(1, 2) : 0;
  return [central, van, shop];
}

/** Builds MARC and MARD for every spare part in every plant. */
export function buildStock(parts: readonly SeedSparePart[]): StockTables {
  const random = createRandom(SEED, 'stock');
  const tables: StockTables = { MARC: [], MARD: [] };

  for (const part of parts) {
    for (const plant of PLANTS) {
      const planned = !random.chance(NO_PLANNING_SHARE);
      const planning = planPart(part.family, plant.werks, random);
      tables.MARC.push({
        MATNR: part.matnr,
        WERKS: plant.werks,
        DISMM: planned ? 'VB' : 'ND',
        MINBE: toQuantity(planned ? planning.reorderPoint : 0),
        EISBE: toQuantity(planned ? planning.safetyStock : 0),
        BSTFE: toQuantity(planned ? planning.lotSize : 0),
        // Added without random draws, so the figures above stay as they were.
        DISLS: planned ? FIXED_LOT_SIZE : '',
        PLIFZ: toNumc(planning.deliveryDays, 3),
        EKGRP: plant.purchasingGroup,
      });

      const quantities = splitStock(planned ? planning : undefined, random);
      STORAGE_LOCATIONS.forEach((location, index) => {
        tables.MARD.push({
          MATNR: part.matnr,
          WERKS: plant.werks,
          LGORT: location.lgort,
          LABST: toQuantity(quantities[index] ?? 0),
        });
      });
    }
  }
  return tables;
}
