import { BAPIRET2 } from '../ddic/structures-common.ts';
import { ZCSB_S_EQUNR } from '../ddic/structures-contract.ts';
import { openItemForChange } from '../contract/contract-access.ts';
import { addToObjectList } from '../contract/object-list.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/**
 * Z_CSB_CONTRACT_OBJECTS_ADD: puts equipment into the object list of a contract item. SAP's
 * BAPIs cannot do this (SERNR_ADD_TO_AU is not remote-enabled), so a real system needs a small
 * customer RFC wrapper with this interface. Works on a contract saved in the same LUW or
 * committed; BAPI_TRANSACTION_COMMIT writes the entries.
 */
export const zCsbContractObjectsAdd: FunctionModule = {
  name: 'Z_CSB_CONTRACT_OBJECTS_ADD',
  imports: { IV_SALESDOCUMENT: 'C10', IV_ITEM: 'N6' },
  exports: {},
  tables: { IT_EQUIPMENT: ZCSB_S_EQUNR, RETURN: BAPIRET2 },
  run: addObjects,
};

function addObjects(call: FunctionCall): FunctionResult {
  const salesDocument = call.input.scalar('IV_SALESDOCUMENT');
  const itemNumber = call.input.scalar('IV_ITEM');
  const requested = call.input.table('IT_EQUIPMENT');

  // Unknown equipment is reported first: it needs no lock on the document.
  const equipment: Row[] = [];
  const messages: Row[] = [];
  requested.forEach((row, index) => {
    const number = row['EQUNR'] ?? '';
    const equi = call.database.get('EQUI', { EQUNR: number });
    if (equi !== undefined) equipment.push(equi);
    else {
      messages.push(
        call.message('E', 'EQUIPMENT_NOT_FOUND', [number], {
          parameter: 'IT_EQUIPMENT',
          row: index + 1,
          field: 'EQUNR',
        }),
      );
    }
  });
  if (messages.length > 0) return { RETURN: messages };

  const opened = openItemForChange(call, salesDocument, itemNumber, {
    document: 'IV_SALESDOCUMENT',
    item: 'IV_ITEM',
  });
  if (opened.item === undefined) return { RETURN: opened.messages };

  const added = addToObjectList(call, salesDocument, itemNumber, equipment);
  return { RETURN: added.messages };
}
