import { BAPIRETURN } from '../ddic/structures-common.ts';
import { BAPIWMDVE, BAPIWMDVS } from '../ddic/structures-material.ts';
import { confirmRequests } from '../material/availability-confirmation.ts';
import {
  addDays,
  checkMaterialInPlant,
  checkScalarLengths,
  externalMaterial,
} from '../material/material-master.ts';
import { toBapireturn } from '../messages/bapi-return.ts';
import { systemDate } from '../notification/notification-header.ts';
import { atp } from '../stock/stock-figures.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

const imports = {
  PLANT: 'C4',
  MATERIAL: 'C18',
  UNIT: 'C3',
  CHECK_RULE: 'C2',
  STGE_LOC: 'C4',
  BATCH: 'C10',
  CUSTOMER: 'C10',
  DOC_NUMBER: 'C10',
  ITM_NUMBER: 'N6',
  WBS_ELEM: 'C24',
  STOCK_IND: 'C1',
  READ_ATP_LOCK: 'C1',
};

/**
 * BAPI_MATERIAL_AVAILABILITY: the available-to-promise quantity of a material in a plant (or
 * one storage location) and the confirmation of requested quantities; old BAPIRETURN RETURN.
 */
export const bapiMaterialAvailability: FunctionModule = {
  name: 'BAPI_MATERIAL_AVAILABILITY',
  imports,
  exports: {
    AV_QTY_PLT: 'P13.3',
    DIALOGFLAG: 'C1',
    ENDLEADTME: 'D',
    RETURN: BAPIRETURN,
  },
  tables: { WMDVSX: BAPIWMDVS, WMDVEX: BAPIWMDVE },
  run: checkAvailability,
};

function checkAvailability(call: FunctionCall): FunctionResult {
  const lengthErrors = checkScalarLengths(call, 'MATERIAL_VALUE_TOO_LONG', imports);
  if (lengthErrors[0] !== undefined) return refuse(lengthErrors[0]);

  const material = call.input.scalar('MATERIAL');
  const plant = call.input.scalar('PLANT');
  const checked = checkMaterialInPlant(call, { material, plant }, { target: {} });
  if (checked.found === undefined) return refuse(checked.error);
  const unitError = checkUnit(call, material, checked.found.mara['MEINS'] ?? '');
  if (unitError !== undefined) return refuse(unitError);

  const today = systemDate(call.system.now());
  const endOfLeadTime = addDays(today, Number(checked.found.marc['PLIFZ'] ?? 0));
  const place = { material, plant, storageLocation: call.input.scalar('STGE_LOC') };
  const available = atp(call.database, place);
  const confirmation = confirmRequests(call.input.table('WMDVSX'), {
    atp: available,
    today,
    endOfLeadTime,
  });

  return {
    AV_QTY_PLT: available.toFixed(3),
    DIALOGFLAG: confirmation.dialogFlag,
    ENDLEADTME: endOfLeadTime,
    RETURN: {},
    WMDVEX: confirmation.lines,
  };
}

// The mock converts no units: the requested unit must be the material's base unit.
function checkUnit(call: FunctionCall, material: string, baseUnit: string): Row | undefined {
  const unit = call.input.scalar('UNIT');
  if (unit === '') return call.message('E', 'REQUIRED_FIELD_MISSING', ['UNIT']);
  if (unit === baseUnit) return undefined;
  const variables = [unit, baseUnit, externalMaterial(material)];
  return call.message('E', 'UNIT_NOT_BASE_UNIT', variables);
}

function refuse(error: Readonly<Row>): FunctionResult {
  return { RETURN: toBapireturn(error), WMDVEX: [] };
}
