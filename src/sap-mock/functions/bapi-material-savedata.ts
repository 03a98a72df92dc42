import { BAPIPAREX, BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPI_MAKT,
  BAPI_MARA,
  BAPI_MARAX,
  BAPI_MARC,
  BAPI_MARCX,
  BAPI_MARD,
  BAPI_MARDX,
  BAPI_MATRETURN2,
  BAPIMATHEAD,
} from '../ddic/structures-material.ts';
import {
  bufferMaterialChanges,
  checkDescriptions,
  checkPlantChanges,
  checkSaveDataLengths,
} from '../material/material-change.ts';
import {
  checkMaterial,
  checkScalarLengths,
  externalMaterial,
  materialLockArgument,
} from '../material/material-master.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/**
 * BAPI_MATERIAL_SAVEDATA: changes an existing material's client data, plant data and
 * descriptions field by field (X structures) in the session's LUW under the material's lock;
 * BAPI_TRANSACTION_COMMIT writes them. Creating materials and extending them to new plants or
 * storage locations is not modelled.
 */
export const bapiMaterialSavedata: FunctionModule = {
  name: 'BAPI_MATERIAL_SAVEDATA',
  imports: {
    HEADDATA: BAPIMATHEAD,
    CLIENTDATA: BAPI_MARA,
    CLIENTDATAX: BAPI_MARAX,
    PLANTDATA: BAPI_MARC,
    PLANTDATAX: BAPI_MARCX,
    STORAGELOCATIONDATA: BAPI_MARD,
    STORAGELOCATIONDATAX: BAPI_MARDX,
    FLAG_ONLINE: 'C1',
    NO_DEQUEUE: 'C1',
  },
  exports: { RETURN: BAPIRET2 },
  tables: {
    MATERIALDESCRIPTION: BAPI_MAKT,
    RETURNMESSAGES: BAPI_MATRETURN2,
    EXTENSIONIN: BAPIPAREX,
  },
  run: saveMaterial,
};

function saveMaterial(call: FunctionCall): FunctionResult {
  const scalars = { FLAG_ONLINE: 'C1', NO_DEQUEUE: 'C1' };
  const lengthErrors = [
    ...checkSaveDataLengths(call),
    ...checkScalarLengths(call, 'MATERIAL_VALUE_TOO_LONG', scalars),
  ];
  if (lengthErrors.length > 0) return refuse(lengthErrors);

  const material = call.input.structure('HEADDATA')['MATERIAL'] ?? '';
  const target = { parameter: 'HEADDATA', field: 'MATERIAL' };
  const checked = checkMaterial(call, material, target);
  if (checked.found === undefined) return refuse([checked.error]);
  const errors = [...checkPlantChanges(call, material), ...checkDescriptions(call)];
  if (errors.length > 0) return refuse(errors);

  // Nothing is buffered while another session holds the material.
  const holder = call.system.lock(call.session, materialLockArgument(material));
  if (holder !== undefined) {
    const variables = [externalMaterial(material), holder.user];
    return refuse([call.message('E', 'MATERIAL_LOCKED', variables, target)]);
  }
  bufferMaterialChanges(call, checked.found);

  const changed = call.message('S', 'MATERIAL_CHANGED', [externalMaterial(material)]);
  return { RETURN: changed, RETURNMESSAGES: [changed] };
}

function refuse(messages: readonly Row[]): FunctionResult {
  return { RETURN: messages[0] ?? {}, RETURNMESSAGES: [...messages] };
}
