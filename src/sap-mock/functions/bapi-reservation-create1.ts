import { BAPIPAREX, BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPI2093_RES_HEAD,
  BAPI2093_RES_ITEM,
  BAPI_PROFITABILITY_SEGMENT,
} from '../ddic/structures-reservation.ts';
import { lengthCheck } from '../messages/length-check.ts';
import { checkReservationItems } from '../stock/reservation-items.ts';
import { checkAccountAssignment } from '../stock/reservation-account.ts';
import type { Row } from '../ddic/structure.ts';
import type { AccountAssignment } from '../stock/reservation-account.ts';
import type { CheckedReservationItem } from '../stock/reservation-items.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

const checkLengths = lengthCheck('RESERVATION_VALUE_TOO_LONG');

/**
 * BAPI_RESERVATION_CREATE1: a reservation for a cost center (movement type 201) or an order
 * (261), buffered in the session's LUW under a number from NRIV RESB 01; it needs
 * BAPI_TRANSACTION_COMMIT.
 */
export const bapiReservationCreate1: FunctionModule = {
  name: 'BAPI_RESERVATION_CREATE1',
  imports: {
    RESERVATIONHEADER: BAPI2093_RES_HEAD,
    RESERVATION_EXTERNAL: 'N10',
    TESTRUN: 'C1',
    ATPCHECK: 'C1',
    CALCHECK: 'C1',
  },
  exports: { RESERVATION: 'N10' },
  tables: {
    RESERVATIONITEMS: BAPI2093_RES_ITEM,
    PROFITABILITYSEGMENT: BAPI_PROFITABILITY_SEGMENT,
    EXTENSIONIN: BAPIPAREX,
    RETURN: BAPIRET2,
  },
  run: createReservation,
};

function createReservation(call: FunctionCall): FunctionResult {
  const header = call.input.structure('RESERVATIONHEADER');
  const items = call.input.table('RESERVATIONITEMS');
  const tooLong = [
    ...checkLengths(call, 'RESERVATIONHEADER', BAPI2093_RES_HEAD, [header], { isTable: false }),
    ...checkLengths(call, 'RESERVATIONITEMS', BAPI2093_RES_ITEM, items),
  ];
  if (tooLong.length > 0) return { RETURN: tooLong };

  const account = checkAccountAssignment(call, header);
  const checked = checkReservationItems(call, header, items);
  const messages = [...refuseExternalNumber(call), ...account.messages, ...checked.messages];
  if (messages.length > 0 || account.assignment === undefined) return { RETURN: messages };
  // A test run checks the input and saves nothing: no number is drawn.
  if (call.input.scalar('TESTRUN') === 'X') return { RETURN: [] };

  const drawn = call.system.drawNumber('RESB', '01');
  if (drawn === undefined) {
    return { RETURN: [call.message('E', 'NUMBER_RANGE_EXHAUSTED', ['RESB', '01'])] };
  }
  const reservation = drawn.padStart(10, '0');
  checked.items.forEach((item, index) => {
    call.session.luw.put('RESB', reservationRow(reservation, index, item, account.assignment));
  });
  return { RESERVATION: reservation, RETURN: [] };
}

// The mock draws every reservation number itself.
function refuseExternalNumber(call: FunctionCall): Row[] {
  if (/^0*$/.test(call.input.scalar('RESERVATION_EXTERNAL'))) return [];
  const what = 'external reservation numbers (RESERVATION_EXTERNAL)';
  const target = { parameter: 'RESERVATION_EXTERNAL' };
  return [call.message('E', 'NOT_SUPPORTED_BY_MOCK', [what, call.functionModule], target)];
}

function reservationRow(
  reservation: string,
  index: number,
  item: CheckedReservationItem,
  assignment: AccountAssignment | undefined,
): Row {
  return {
    RSNUM: reservation,
    RSPOS: String(index + 1).padStart(4, '0'),
    RSART: '',
    MATNR: item.material,
    WERKS: item.plant,
    LGORT: item.storageLocation,
    BDTER: item.requirementDate,
    BDMNG: String(item.quantity),
    MEINS: item.unit,
    ENMNG: '0',
    AUFNR: assignment?.order ?? '',
    AUFPL: assignment?.routing ?? '',
    BWART: assignment?.movementType ?? '',
    KOSTL: assignment?.costCenter ?? '',
    XWAOK: item.movementAllowed,
    KZEAR: '',
    XLOEK: '',
  };
}
