import { liveRequisitionItems, unrestricted } from '../stock/stock-figures.ts';
import type { DatabaseView } from '../database/database-view.ts';
import type { Row } from '../ddic/structure.ts';
import type { StockPlace } from '../stock/stock-figures.ts';

// The MRP elements of the stock/requirements list (MD04) of a material in a plant, in the
// mock's small world: plant stock, safety stock, reservations and purchase requisitions.

/** One MRP element before the running available quantity is added. */
interface MrpElement {
  date: string;
  indicator: string;
  number: string;
  item: string;
  text: string;
  quantity: number;
  storageLocation: string;
  orderType: string;
}

/**
 * The MRP_ITEMS rows: plant stock (WB) and safety stock (SH) on today's date first, as MD04
 * shows them, then reservations (AR for orders, MR others), requisitions (BA) and the ordered
 * part of requisitions (BE, standing in for purchase order items) by date, each with the
 * running available quantity (AVAIL_QTY1).
 */
export function mrpItems(
  database: DatabaseView,
  place: StockPlace,
  context: { today: string; safetyStock: number },
): Row[] {
  const opening: MrpElement[] = [
    element({ date: context.today, indicator: 'WB', quantity: unrestricted(database, place) }),
  ];
  if (context.safetyStock > 0) {
    const safety = { date: context.today, indicator: 'SH', quantity: -context.safetyStock };
    opening.push(element(safety));
  }
  const dated = [...reservations(database, place), ...requisitions(database, place)];
  dated.sort((a, b) => a.date.localeCompare(b.date));

  let available = 0;
  return [...opening, ...dated].map((entry) => {
    available = Math.round((available + entry.quantity) * 1000) / 1000;
    return {
      AVAIL_DATE: entry.date,
      MRP_ELEMENT_IND: entry.indicator,
      MRP_NO: entry.number,
      MRP_POS: entry.item,
      ELEMNT_DATA: entry.text,
      REC_REQD_QTY: entry.quantity.toFixed(3),
      AVAIL_QTY1: available.toFixed(3),
      STORAGE_LOC: entry.storageLocation,
      PROC_TYPE: entry.indicator === 'BA' || entry.indicator === 'BE' ? 'F' : '',
      ORDER_TYPE: entry.orderType,
    };
  });
}

// Open reservation items: not finally issued, not deleted, with something left to withdraw.
// Like MD04 (and unlike the ATP check) they count before the order's release.
function reservations(database: DatabaseView, place: StockPlace): MrpElement[] {
  const rows = database.select(
    'RESB',
    (row) =>
      row['MATNR'] === place.material &&
      row['WERKS'] === place.plant &&
      (row['KZEAR'] ?? '') === '' &&
      (row['XLOEK'] ?? '') === '',
  );
  return rows.flatMap((row) => {
    const open = Number(row['BDMNG'] ?? 0) - Number(row['ENMNG'] ?? 0);
    if (!(open > 0)) return [];
    const order = row['AUFNR'] ?? '';
    return [
      element({
        date: row['BDTER'] ?? '',
        indicator: order === '' ? 'MR' : 'AR',
        number: order === '' ? (row['RSNUM'] ?? '') : order,
        item: row['RSPOS'] ?? '',
        text: `${row['RSNUM'] ?? ''}/${row['RSPOS'] ?? ''}`,
        quantity: -open,
        storageLocation: row['LGORT'] ?? '',
      }),
    ];
  });
}

function requisitions(database: DatabaseView, place: StockPlace): MrpElement[] {
  return liveRequisitionItems(database, place).flatMap((row) => {
    const common = {
      date: row['LFDAT'] ?? '',
      number: row['BANFN'] ?? '',
      item: row['BNFPO'] ?? '',
      text: `${row['BANFN'] ?? ''}/${row['BNFPO'] ?? ''}`,
      storageLocation: row['LGORT'] ?? '',
      orderType: row['BSART'] ?? '',
    };
    const ordered = Number(row['BSMNG'] ?? 0);
    const open = Number(row['MENGE'] ?? 0) - ordered;
    const elements: MrpElement[] = [];
    if (open > 0) elements.push(element({ ...common, indicator: 'BA', quantity: open }));
    if (ordered > 0) elements.push(element({ ...common, indicator: 'BE', quantity: ordered }));
    return elements;
  });
}

function element(fields: Partial<MrpElement> & { date: string; indicator: string }): MrpElement {
  return {
    number: '',
    item: '',
    text: '',
    quantity: 0,
    storageLocation: '',
    orderType: '',
    ...fields,
  };
}
