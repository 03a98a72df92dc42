import type { DatabaseView } from '../database/database-view.ts';
import type { Row } from '../ddic/structure.ts';

/** The object type of work centers in CRHD ('A'). */
export const workCenterObjectType = 'A';

/** The work center (CRHD) with a name in a plant, if it exists. */
export function findWorkCenter(
  database: DatabaseView,
  workCenter: string,
  plant: string,
): Row | undefined {
  return database.find(
    'CRHD',
    (row) =>
      row['OBJTY'] === workCenterObjectType &&
      row['ARBPL'] === workCenter &&
      row['WERKS'] === plant,
  );
}

/** The work center (CRHD) with an object ID, if it exists. */
export function workCenterById(database: DatabaseView, objectId: string): Row | undefined {
  if (/^0*$/.test(objectId)) return undefined;
  return database.get('CRHD', { OBJTY: workCenterObjectType, OBJID: objectId });
}
