import {
  DAMAGE_CODES,
  NOTIFICATION_STATUSES,
  NOTIFICATION_TYPES,
  ORDER_STATUSES,
  PRIORITIES,
  PRIORITY_TYPES,
} from '../catalog/customizing.ts';
import { PLANTS, STORAGE_LOCATIONS } from '../catalog/plants.ts';
import { toNumc } from '../sap-format.ts';
import type { QpcdRow, T001lRow, T001wRow, T356Row, Tj02tRow, Tq80Row } from '../seed-tables.ts';

/** The organisational and customizing tables: plants, storage locations, types, priorities, codes, status texts. */
export interface CustomizingTables {
  T001W: T001wRow[];
  T001L: T001lRow[];
  TQ80: Tq80Row[];
  T356: T356Row[];
  QPCD: QpcdRow[];
  TJ02T: Tj02tRow[];
}

/** Builds the customizing tables from the catalogue; nothing here is random. */
export function buildCustomizing(): CustomizingTables {
  return {
    T001W: PLANTS.map((plant) => ({
      WERKS: plant.werks,
      NAME1: plant.name,
      ORT01: plant.city,
      LAND1: plant.country,
    })),
    T001L: PLANTS.flatMap((plant) =>
      STORAGE_LOCATIONS.map((location) => ({
        WERKS: plant.werks,
        LGORT: location.lgort,
        LGOBE: location.name,
      })),
    ),
    TQ80: NOTIFICATION_TYPES.map(([QMART, QMTYP, ARTPR, QMARTX]) => ({
      QMART,
      QMTYP,
      ARTPR,
      QMARTX,
    })),
    T356: PRIORITY_TYPES.flatMap((ARTPR) =>
      PRIORITIES.map(([PRIOK, PRIOKX]) => ({ ARTPR, PRIOK, PRIOKX })),
    ),
    QPCD: Object.entries(DAMAGE_CODES).flatMap(([CODEGRUPPE, texts]) =>
      texts.map((KURZTEXT, index) => ({
        KATALOGART: 'C',
        CODEGRUPPE,
        CODE: toNumc(index + 1, 4),
        KURZTEXT,
      })),
    ),
    TJ02T: [...NOTIFICATION_STATUSES, ...ORDER_STATUSES].flatMap(
      ([ISTAT, txt04En, txt30En, txt04De, txt30De]) => [
        { ISTAT, SPRAS: 'D', TXT04: txt04De, TXT30: txt30De },
        { ISTAT, SPRAS: 'E', TXT04: txt04En, TXT30: txt30En },
      ],
    ),
  };
}
