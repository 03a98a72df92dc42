import {
  BAPI_MAKT,
  BAPI_MARA,
  BAPI_MARC,
  BAPI_MARCX,
  BAPI_MARD,
  BAPIMATHEAD,
} from '../ddic/structures-material.ts';
import { lengthCheck } from '../messages/length-check.ts';
import { externalMaterial } from './material-master.ts';
import type { ChangeSet } from '../database/table-store.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';

// The checks and the buffered changes of BAPI_MATERIAL_SAVEDATA for an existing material:
// client data (MARA), plant data (MARC) and descriptions (MAKT), field by field under X flags.

/** The MRP types the mock knows (T438A in small). */
export const mrpTypes: readonly string[] = ['ND', 'VB', 'VM', 'V1', 'V2', 'PD'];

/** BAPI_MARC fields and the MARC columns they change when flagged in BAPI_MARCX. */
const plantColumns: Readonly<Record<string, string>> = {
  MRP_TYPE: 'DISMM',
  REORDER_PT: 'MINBE',
  SAFETY_STK: 'EISBE',
  FIXED_LOT: 'BSTFE',
  LOTSIZEKEY: 'DISLS',
  PLND_DELRY: 'PLIFZ',
  PUR_GROUP: 'EKGRP',
};

/** BAPI_MARA fields and the MARA columns they change when flagged in BAPI_MARAX. */
const clientColumns: Readonly<Record<string, string>> = { MATL_GROUP: 'MATKL', BASE_UOM: 'MEINS' };

/** ISO language codes the descriptions may carry instead of SAP's one-letter key. */
const sapLanguages: Readonly<Record<string, string>> = { EN: 'E', DE: 'D', FR: 'F', ES: 'S' };

const checkLengths = lengthCheck('MATERIAL_VALUE_TOO_LONG');

/** Checks the CHAR values of every structure and table of the call against their lengths. */
export function checkSaveDataLengths(call: FunctionCall): Row[] {
  const structures = [
    ['HEADDATA', BAPIMATHEAD],
    ['CLIENTDATA', BAPI_MARA],
    ['PLANTDATA', BAPI_MARC],
    ['PLANTDATAX', BAPI_MARCX],
    ['STORAGELOCATIONDATA', BAPI_MARD],
  ] as const;
  return [
    ...structures.flatMap(([name, structure]) =>
      checkLengths(call, name, structure, [call.input.structure(name)], { isTable: false }),
    ),
    ...checkLengths(
      call,
      'MATERIALDESCRIPTION',
      BAPI_MAKT,
      call.input.table('MATERIALDESCRIPTION'),
    ),
  ];
}

/** Checks the plant and storage location data of an existing material; answers E lines. */
export function checkPlantChanges(call: FunctionCall, material: string): Row[] {
  const plantData = call.input.structure('PLANTDATA');
  const plantDataX = call.input.structure('PLANTDATAX');
  const plant = plantData['PLANT'] ?? '';
  const messages: Row[] = [];
  if ((plantDataX['PLANT'] ?? '') !== plant) {
    const variables = ['PLANTDATAX', 'PLANT', 'PLANTDATA', plant];
    const target = { parameter: 'PLANTDATAX', field: 'PLANT' };
    messages.push(call.message('E', 'X_STRUCTURE_KEY_MISMATCH', variables, target));
  }
  if (plant !== '' && call.database.get('MARC', { MATNR: material, WERKS: plant }) === undefined) {
    const what = `a new plant ${plant} for material ${externalMaterial(material)}`;
    messages.push(notSupported(call, what, 'PLANTDATA'));
  }

  const mrpType = plantData['MRP_TYPE'] ?? '';
  if (plantDataX['MRP_TYPE'] === 'X' && !mrpTypes.includes(mrpType)) {
    const target = { parameter: 'PLANTDATA', field: 'MRP_TYPE' };
    messages.push(call.message('E', 'MRP_TYPE_UNKNOWN', [mrpType], target));
  }

  const location = call.input.structure('STORAGELOCATIONDATA');
  const storageLocation = location['STGE_LOC'] ?? '';
  const key = { MATNR: material, WERKS: location['PLANT'] ?? '', LGORT: storageLocation };
  if (storageLocation !== '' && call.database.get('MARD', key) === undefined) {
    const what = `a new storage location ${storageLocation} in plant ${key.WERKS}`;
    messages.push(notSupported(call, what, 'STORAGELOCATIONDATA'));
  }
  return messages;
}

/** Checks that every description names its language (LANGU or LANGU_ISO). */
export function checkDescriptions(call: FunctionCall): Row[] {
  return call.input.table('MATERIALDESCRIPTION').flatMap((row, index) => {
    if (descriptionLanguage(row) !== '') return [];
    const target = { parameter: 'MATERIALDESCRIPTION', row: index + 1, field: 'LANGU' };
    return [call.message('E', 'REQUIRED_FIELD_MISSING', ['LANGU'], target)];
  });
}

/** Buffers the flagged client and plant fields and the descriptions of a material. */
export function bufferMaterialChanges(call: FunctionCall, mara: Readonly<Row>): void {
  const luw = call.session.luw;
  const material = mara['MATNR'] ?? '';
  const client = flaggedColumns(call, 'CLIENTDATA', 'CLIENTDATAX', clientColumns);
  if (Object.keys(client).length > 0) luw.put('MARA', { ...mara, ...client });

  const plant = call.input.structure('PLANTDATA')['PLANT'] ?? '';
  const marc =
    plant === '' ? undefined : call.database.get('MARC', { MATNR: material, WERKS: plant });
  const changes = flaggedColumns(call, 'PLANTDATA', 'PLANTDATAX', plantColumns);
  if (marc !== undefined && Object.keys(changes).length > 0)
    luw.put('MARC', { ...marc, ...changes });

  bufferDescriptions(call, luw, material);
}

function bufferDescriptions(call: FunctionCall, luw: ChangeSet, material: string): void {
  for (const row of call.input.table('MATERIALDESCRIPTION')) {
    const key = { MATNR: material, SPRAS: descriptionLanguage(row) };
    if (row['DEL_FLAG'] === 'X') {
      luw.delete('MAKT', key);
      continue;
    }
    const text = row['MATL_DESC'] ?? '';
    luw.put('MAKT', { ...key, MAKTX: text, MAKTG: text.toUpperCase() });
  }
}

function flaggedColumns(
  call: FunctionCall,
  dataName: string,
  flagsName: string,
  columns: Readonly<Record<string, string>>,
): Row {
  const data = call.input.structure(dataName);
  const flags = call.input.structure(flagsName);
  const changed: Row = {};
  for (const [field, column] of Object.entries(columns)) {
    if (flags[field] === 'X') changed[column] = data[field] ?? '';
  }
  return changed;
}

function descriptionLanguage(row: Readonly<Row>): string {
  return row['LANGU'] || (sapLanguages[row['LANGU_ISO'] ?? ''] ?? '');
}

function notSupported(call: FunctionCall, what: string, parameter: string): Row {
  return call.message('E', 'NOT_SUPPORTED_BY_MOCK', [what, call.functionModule], { parameter });
}
