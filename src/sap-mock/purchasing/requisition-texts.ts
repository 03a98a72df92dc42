import type { DatabaseView } from '../database/database-view.ts';
import type { ChangeSet } from '../database/table-store.ts';
import type { Row } from '../ddic/structure.ts';

// Header and item texts of purchase requisitions in the long-text store: header texts under
// TDOBJECT EBANH (name = BANFN), item texts under EBAN (name = BANFN + BNFPO).

const headerObject = 'EBANH';
const itemObject = 'EBAN';

/** Buffers PRHEADERTEXT and PRITEMTEXT lines of a new requisition (item texts of its items). */
export function bufferRequisitionTexts(
  luw: ChangeSet,
  requisition: { number: string; language: string; items: ReadonlySet<string> },
  lines: { header: readonly Row[]; items: readonly Row[] },
): void {
  const counters = new Map<string, number>();
  const put = (object: string, name: string, line: Readonly<Row>) => {
    const id = line['TEXT_ID'] ?? '';
    const counter = (counters.get(`${object}/${name}/${id}`) ?? 0) + 1;
    counters.set(`${object}/${name}/${id}`, counter);
    luw.put('TEXT_LINES', {
      TDOBJECT: object,
      TDNAME: name,
      TDID: id,
      TDSPRAS: requisition.language,
      LINENO: String(counter),
      TDFORMAT: line['TEXT_FORM'] ?? '',
      TDLINE: line['TEXT_LINE'] ?? '',
    });
  };

  for (const line of lines.header) put(headerObject, requisition.number, line);
  for (const line of lines.items) {
    const item = line['PREQ_ITEM'] ?? '';
    if (requisition.items.has(item)) put(itemObject, `${requisition.number}${item}`, line);
  }
}

/** The header text lines of a requisition as PRHEADERTEXT rows. */
export function readHeaderTexts(database: DatabaseView, requisition: string): Row[] {
  return database
    .select(
      'TEXT_LINES',
      (row) => row['TDOBJECT'] === headerObject && row['TDNAME'] === requisition,
    )
    .map((row) => toTextLine(row, requisition, '00000'));
}

/** The item text lines of a requisition as PRITEMTEXT rows. */
export function readItemTexts(database: DatabaseView, requisition: string): Row[] {
  return database
    .select(
      'TEXT_LINES',
      (row) => row['TDOBJECT'] === itemObject && (row['TDNAME'] ?? '').startsWith(requisition),
    )
    .map((row) => toTextLine(row, requisition, (row['TDNAME'] ?? '').slice(requisition.length)));
}

function toTextLine(row: Readonly<Row>, requisition: string, item: string): Row {
  return {
    PREQ_NO: requisition,
    PREQ_ITEM: item,
    TEXT_ID: row['TDID'] ?? '',
    TEXT_FORM: row['TDFORMAT'] ?? '',
    TEXT_LINE: row['TDLINE'] ?? '',
  };
}
