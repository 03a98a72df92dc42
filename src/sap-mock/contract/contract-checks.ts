import { calculationType, contractTypes } from './contract-customizing.ts';
import type { SalesDocumentType } from './contract-customizing.ts';
import { lengthCheck } from '../messages/length-check.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';

// Business checks of BAPI_CONTRACT_CREATEFROMDATA. Each check answers RETURN lines of type
// 'E'; an empty list means the input passed.

/** Sold-to partner functions: AG internally, SP as the BAPI documentation names it. */
const soldToRoles = new Set(['AG', 'SP']);

/** Finds CHAR values longer than their field or than the table column they are stored in. */
export const checkLengths = lengthCheck('SALES_VALUE_TOO_LONG');

/** Checks the document type against the contract types the mock knows. */
export function checkDocumentType(
  call: FunctionCall,
  documentType: string,
): { type: SalesDocumentType | undefined; messages: Row[] } {
  const type = contractTypes.get(documentType);
  if (type !== undefined) return { type, messages: [] };
  const message = call.message('E', 'SALES_DOCUMENT_TYPE_UNKNOWN', [documentType], {
    parameter: 'CONTRACT_HEADER_IN',
    field: 'DOC_TYPE',
  });
  return { type, messages: [message] };
}

/**
 * Finds the header's sold-to partner (AG or SP) in a sales document's partner table (named by
 * `parameter` in the messages) and checks it against KNA1.
 */
export function checkSoldTo(
  call: FunctionCall,
  partners: readonly Readonly<Row>[],
  parameter = 'CONTRACT_PARTNERS',
): { customer: string; messages: Row[] } {
  const index = partners.findIndex(
    (partner) =>
      soldToRoles.has(partner['PARTN_ROLE'] ?? '') && /^0*$/.test(partner['ITM_NUMBER'] ?? ''),
  );
  const partner = partners[index];
  if (partner === undefined) {
    const message = call.message('E', 'SOLD_TO_MISSING', [], { parameter });
    return { customer: '', messages: [message] };
  }

  // Keys travel in internal format: a customer number without its leading zeros is unknown.
  const customer = partner['PARTN_NUMB'] ?? '';
  if (call.database.get('KNA1', { KUNNR: customer }) !== undefined) {
    return { customer, messages: [] };
  }
  const message = call.message('E', 'SOLD_TO_NOT_FOUND', [customer], {
    parameter,
    row: index + 1,
    field: 'PARTN_NUMB',
  });
  return { customer, messages: [message] };
}

/** Checks that there are items and that each item's material exists in MARA. */
export function checkItems(call: FunctionCall, items: readonly Readonly<Row>[]): Row[] {
  if (items.length === 0) {
    return [call.message('E', 'SALES_ITEMS_MISSING', [], { parameter: 'CONTRACT_ITEMS_IN' })];
  }
  const messages: Row[] = [];
  items.forEach((item, index) => {
    const material = item['MATERIAL'] ?? '';
    if (material !== '' && call.database.get('MARA', { MATNR: material }) !== undefined) return;
    messages.push(
      call.message('E', 'SALES_MATERIAL_NOT_FOUND', [material], {
        parameter: 'CONTRACT_ITEMS_IN',
        row: index + 1,
        field: 'MATERIAL',
      }),
    );
  });
  return messages;
}

/** Checks that no contract period ends before it starts (header and contract data rows). */
export function checkDates(
  call: FunctionCall,
  header: Readonly<Row>,
  contractData: readonly Readonly<Row>[],
): Row[] {
  const messages: Row[] = [];
  const check = (start: string, end: string, target: Parameters<FunctionCall['message']>[3]) => {
    if (isInitialDate(start) || isInitialDate(end) || end >= start) return;
    messages.push(call.message('E', 'CONTRACT_END_BEFORE_START', [end, start], target));
  };

  check(header['CT_VALID_F'] ?? '', header['CT_VALID_T'] ?? '', {
    parameter: 'CONTRACT_HEADER_IN',
    field: 'CT_VALID_T',
  });
  contractData.forEach((row, index) => {
    check(row['CON_ST_DAT'] ?? '', row['CON_EN_DAT'] ?? '', {
      parameter: 'CONTRACT_DATA_IN',
      row: index + 1,
      field: 'CON_EN_DAT',
    });
  });
  return messages;
}

/** Checks that percentage conditions (calculation type 'A') lie between 0 and 100. */
export function checkConditions(call: FunctionCall, conditions: readonly Readonly<Row>[]): Row[] {
  const messages: Row[] = [];
  conditions.forEach((condition, index) => {
    const type = condition['COND_TYPE'] ?? '';
    if (calculationType(type, condition['CALCTYPCON'] ?? '') !== 'A') return;
    const value = Number(condition['COND_VALUE'] ?? '0');
    if (value >= 0 && value <= 100) return;
    messages.push(
      call.message('E', 'PERCENTAGE_OUT_OF_RANGE', [type, String(value)], {
        parameter: 'CONTRACT_CONDITIONS_IN',
        row: index + 1,
        field: 'COND_VALUE',
      }),
    );
  });
  return messages;
}

/** Whether a DATS value is initial (blank or zeros). */
export function isInitialDate(value: string | undefined): boolean {
  return value === undefined || /^0*$/.test(value);
}
