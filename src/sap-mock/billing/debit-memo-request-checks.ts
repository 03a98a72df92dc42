import { billingSalesArea, debitMemoRequest } from './billing-customizing.ts';
import { checkLengths } from '../contract/contract-checks.ts';
import { BAPICOND, BAPIPARNR, BAPISDHD1, BAPISDITM } from '../ddic/structures-sales-in.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';

// Checks of SD_SALESDOCUMENT_CREATE for debit memo requests. Each check answers RETURN lines
// of type 'E'; an empty list means the input passed.

/** Sold-to partner functions: AG internally, SP as the BAPI documentation names it. */

/** The condition types a caller may give: a manual price and the coverage percentage. */
const manualConditionTypes = new Set(['PR00', 'ZCOV']);

/** VBAK-BSTNK is CHAR20 while the BAPI's PURCH_NO_C is CHAR35: longer values cannot be stored. */
const headerStorageLimits: Readonly<Record<string, number>> = { PURCH_NO_C: 20 };

/** Checks business object, document type and sales area of the header. */
export function checkRequestHeader(call: FunctionCall, header: Readonly<Row>): Row[] {
  const businessObject = call.input.scalar('BUSINESS_OBJECT');
  if (businessObject !== debitMemoRequest.businessObject) {
    // The mock creates debit memo requests only; SAP's function creates any sales document.
    const what = `BUSINESS_OBJECT ${businessObject || '(initial)'}`;
    return [
      call.message('E', 'NOT_SUPPORTED_BY_MOCK', [what, call.functionModule], {
        parameter: 'BUSINESS_OBJECT',
      }),
    ];
  }

  const messages: Row[] = [];
  const documentType = header['DOC_TYPE'] ?? '';
  if (documentType !== debitMemoRequest.documentType) {
    const variables = [documentType, businessObject];
    messages.push(
      call.message('E', 'SALES_DOCUMENT_TYPE_NOT_ALLOWED', variables, {
        parameter: 'SALES_HEADER_IN',
        field: 'DOC_TYPE',
      }),
    );
  }
  const area = [header['SALES_ORG'], header['DISTR_CHAN'], header['DIVISION']];
  const known = [
    billingSalesArea.salesOrg,
    billingSalesArea.distributionChannel,
    billingSalesArea.division,
  ];
  if (area.some((value, index) => value !== '' && value !== known[index])) {
    const what = `sales area ${area.join('/')}`;
    messages.push(
      call.message('E', 'NOT_SUPPORTED_BY_MOCK', [what, call.functionModule], {
        parameter: 'SALES_HEADER_IN',
        field: 'SALES_ORG',
      }),
    );
  }
  return messages;
}

/** Finds CHAR values longer than their field or than the column they are stored in. */
export function checkRequestLengths(call: FunctionCall): Row[] {
  const header = call.input.structure('SALES_HEADER_IN');
  return [
    ...checkLengths(call, 'SALES_HEADER_IN', BAPISDHD1, [header], {
      storageLimits: headerStorageLimits,
      isTable: false,
    }),
    ...checkLengths(call, 'SALES_ITEMS_IN', BAPISDITM, call.input.table('SALES_ITEMS_IN')),
    ...checkLengths(call, 'SALES_PARTNERS', BAPIPARNR, call.input.table('SALES_PARTNERS')),
    ...checkLengths(call, 'SALES_CONDITIONS_IN', BAPICOND, call.input.table('SALES_CONDITIONS_IN')),
  ];
}

/** Checks each item: a material in MARA, a quantity above zero, the material's base unit. */
export function checkRequestItems(call: FunctionCall, items: readonly Readonly<Row>[]): Row[] {
  if (items.length === 0) {
    return [call.message('E', 'SALES_ITEMS_MISSING', [], { parameter: 'SALES_ITEMS_IN' })];
  }

  const messages: Row[] = [];
  items.forEach((item, index) => {
    const target = (field: string) => ({ parameter: 'SALES_ITEMS_IN', row: index + 1, field });
    const material = item['MATERIAL'] ?? '';
    const master = material === '' ? undefined : call.database.get('MARA', { MATNR: material });
    if (master === undefined) {
      messages.push(call.message('E', 'SALES_MATERIAL_NOT_FOUND', [material], target('MATERIAL')));
      return;
    }
    if (!(Number(item['TARGET_QTY'] ?? '0') > 0)) {
      const itemNumber = item['ITM_NUMBER'] ?? '';
      messages.push(
        call.message('E', 'SALES_QUANTITY_NOT_POSITIVE', [itemNumber], target('TARGET_QTY')),
      );
    }
    // No unit conversion in the mock: an item is in the material's base unit or refused.
    const unit = item['TARGET_QU'] ?? '';
    const baseUnit = master['MEINS'] ?? '';
    if (unit !== '' && unit !== baseUnit) {
      const variables = [unit, baseUnit, material];
      messages.push(call.message('E', 'UNIT_NOT_BASE_UNIT', variables, target('TARGET_QU')));
    }
  });
  return messages;
}

/** Checks the caller's conditions: PR00 or ZCOV, on a known item, ZCOV a percentage 0–100. */
export function checkRequestConditions(
  call: FunctionCall,
  conditions: readonly Readonly<Row>[],
  itemNumbers: ReadonlySet<string>,
): Row[] {
  const messages: Row[] = [];
  conditions.forEach((condition, index) => {
    const target = (field: string) => ({ parameter: 'SALES_CONDITIONS_IN', row: index + 1, field });
    const type = condition['COND_TYPE'] ?? '';
    const item = condition['ITM_NUMBER'] ?? '';
    if (!manualConditionTypes.has(type)) {
      const what = `condition type ${type || '(initial)'}`;
      messages.push(
        call.message(
          'E',
          'NOT_SUPPORTED_BY_MOCK',
          [what, call.functionModule],
          target('COND_TYPE'),
        ),
      );
      return;
    }
    if (!itemNumbers.has(item)) {
      messages.push(
        call.message('E', 'SALES_CONDITION_ITEM_UNKNOWN', [type, item], target('ITM_NUMBER')),
      );
      return;
    }
    const value = Number(condition['COND_VALUE'] ?? '0');
    if (type === 'ZCOV' && !(value >= 0 && value <= 100)) {
      messages.push(
        call.message('E', 'PERCENTAGE_OUT_OF_RANGE', [type, String(value)], target('COND_VALUE')),
      );
    }
  });
  return messages;
}

/** The item numbers of the items: ITM_NUMBER, or 10, 20, … where the caller leaves it blank. */
export function requestItemNumbers(items: readonly Readonly<Row>[]): string[] {
  return items.map((item, index) => {
    const given = item['ITM_NUMBER'] ?? '';
    return /^0*$/.test(given) ? String((index + 1) * 10).padStart(6, '0') : given;
  });
}
