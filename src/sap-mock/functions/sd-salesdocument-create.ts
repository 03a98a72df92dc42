import { billingNumberRanges, debitMemoRequest } from '../billing/billing-customizing.ts';
import {
  checkRequestConditions,
  checkRequestHeader,
  checkRequestItems,
  checkRequestLengths,
  requestItemNumbers,
} from '../billing/debit-memo-request-checks.ts';
import { buildDebitMemoRequestRows } from '../billing/debit-memo-request-rows.ts';
import { priceItem } from '../billing/pricing.ts';
import { checkSoldTo, isInitialDate } from '../contract/contract-checks.ts';
import {
  externalDocumentNumber,
  salesDocumentLockArgument,
} from '../contract/contract-customizing.ts';
import { BAPIRET2 } from '../ddic/structures-common.ts';
import {
  BAPICOND,
  BAPIPARNR,
  BAPISDHD1,
  BAPISDHD1X,
  BAPISDITM,
} from '../ddic/structures-sales-in.ts';
import { systemDate } from '../notification/notification-header.ts';
import type { RequestItem } from '../billing/debit-memo-request-rows.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/**
 * SD_SALESDOCUMENT_CREATE for debit memo requests (BUS2096): checks and prices the document,
 * draws its number and saves it into the session's LUW; BAPI_TRANSACTION_COMMIT writes it.
 */
export const sdSalesdocumentCreate: FunctionModule = {
  name: 'SD_SALESDOCUMENT_CREATE',
  imports: {
    SALES_HEADER_IN: BAPISDHD1,
    SALES_HEADER_INX: BAPISDHD1X,
    BUSINESS_OBJECT: 'C10',
    TESTRUN: 'C1',
  },
  exports: { SALESDOCUMENT_EX: 'C10' },
  tables: {
    SALES_ITEMS_IN: BAPISDITM,
    SALES_PARTNERS: BAPIPARNR,
    SALES_CONDITIONS_IN: BAPICOND,
    RETURN: BAPIRET2,
  },
  run: createSalesDocument,
};

function createSalesDocument(call: FunctionCall): FunctionResult {
  const header = call.input.structure('SALES_HEADER_IN');
  const items = call.input.table('SALES_ITEMS_IN');
  const conditions = call.input.table('SALES_CONDITIONS_IN');
  const refused = (messages: Row[]): FunctionResult => ({ SALESDOCUMENT_EX: '', RETURN: messages });

  const headerMessages = checkRequestHeader(call, header);
  if (call.input.scalar('BUSINESS_OBJECT') !== debitMemoRequest.businessObject)
    return refused(headerMessages);
  const itemNumbers = requestItemNumbers(items);
  const soldTo = checkSoldTo(call, call.input.table('SALES_PARTNERS'), 'SALES_PARTNERS');
  const messages = [
    ...checkRequestLengths(call),
    ...headerMessages,
    ...soldTo.messages,
    ...checkRequestItems(call, items),
    ...checkRequestConditions(call, conditions, new Set(itemNumbers)),
  ];
  if (messages.length > 0) return refused(messages);

  const pricingDate = isInitialDate(header['PRICE_DATE'])
    ? systemDate(call.system.now())
    : (header['PRICE_DATE'] ?? '');
  const priced = priceItems(call, { customer: soldTo.customer, pricingDate, itemNumbers });
  if (priced.messages.length > 0) return refused(priced.messages);
  // A test run checks and prices the input and saves nothing: no number is drawn.
  if (call.input.scalar('TESTRUN') === 'X') return { SALESDOCUMENT_EX: '', RETURN: [] };

  const range = billingNumberRanges.debitMemoRequest;
  const drawn = call.system.drawNumber(range.object, range.rangeNumber);
  if (drawn === undefined) {
    const variables = [range.object, range.rangeNumber];
    return refused([call.message('E', 'NUMBER_RANGE_EXHAUSTED', variables)]);
  }

  const salesDocument = drawn.padStart(10, '0');
  const rows = buildDebitMemoRequestRows(call, {
    salesDocument,
    customer: soldTo.customer,
    header,
    items: priced.items,
    pricingDate,
  });
  const luw = call.session.luw;
  luw.put('VBAK', rows.header);
  for (const item of rows.items) luw.put('VBAP', item);
  for (const data of rows.businessData) luw.put('VBKD', data);
  for (const condition of rows.conditions) luw.put('KONV', condition);
  call.system.lock(call.session, salesDocumentLockArgument(salesDocument));

  const saved = call.message('S', 'SALES_DOCUMENT_SAVED', [
    debitMemoRequest.text,
    externalDocumentNumber(salesDocument),
  ]);
  return { SALESDOCUMENT_EX: salesDocument, RETURN: [saved] };
}

// Prices every item; an item without a PR00 price refuses the document.
function priceItems(
  call: FunctionCall,
  context: { customer: string; pricingDate: string; itemNumbers: readonly string[] },
): { items: RequestItem[]; messages: Row[] } {
  const conditions = call.input.table('SALES_CONDITIONS_IN');
  const items: RequestItem[] = [];
  const messages: Row[] = [];

  call.input.table('SALES_ITEMS_IN').forEach((input, index) => {
    const number = context.itemNumbers[index] ?? '';
    const manual = (type: string) =>
      conditions.find((row) => row['COND_TYPE'] === type && row['ITM_NUMBER'] === number);
    const price = manual('PR00');
    const coverage = manual('ZCOV');
    const material = input['MATERIAL'] ?? '';
    const priced = priceItem(call.database, {
      customer: context.customer,
      material,
      quantity: input['TARGET_QTY'] ?? '0',
      unit: input['TARGET_QU'] ?? '',
      pricingDate: context.pricingDate,
      ...(price && {
        manualPrice: {
          rate: price['COND_VALUE'] ?? '0',
          per: price['COND_P_UNT'] ?? '',
          unit: price['COND_UNIT'] ?? '',
          currency: price['CURRENCY'] ?? '',
        },
      }),
      ...(coverage && { coveragePercent: coverage['COND_VALUE'] ?? '0' }),
    });
    if (priced.found) {
      items.push({ number, input, priced });
      return;
    }
    messages.push(
      call.message('E', 'NO_PRICE', [material, number], {
        parameter: 'SALES_ITEMS_IN',
        row: index + 1,
        field: 'MATERIAL',
      }),
    );
  });
  return { items, messages };
}
