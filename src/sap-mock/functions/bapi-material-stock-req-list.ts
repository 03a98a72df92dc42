import { BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPI_MRP_CONTROL_PARAM,
  BAPI_MRP_ITEMS,
  BAPI_MRP_LIST,
  BAPI_MRP_STOCK_DETAIL,
} from '../ddic/structures-material.ts';
import { checkMaterialInPlant, checkScalarLengths } from '../material/material-master.ts';
import { mrpItems } from '../material/mrp-elements.ts';
import { systemDate } from '../notification/notification-header.ts';
import { openReserved, unrestricted } from '../stock/stock-figures.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

const scalarTypes = {
  MATERIAL: 'C18',
  PLANT: 'C4',
  MRP_AREA: 'C10',
  PLAN_SCENARIO: 'N3',
  SELECTION_RULE: 'C8',
  DISPLAY_FILTER: 'C8',
  PERIOD_INDICATOR: 'C1',
  GET_ITEM_DETAILS: 'C1',
  GET_IND_LINES: 'C1',
  GET_TOTAL_LINES: 'C1',
  IGNORE_BUFFER: 'C1',
};

/**
 * BAPI_MATERIAL_STOCK_REQ_LIST: the current stock/requirements list (MD04) of a material in a
 * plant. MRP areas, planning scenarios, selection rules, display filters and period totals are
 * not modelled: the list is always the plant's, MRP_ITEMS always filled.
 */
export const bapiMaterialStockReqList: FunctionModule = {
  name: 'BAPI_MATERIAL_STOCK_REQ_LIST',
  imports: { ...scalarTypes, GET_IND_LINES: { type: 'C1', default: 'X' } },
  exports: {
    MRP_LIST: BAPI_MRP_LIST,
    MRP_CONTROL_PARAM: BAPI_MRP_CONTROL_PARAM,
    MRP_STOCK_DETAIL: BAPI_MRP_STOCK_DETAIL,
    RETURN: BAPIRET2,
  },
  tables: { MRP_ITEMS: BAPI_MRP_ITEMS },
  run: listStockAndRequirements,
};

function listStockAndRequirements(call: FunctionCall): FunctionResult {
  const lengthErrors = checkScalarLengths(call, 'MATERIAL_VALUE_TOO_LONG', scalarTypes);
  if (lengthErrors[0] !== undefined) return { RETURN: lengthErrors[0], MRP_ITEMS: [] };

  const material = call.input.scalar('MATERIAL');
  const plant = call.input.scalar('PLANT');
  const checked = checkMaterialInPlant(
    call,
    { material, plant },
    { target: { parameter: 'MATERIAL' }, notInPlant: 'MATERIAL_NOT_IN_PLANT' },
  );
  if (checked.found === undefined) return { RETURN: checked.error, MRP_ITEMS: [] };
  const { mara, marc } = checked.found;

  const place = { material, plant };
  const today = systemDate(call.system.now());
  const stock = unrestricted(call.database, place);
  return {
    MRP_LIST: {
      MATERIAL: material,
      PLANT: plant,
      MRP_DATE: today,
      MATL_TYPE: mara['MTART'] ?? '',
      BASE_UOM: mara['MEINS'] ?? '',
      PROC_TYPE: 'F',
      MRP_TYPE: marc['DISMM'] ?? '',
      PUR_GROUP: marc['EKGRP'] ?? '',
      REP_LEAD_TIME: marc['PLIFZ'] ?? '',
      LOTSIZEKEY: marc['DISLS'] ?? '',
      FIXED_LOT: marc['BSTFE'] ?? '',
      PLNT_STOCK: stock.toFixed(3),
    },
    MRP_CONTROL_PARAM: {
      REORDER_PT: marc['MINBE'] ?? '',
      SAFETY_STK: marc['EISBE'] ?? '',
      FIXED_LOT: marc['BSTFE'] ?? '',
    },
    MRP_STOCK_DETAIL: {
      UNRESTRICTED_STCK: stock.toFixed(3),
      RESERVATIONS: openReserved(call.database, place).toFixed(3),
    },
    RETURN: {},
    MRP_ITEMS: mrpItems(call.database, place, {
      today,
      safetyStock: Number(marc['EISBE'] ?? 0),
    }),
  };
}
