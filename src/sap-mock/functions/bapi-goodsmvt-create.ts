import { BAPIPAREX, BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPI2017_GM_CODE,
  BAPI2017_GM_HEAD_01,
  BAPI2017_GM_HEAD_RET,
  BAPI2017_GM_ITEM_CREATE,
  BAPI2017_GM_SERIALNUMBER,
} from '../ddic/structures-order-postings.ts';
import { systemDate, systemTime } from '../notification/notification-header.ts';
import { checkItem, movementTypes, unrestrictedStock } from '../order/goods-movement.ts';
import { orderLockArgument } from '../order/order-locks.ts';
import { finalIssueFlag } from '../order/order-reservations.ts';
import type { Row } from '../ddic/structure.ts';
import type { CheckedItem } from '../order/goods-movement.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/** BAPI_GOODSMVT_CREATE: posts goods issues to orders (261) and their reversals (262). */
export const bapiGoodsmvtCreate: FunctionModule = {
  name: 'BAPI_GOODSMVT_CREATE',
  imports: {
    GOODSMVT_HEADER: BAPI2017_GM_HEAD_01,
    GOODSMVT_CODE: BAPI2017_GM_CODE,
    TESTRUN: 'C1',
  },
  exports: {
    GOODSMVT_HEADRET: BAPI2017_GM_HEAD_RET,
    MATERIALDOCUMENT: 'C10',
    MATDOCUMENTYEAR: 'N4',
  },
  tables: {
    GOODSMVT_ITEM: BAPI2017_GM_ITEM_CREATE,
    GOODSMVT_SERIALNUMBER: BAPI2017_GM_SERIALNUMBER,
    EXTENSIONIN: BAPIPAREX,
    RETURN: BAPIRET2,
  },
  run: createGoodsMovement,
};

function createGoodsMovement(call: FunctionCall): FunctionResult {
  const header = call.input.structure('GOODSMVT_HEADER');
  const messages = checkHeader(call, header);
  const taken = new Map<string, number>();
  const checked: CheckedItem[] = [];
  call.input.table('GOODSMVT_ITEM').forEach((item, index) => {
    const result = checkItem(call, item, index + 1, taken);
    if (result.checked === undefined) messages.push(result.error);
    else checked.push(result.checked);
  });
  if (messages.length > 0) return { RETURN: messages };
  if (call.input.scalar('TESTRUN') === 'X') return { RETURN: [] };

  const documentNumber = call.system.drawNumber('MATBELEG', '01');
  if (documentNumber === undefined) {
    return { RETURN: [call.message('E', 'NUMBER_RANGE_EXHAUSTED', ['MATBELEG', '01'])] };
  }
  const year = (header['PSTNG_DATE'] ?? '').slice(0, 4);
  postDocument(call, { number: documentNumber, year, header }, checked);
  return {
    GOODSMVT_HEADRET: { MAT_DOC: documentNumber, DOC_YEAR: year },
    MATERIALDOCUMENT: documentNumber,
    MATDOCUMENTYEAR: year,
    RETURN: [],
  };
}

function checkHeader(call: FunctionCall, header: Readonly<Row>): Row[] {
  const messages: Row[] = [];
  if (/^0*$/.test(header['PSTNG_DATE'] ?? '')) {
    const target = { parameter: 'GOODSMVT_HEADER', field: 'PSTNG_DATE' };
    messages.push(call.message('E', 'REQUIRED_FIELD_MISSING', ['PSTNG_DATE'], target));
  }
  const code = call.input.structure('GOODSMVT_CODE')['GM_CODE'] ?? '';
  if (code !== '03') {
    const target = { parameter: 'GOODSMVT_CODE', field: 'GM_CODE' };
    const what = `GM_CODE ${code}`;
    messages.push(call.message('E', 'NOT_SUPPORTED_BY_MOCK', [what, call.functionModule], target));
  }
  return messages;
}

// One material document (MKPF + MSEG) into the LUW, with the stock (MARD) and the withdrawn
// quantities of the reservation items (RESB-ENMNG, and the final issue flag KZEAR) it changes;
// the orders stay locked.
function postDocument(
  call: FunctionCall,
  document: { number: string; year: string; header: Readonly<Row> },
  items: readonly CheckedItem[],
): void {
  const { number, year, header } = document;
  const now = call.system.now();
  const luw = call.session.luw;
  const postingDate = header['PSTNG_DATE'] ?? '';
  luw.put('MKPF', {
    MBLNR: number,
    MJAHR: year,
    BLDAT: /^0*$/.test(header['DOC_DATE'] ?? '') ? postingDate : (header['DOC_DATE'] ?? ''),
    BUDAT: postingDate,
    USNAM: call.session.user,
    BKTXT: header['HEADER_TXT'] ?? '',
    XBLNR: header['REF_DOC_NO'] ?? '',
    CPUDT: systemDate(now),
    CPUTM: systemTime(now),
  });

  items.forEach((checked, index) => {
    const { item, reservation, storageLocation, quantity, direction } = checked;
    const material = item['MATERIAL'] ?? '';
    const plant = item['PLANT'] ?? '';
    const orderNumber = checked.record.header['AUFNR'] ?? '';
    luw.put('MSEG', {
      MBLNR: number,
      MJAHR: year,
      ZEILE: String(index + 1).padStart(4, '0'),
      BWART: item['MOVE_TYPE'] ?? '',
      MATNR: material,
      WERKS: plant,
      LGORT: storageLocation,
      MENGE: String(quantity),
      MEINS: item['ENTRY_UOM'] ?? '',
      SHKZG: movementTypes[item['MOVE_TYPE'] ?? '']?.indicator ?? '',
      AUFNR: orderNumber,
      RSNUM: reservation?.['RSNUM'] ?? '',
      RSPOS: reservation?.['RSPOS'] ?? '',
      BUDAT: postingDate,
    });

    const stock = unrestrictedStock(call, material, plant, storageLocation);
    const key = { MATNR: material, WERKS: plant, LGORT: storageLocation };
    luw.put('MARD', { ...key, LABST: String(stock + direction * quantity) });
    if (reservation !== undefined) {
      const current = call.database.get('RESB', reservation) ?? reservation;
      const withdrawn = Math.max(0, Number(current['ENMNG'] ?? '0') - direction * quantity);
      const KZEAR = finalIssueFlag(current, withdrawn, direction);
      luw.put('RESB', { ...current, ENMNG: String(withdrawn), KZEAR });
    }
    call.system.lock(call.session, orderLockArgument(orderNumber));
  });
}
