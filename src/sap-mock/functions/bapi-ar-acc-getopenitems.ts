import { companyCode } from '../billing/billing-customizing.ts';
import { customerItemsOpenOn, lineItemOut } from '../billing/open-items.ts';
import { BAPI3007_2 } from '../ddic/structures-billing.ts';
import { BAPIRETURN } from '../ddic/structures-common.ts';
import { toBapireturn } from '../messages/bapi-return.ts';
import { systemDate } from '../notification/notification-header.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/**
 * BAPI_AR_ACC_GETOPENITEMS: a customer's items open on a key date in a company code. NOTEDITEMS
 * and SECINDEX are accepted and ignored (the mock has no noted items and no secondary index).
 */
export const bapiArAccGetopenitems: FunctionModule = {
  name: 'BAPI_AR_ACC_GETOPENITEMS',
  imports: {
    COMPANYCODE: 'C4',
    CUSTOMER: 'C10',
    KEYDATE: 'D',
    NOTEDITEMS: 'C1',
    SECINDEX: 'C1',
  },
  exports: { RETURN: BAPIRETURN },
  tables: { LINEITEMS: BAPI3007_2 },
  run: readOpenItems,
};

function readOpenItems(call: FunctionCall): FunctionResult {
  const code = call.input.scalar('COMPANYCODE');
  const customer = call.input.scalar('CUSTOMER');
  // The mock has one company code and no T001/KNB1: every KNA1 customer exists in it.
  if (code !== companyCode.code) {
    const message = call.message('E', 'COMPANY_CODE_NOT_FOUND', [code]);
    return { RETURN: toBapireturn(message), LINEITEMS: [] };
  }
  if (call.committed.get('KNA1', { KUNNR: customer }) === undefined) {
    const message = call.message('E', 'CUSTOMER_NOT_IN_COMPANY_CODE', [customer, code]);
    return { RETURN: toBapireturn(message), LINEITEMS: [] };
  }

  // A blank key date means today (guess: the BAPI marks KEYDATE as required).
  const given = call.input.scalar('KEYDATE');
  const keyDate = /^0*$/.test(given) ? systemDate(call.system.now()) : given;
  const items = customerItemsOpenOn(call.committed, { companyCode: code, customer, keyDate });
  return { RETURN: {}, LINEITEMS: items.map(lineItemOut) };
}
