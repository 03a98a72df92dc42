import { alphaNumber, billingTypes, withoutLeadingZeros } from '../billing/billing-customizing.ts';
import { BAPIRETURN1, BAPIVBRKOUT } from '../ddic/structures-billing.ts';
import { toBapiret1 } from '../messages/bapi-return.ts';
import type { DatabaseView } from '../database/database-view.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/** BAPI_BILLINGDOC_GETDETAIL: the header of a billing document as the database holds it. */
export const bapiBillingdocGetdetail: FunctionModule = {
  name: 'BAPI_BILLINGDOC_GETDETAIL',
  imports: { BILLINGDOCUMENT: 'C10' },
  exports: { BILLINGDOCUMENTDETAIL: BAPIVBRKOUT, RETURN: BAPIRETURN1 },
  tables: {},
  run: readBillingDocument,
};

function readBillingDocument(call: FunctionCall): FunctionResult {
  const number = alphaNumber(call.input.scalar('BILLINGDOCUMENT'), 10);
  const header = call.committed.get('VBRK', { VBELN: number });
  if (header === undefined) {
    const message = call.message('E', 'BILLING_DOCUMENT_NOT_FOUND', [withoutLeadingZeros(number)]);
    return { BILLINGDOCUMENTDETAIL: {}, RETURN: toBapiret1(message) };
  }
  return { BILLINGDOCUMENTDETAIL: detailOut(call.committed, header), RETURN: {} };
}

function detailOut(database: DatabaseView, header: Readonly<Row>): Row {
  return {
    BILLINGDOC: header['VBELN'] ?? '',
    BILL_TYPE: header['FKART'] ?? '',
    BILL_CAT: header['VBTYP'] ?? '',
    CURRENCY: header['WAERK'] ?? '',
    SALES_ORG: header['VKORG'] ?? '',
    DISTR_CHAN: header['VTWEG'] ?? '',
    DIVISION: header['SPART'] ?? '',
    BILL_DATE: header['FKDAT'] ?? '',
    SOLD_TO: header['KUNAG'] ?? '',
    PAYER: header['KUNRG'] ?? '',
    NET_VALUE: header['NETWR'] ?? '0',
    TAX_VALUE: header['MWSBK'] ?? '0',
    CANCELLED: header['FKSTO'] ?? '',
    CANC_BILL_DOC: cancellationOf(database, header['VBELN'] ?? ''),
    COMP_CODE: header['BUKRS'] ?? '',
    FISC_YEAR: header['GJAHR'] ?? '',
    ACCNT_STAT: header['RFBSK'] ?? '',
    CREATED_BY: header['ERNAM'] ?? '',
    CREATED_ON: header['ERDAT'] ?? '',
  };
}

// The document flow leads from a cancelled billing document to its cancellation.
function cancellationOf(database: DatabaseView, billingDocument: string): string {
  const flow = database.find(
    'VBFA',
    (row) =>
      row['VBELV'] === billingDocument && row['VBTYP_N'] === billingTypes.cancellation.category,
  );
  return flow?.['VBELN'] ?? '';
}
