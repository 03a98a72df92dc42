import { BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPI_MAKT_GA,
  BAPI_MARA_GA,
  BAPI_MARC_GA,
  BAPI_MARD_GA,
} from '../ddic/structures-material.ts';
import {
  checkMaterial,
  checkScalarLengths,
  externalMaterial,
} from '../material/material-master.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

const imports = {
  MATERIAL: 'C18',
  PLANT: 'C4',
  STGE_LOC: 'C4',
  VAL_AREA: 'C4',
  VAL_TYPE: 'C10',
  SALESORG: 'C4',
  DISTR_CHAN: 'C2',
  COMP_CODE: 'C4',
};

/** SAP's language keys and their ISO codes, for the descriptions' LANGU_ISO. */
const isoLanguages: Readonly<Record<string, string>> = { E: 'EN', D: 'DE', F: 'FR', S: 'ES' };

/**
 * BAPI_MATERIAL_GET_ALL: a material's client data, descriptions and (when asked for) its plant
 * and storage location data. Valuation and sales views are not modelled.
 */
export const bapiMaterialGetAll: FunctionModule = {
  name: 'BAPI_MATERIAL_GET_ALL',
  imports,
  exports: {
    CLIENTDATA: BAPI_MARA_GA,
    PLANTDATA: BAPI_MARC_GA,
    STORAGELOCATIONDATA: BAPI_MARD_GA,
  },
  tables: { MATERIALDESCRIPTION: BAPI_MAKT_GA, RETURN: BAPIRET2 },
  run: getMaterial,
};

function getMaterial(call: FunctionCall): FunctionResult {
  const lengthErrors = checkScalarLengths(call, 'MATERIAL_VALUE_TOO_LONG', imports);
  if (lengthErrors.length > 0) return refuse(lengthErrors);

  const material = call.input.scalar('MATERIAL');
  const plant = call.input.scalar('PLANT');
  const checked = checkMaterial(call, material, { parameter: 'MATERIAL' });
  if (checked.found === undefined) return refuse([checked.error]);
  const mara = checked.found;

  let plantData: Row = {};
  if (plant !== '') {
    const marc = call.database.get('MARC', { MATNR: material, WERKS: plant });
    if (marc === undefined) {
      const variables = [externalMaterial(material), plant];
      const target = { parameter: 'PLANT' };
      return refuse([call.message('E', 'MATERIAL_NOT_IN_PLANT_MASTER', variables, target)]);
    }
    plantData = toPlantData(marc);
  }

  return {
    CLIENTDATA: {
      MATERIAL: material,
      MATL_TYPE: mara['MTART'] ?? '',
      MATL_GROUP: mara['MATKL'] ?? '',
      BASE_UOM: mara['MEINS'] ?? '',
      CREATED_ON: mara['ERSDA'] ?? '',
    },
    PLANTDATA: plantData,
    STORAGELOCATIONDATA: storageLocationData(call, material, plant),
    MATERIALDESCRIPTION: descriptions(call, material),
    RETURN: [],
  };
}

function refuse(messages: Row[]): FunctionResult {
  return { MATERIALDESCRIPTION: [], RETURN: messages };
}

/** The plant data of BAPI_MARC_GA from a MARC row. */
function toPlantData(marc: Readonly<Row>): Row {
  return {
    PLANT: marc['WERKS'] ?? '',
    MRP_TYPE: marc['DISMM'] ?? '',
    REORDER_PT: marc['MINBE'] ?? '',
    SAFETY_STK: marc['EISBE'] ?? '',
    FIXED_LOT: marc['BSTFE'] ?? '',
    LOTSIZEKEY: marc['DISLS'] ?? '',
    PLND_DELRY: marc['PLIFZ'] ?? '',
    PUR_GROUP: marc['EKGRP'] ?? '',
  };
}

// Filled only with PLANT and STGE_LOC and an existing MARD row; SAP's error for a missing
// storage location view is not modelled.
function storageLocationData(call: FunctionCall, material: string, plant: string): Row {
  const storageLocation = call.input.scalar('STGE_LOC');
  if (plant === '' || storageLocation === '') return {};
  const mard = call.database.get('MARD', { MATNR: material, WERKS: plant, LGORT: storageLocation });
  return mard === undefined ? {} : { PLANT: plant, STGE_LOC: storageLocation };
}

function descriptions(call: FunctionCall, material: string): Row[] {
  return call.database
    .select('MAKT', (row) => row['MATNR'] === material)
    .map((row) => {
      const language = row['SPRAS'] ?? '';
      return {
        LANGU: language,
        LANGU_ISO: isoLanguages[language] ?? '',
        MATL_DESC: row['MAKTX'] ?? '',
      };
    });
}
