import { objectListNumberRange, salesObjectListTable } from './contract-customizing.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';

/** The outcome of adding equipment to an object list: the OBJK rows written, or a refusal. */
export type ObjectListResult = { entries: Row[]; messages: [] } | { entries: []; messages: Row[] };

/**
 * Adds equipment (EQUI rows) to the object list of a sales document item in the session's LUW:
 * the item's SER02 header (drawn from NRIV OBJLIST 01 on first use) and one OBJK entry per
 * equipment not yet in the list, with its material and serial number.
 */
export function addToObjectList(
  call: FunctionCall,
  salesDocument: string,
  itemNumber: string,
  equipment: readonly Readonly<Row>[],
): ObjectListResult {
  const existing = call.database.find(
    salesObjectListTable,
    (row) => row['SDAUFNR'] === salesDocument && row['POSNR'] === itemNumber,
  );
  const objectList = existing?.['OBKNR'] ?? drawObjectListNumber(call);
  if (objectList === undefined) {
    const range = [objectListNumberRange.object, objectListNumberRange.rangeNumber];
    return { entries: [], messages: [call.message('E', 'NUMBER_RANGE_EXHAUSTED', range)] };
  }

  const luw = call.session.luw;
  if (existing === undefined) {
    luw.put(salesObjectListTable, { OBKNR: objectList, SDAUFNR: salesDocument, POSNR: itemNumber });
  }
  const entries = call.database.select('OBJK', (row) => row['OBKNR'] === objectList);
  const listed = new Set(entries.map((row) => row['EQUNR']));
  let counter = entries.reduce((highest, row) => Math.max(highest, Number(row['OBZAE'])), 0);

  const added: Row[] = [];
  for (const equi of equipment) {
    if (listed.has(equi['EQUNR'])) continue;
    counter += 1;
    listed.add(equi['EQUNR']);
    const entry = {
      OBKNR: objectList,
      OBZAE: String(counter).padStart(4, '0'),
      EQUNR: equi['EQUNR'] ?? '',
      SERNR: equi['SERNR'] ?? '',
      MATNR: equi['MATNR'] ?? '',
      TASER: salesObjectListTable,
    };
    luw.put('OBJK', entry);
    added.push(entry);
  }
  return { entries: added, messages: [] };
}

function drawObjectListNumber(call: FunctionCall): string | undefined {
  const drawn = call.system.drawNumber(
    objectListNumberRange.object,
    objectListNumberRange.rangeNumber,
  );
  return drawn?.padStart(20, '0');
}
