/**
 * Generates the mock SAP's seed data: `node mocks/seed/generate.ts [output-dir]`.
 * Without an argument it writes into mocks/seed/default/. The output depends on nothing but
 * the catalogues and the fixed seed, so running it twice yields the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBilling } from './build/build-billing.ts';
import { buildCustomers, numberCustomers } from './build/build-customers.ts';
import { buildContracts } from './build/build-contracts.ts';
import { buildCustomizing } from './build/build-customizing.ts';
import { buildEquipment } from './build/build-equipment.ts';
import { buildMaterials } from './build/build-materials.ts';
import { buildNotifications } from './build/build-notifications.ts';
import { buildOrders } from './build/build-orders.ts';
import { buildRequisitions } from './build/build-requisitions.ts';
import { buildStock } from './build/build-stock.ts';
import { buildWarranties } from './build/build-warranties.ts';
import type { SeedData } from './seed-tables.ts';

/** The directory the mock SAP loads its default seed from. */
export const DEFAULT_SEED_DIR = fileURLToPath(new URL('./default/', import.meta.url));

/** Builds every seeded table and the long texts in memory. */
export function generateSeed(): SeedData {
  const customizing = buildCustomizing();
  const customers = numberCustomers();
  const materials = buildMaterials();
  const stock = buildStock(materials.spareParts);
  const equipment = buildEquipment(customers);
  const customerTables = buildCustomers(customers, equipment.equipment);
  const notifications = buildNotifications(equipment.equipment);
  // Master warranties and service contracts, each from its own random stream.
  const warranties = buildWarranties(equipment.equipment);
  const contracts = buildContracts(equipment.equipment, warranties.assigned);
  // Service orders from their own random stream; they extend QMEL, JEST, IHPA and NRIV in place.
  const orders = buildOrders(notifications, equipment.equipment, materials);
  // Purchase requisitions from their own random stream, after the orders' reservations.
  const requisitions = buildRequisitions({ ...materials, ...stock, RESB: orders.RESB });
  // Prices, tax and billing number ranges; nothing random but the spare parts' price spread.
  const billing = buildBilling(customers, materials);

  return {
    tables: {
      T001W: customizing.T001W,
      T001L: customizing.T001L,
      KNA1: customerTables.KNA1,
      ADR6: customerTables.ADR6,
      MARA: materials.MARA,
      MAKT: materials.MAKT,
      MARC: stock.MARC,
      MARD: stock.MARD,
      EBAN: requisitions.EBAN,
      EQUI: equipment.EQUI,
      EQKT: equipment.EQKT,
      EQUZ: equipment.EQUZ,
      ILOA: equipment.ILOA,
      TQ80: customizing.TQ80,
      T356: customizing.T356,
      QPCD: customizing.QPCD,
      QMEL: notifications.QMEL,
      QMFE: notifications.QMFE,
      JEST: notifications.JEST,
      TJ02T: customizing.TJ02T,
      IHPA: notifications.IHPA,
      NRIV: [...notifications.NRIV, ...contracts.NRIV, ...requisitions.NRIV, ...billing.NRIV],
      // Tables beyond SeedData's list, spread in: the generator writes whatever it is given.
      ...{
        BGMK: warranties.BGMK,
        BGMT: warranties.BGMT,
        BGMP: warranties.BGMP,
        BGMKOBJ: warranties.BGMKOBJ,
        VBAK: contracts.VBAK,
        VBAP: contracts.VBAP,
        VEDA: contracts.VEDA,
        KONV: contracts.KONV,
        SER02: contracts.SER02,
        OBJK: contracts.OBJK,
      },
      ...{
        T003O: orders.T003O,
        CRHD: orders.CRHD,
        CRTX: orders.CRTX,
        AUFK: orders.AUFK,
        AFKO: orders.AFKO,
        AFIH: orders.AFIH,
        AFVC: orders.AFVC,
        AFVV: orders.AFVV,
        RESB: orders.RESB,
        AFRU: orders.AFRU,
        MKPF: orders.MKPF,
        MSEG: orders.MSEG,
      },
      ...{
        A004: billing.A004,
        A005: billing.A005,
        A002: billing.A002,
        KONP: billing.KONP,
        KNVI: billing.KNVI,
        MLAN: billing.MLAN,
        ...billing.empty,
      },
    },
    texts: notifications.texts,
  };
}

/** Serialises a table the way the seed files are stored: pretty JSON, 2 spaces, final newline. */
function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes one `<TABLE>.json` per table and `texts.json` into the directory, and returns the file names. */
export function writeSeed(outputDir: string = DEFAULT_SEED_DIR): string[] {
  const seed = generateSeed();
  mkdirSync(outputDir, { recursive: true });

  const files: string[] = [];
  for (const [table, rows] of Object.entries(seed.tables)) {
    writeFileSync(join(outputDir, `${table}.json`), toJson(rows));
    files.push(`${table}.json`);
  }
  writeFileSync(join(outputDir, 'texts.json'), toJson(seed.texts));
  files.push('texts.json');
  return files;
}

if (import.meta.main) {
  const [outputDir] = process.argv.slice(2);
  writeSeed(outputDir === undefined ? DEFAULT_SEED_DIR : resolve(outputDir));
}
