import { BAPIRET1 } from '../ddic/structures-common.ts';
import {
  BAPICUSTOMER_04,
  BAPICUSTOMER_05,
  BAPICUSTOMER_KNA1,
} from '../ddic/structures-master-data.ts';
import { toBapiret1 } from '../messages/bapi-return.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

const isoLanguages: Readonly<Record<string, string>> = { E: 'EN', D: 'DE', F: 'FR', S: 'ES' };

/** BAPI_CUSTOMER_GETDETAIL2: a customer's address and general data (RETURN is BAPIRET1). */
export const bapiCustomerGetDetail2: FunctionModule = {
  name: 'BAPI_CUSTOMER_GETDETAIL2',
  imports: { CUSTOMERNO: 'C10', COMPANYCODE: 'C4' },
  exports: {
    CUSTOMERADDRESS: BAPICUSTOMER_04,
    CUSTOMERGENERALDETAIL: BAPICUSTOMER_KNA1,
    CUSTOMERCOMPANYDETAIL: BAPICUSTOMER_05,
    RETURN: BAPIRET1,
  },
  tables: {},
  run: getCustomer,
};

function getCustomer(call: FunctionCall): FunctionResult {
  const customerNumber = call.input.scalar('CUSTOMERNO');
  const customer = call.database.get('KNA1', { KUNNR: customerNumber });
  if (customer === undefined) {
    const message = call.message('E', 'CUSTOMER_NOT_FOUND', [customerNumber], {
      parameter: 'CUSTOMERNO',
    });
    return { RETURN: toBapiret1(message) };
  }

  return {
    CUSTOMERADDRESS: address(call, customer),
    CUSTOMERGENERALDETAIL: {
      ACCNT_GRP: customer['KTOKD'] ?? '',
      CREATED_ON: customer['ERDAT'] ?? '',
      SORT_FIELD: customer['MCOD1'] ?? '',
    },
    CUSTOMERCOMPANYDETAIL: { COMP_CODE: call.input.scalar('COMPANYCODE') },
    RETURN: {},
  };
}

function address(call: FunctionCall, customer: Readonly<Row>): Row {
  const addressNumber = customer['ADRNR'] ?? '';
  const email =
    addressNumber === ''
      ? undefined
      : call.database.find('ADR6', (row) => row['ADDRNUMBER'] === addressNumber);
  const country = customer['LAND1'] ?? '';
  return {
    CUSTOMER: customer['KUNNR'] ?? '',
    NAME: customer['NAME1'] ?? '',
    NAME_2: customer['NAME2'] ?? '',
    STREET: customer['STRAS'] ?? '',
    POSTL_COD1: customer['PSTLZ'] ?? '',
    CITY: customer['ORT01'] ?? '',
    COUNTRY: country,
    // T005 maps the internal country key to ISO; the seed's keys are the ISO codes already.
    COUNTRYISO: country.length === 2 ? country : '',
    LANGU_P: customer['SPRAS'] ?? '',
    LANGU_ISO: isoLanguages[customer['SPRAS'] ?? ''] ?? '',
    TEL1_NUMBR: customer['TELF1'] ?? '',
    E_MAIL: email?.['SMTP_ADDR'] ?? '',
    SORT1: customer['MCOD1'] ?? '',
    ADDR_NO: addressNumber,
  };
}
