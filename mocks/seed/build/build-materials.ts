import { BILLING_MATERIALS, BILLING_MATERIALS_CREATED_ON } from '../catalog/billing-rates.ts';
import { MACHINE_KINDS } from '../catalog/machine-kinds.ts';
import type { MachineKind } from '../catalog/machine-kinds.ts';
import { MACHINE_MODELS } from '../catalog/machine-models.ts';
import { SPARE_PART_FAMILIES } from '../catalog/spare-parts.ts';
import {
  SERVICE_MATERIAL_GROUP,
  SERVICE_PRODUCTS,
  SERVICE_PRODUCTS_CREATED_ON,
  SERVICE_UNIT,
} from '../catalog/service-products.ts';
import type { SparePartFamily } from '../catalog/spare-parts.ts';
import { createRandom } from '../random.ts';
import { fromDats, toDats, toMatnr, toSearchTerm } from '../sap-format.ts';
import type { MaktRow, MaraRow } from '../seed-tables.ts';
import { SEED } from './seed-context.ts';

/** The first spare-part material number; the parts are numbered on from here. */
export const FIRST_SPARE_PART = 200_001;

/** A spare part with its material number and the family it comes from. */
export interface SeedSparePart {
  matnr: string;
  family: SparePartFamily;
  kinds: readonly MachineKind[];
}

/** The material master tables and the spare parts that plant data is built for. */
export interface MaterialTables {
  MARA: MaraRow[];
  MAKT: MaktRow[];
  spareParts: SeedSparePart[];
}

/** Expands the part families into one material per variant, numbered from FIRST_SPARE_PART. */
function expandSpareParts(): { part: SeedSparePart; en: string; de: string }[] {
  const variants = SPARE_PART_FAMILIES.flatMap((family) =>
    (family.variants.length > 0 ? family.variants : [['', '']]).map(([en, de]) => ({
      family,
      en,
      de,
    })),
  );

  return variants.map(({ family, en, de }, index) => ({
    part: { matnr: toMatnr(FIRST_SPARE_PART + index), family, kinds: family.kinds },
    en: en === '' ? family.en : `${family.en} ${en}`,
    de: de === '' ? family.de : `${family.de} ${de}`,
  }));
}

/** A MAKT row: the description and, in MAKTG, the same upper-cased for searches. */
function description(matnr: string, language: string, text: string): MaktRow {
  return { MATNR: matnr, SPRAS: language, MAKTX: text, MAKTG: toSearchTerm(text, 40) };
}

/**
 * Builds MARA and MAKT for the machine models (FERT), spare parts (ERSA) and services (DIEN:
 * the contracts' service products, labour and travel).
 */
export function buildMaterials(): MaterialTables {
  const random = createRandom(SEED, 'materials');
  const tables: MaterialTables = { MARA: [], MAKT: [], spareParts: [] };

  for (const model of MACHINE_MODELS) {
    const createdOn = toDats(random.int(fromDats('20110103'), fromDats('20111216')));
    tables.MARA.push({
      MATNR: model.matnr,
      MTART: 'FERT',
      MATKL: MACHINE_KINDS[model.kind].materialGroup,
      MEINS: 'ST',
      ERSDA: createdOn,
    });
    tables.MAKT.push(
      description(model.matnr, 'D', model.descriptionDe),
      description(model.matnr, 'E', model.descriptionEn),
    );
  }

  for (const { part, en, de } of expandSpareParts()) {
    const createdOn = toDats(random.int(fromDats('20110103'), fromDats('20131220')));
    tables.MARA.push({
      MATNR: part.matnr,
      MTART: 'ERSA',
      MATKL: part.family.group,
      MEINS: part.family.unit,
      ERSDA: createdOn,
    });
    tables.MAKT.push(description(part.matnr, 'D', de), description(part.matnr, 'E', en));
    tables.spareParts.push(part);
  }

  // Service products sold in service contracts (MTART DIEN); nothing random, so the rows
  // above stay the same.
  for (const product of SERVICE_PRODUCTS) {
    tables.MARA.push({
      MATNR: product.matnr,
      MTART: 'DIEN',
      MATKL: SERVICE_MATERIAL_GROUP,
      MEINS: SERVICE_UNIT,
      ERSDA: SERVICE_PRODUCTS_CREATED_ON,
    });
    tables.MAKT.push(
      description(product.matnr, 'D', product.descriptionDe),
      description(product.matnr, 'E', product.descriptionEn),
    );
  }

  // Labour and travel, which billed service orders charge; not random either.
  for (const material of BILLING_MATERIALS) {
    tables.MARA.push({
      MATNR: material.matnr,
      MTART: 'DIEN',
      MATKL: SERVICE_MATERIAL_GROUP,
      MEINS: material.unit,
      ERSDA: BILLING_MATERIALS_CREATED_ON,
    });
    tables.MAKT.push(
      description(material.matnr, 'D', material.descriptionDe),
      description(material.matnr, 'E', material.descriptionEn),
    );
  }
  return tables;
}
