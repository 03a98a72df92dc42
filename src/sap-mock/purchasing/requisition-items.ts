import { prItemFields } from '../ddic/structures-purchasing.ts';
import { addDays, checkMaterialInPlant, externalMaterial } from '../material/material-master.ts';
import { materialDescription } from '../notification/notification-reader.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';

// The items of BAPI_PR_CREATE: the fields PRITEMX flags, SAP's defaults from the material
// master, and the checks that refuse an item.

/** A checked requisition item: its number and its values with the defaults filled in. */
export interface CheckedRequisitionItem {
  itemNumber: string;
  values: Row;
}

/** The checked items, or every E line that refused one of them. */
export interface RequisitionItemsCheck {
  items: CheckedRequisitionItem[];
  errors: Row[];
}

/** Checks every PRITEM row (taking only the fields its PRITEMX row flags) and fills defaults. */
export function checkRequisitionItems(call: FunctionCall, today: string): RequisitionItemsCheck {
  const items = call.input.table('PRITEM');
  if (items.length === 0) {
    return {
      items: [],
      errors: [call.message('E', 'PR_ITEMS_MISSING', [], { parameter: 'PRITEM' })],
    };
  }

  const flags = call.input.table('PRITEMX');
  const seen = new Set<string>();
  const checked: CheckedRequisitionItem[] = [];
  const errors: Row[] = [];
  items.forEach((item, index) => {
    const itemNumber = /^0*$/.test(item['PREQ_ITEM'] ?? '')
      ? String((index + 1) * 10).padStart(5, '0')
      : (item['PREQ_ITEM'] ?? '');
    const target = { parameter: 'PRITEM', row: index + 1 };
    if (seen.has(itemNumber)) {
      errors.push(call.message('E', 'PR_ITEM_DUPLICATE', [itemNumber], target));
      return;
    }
    seen.add(itemNumber);

    const values = takeFlaggedFields(item, flagsOf(flags, item, index));
    const itemErrors = completeItem(call, values, { itemNumber, today, row: index + 1 });
    if (itemErrors.length > 0) errors.push(...itemErrors);
    else checked.push({ itemNumber, values });
  });
  return { items: checked, errors };
}

// The PRITEMX row of an item: the one with its PREQ_ITEM; for an item without a number, the
// row in the same position if that has no number either.
function flagsOf(flags: readonly Row[], item: Readonly<Row>, index: number): Row | undefined {
  const number = item['PREQ_ITEM'] ?? '';
  if (!/^0*$/.test(number)) return flags.find((row) => row['PREQ_ITEM'] === number);
  const same = flags[index];
  return same !== undefined && /^0*$/.test(same['PREQ_ITEM'] ?? '') ? same : undefined;
}

function takeFlaggedFields(item: Readonly<Row>, flags: Readonly<Row> | undefined): Row {
  const values: Row = {};
  for (const field of prItemFields) {
    values[field] = flags?.[field] === 'X' ? (item[field] ?? '') : '';
  }
  return values;
}

// Checks one item and fills SAP's defaults into its values; answers the item's E lines.
function completeItem(
  call: FunctionCall,
  values: Row,
  context: { itemNumber: string; today: string; row: number },
): Row[] {
  const target = (field: string) => ({ parameter: 'PRITEM', row: context.row, field });
  const material = values['MATERIAL'] ?? '';
  const plant = values['PLANT'] ?? '';
  const missing = ['MATERIAL', 'PLANT'].filter((field) => (values[field] ?? '') === '');
  if (missing.length > 0) {
    return missing.map((field) =>
      call.message('E', 'REQUIRED_FIELD_MISSING', [field], target(field)),
    );
  }
  const checked = checkMaterialInPlant(call, { material, plant }, { target: target('MATERIAL') });
  if (checked.found === undefined) return [checked.error];
  const { mara, marc } = checked.found;

  const errors: Row[] = [];
  if (!(Number(values['QUANTITY'] || 0) > 0)) {
    errors.push(
      call.message('E', 'QUANTITY_NOT_POSITIVE', [context.itemNumber], target('QUANTITY')),
    );
  }
  const baseUnit = mara['MEINS'] ?? '';
  values['UNIT'] = values['UNIT'] || baseUnit;
  if (values['UNIT'] !== baseUnit) {
    const variables = [values['UNIT'] ?? '', baseUnit, externalMaterial(material)];
    errors.push(call.message('E', 'UNIT_NOT_BASE_UNIT', variables, target('UNIT')));
  }
  values['PUR_GROUP'] = values['PUR_GROUP'] || (marc['EKGRP'] ?? '');
  if (values['PUR_GROUP'] === '') {
    errors.push(call.message('E', 'REQUIRED_FIELD_MISSING', ['PUR_GROUP'], target('PUR_GROUP')));
  }

  if (isInitialDate(values['DELIV_DATE'])) {
    values['DELIV_DATE'] = addDays(context.today, Number(marc['PLIFZ'] ?? 0));
  }
  if (isInitialDate(values['PREQ_DATE'])) values['PREQ_DATE'] = context.today;
  values['SHORT_TEXT'] =
    values['SHORT_TEXT'] || materialDescription(call.database, material, call.session.language);
  return errors;
}

function isInitialDate(value: string | undefined): boolean {
  return /^0*$/.test(value ?? '');
}
