import type { ContractCoverage, ContractFee, NewContract } from '../../domain/contract.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import type { ContractSettings } from './contract-settings.ts';

/** One row of CONTRACT_CONDITIONS_IN (BAPICOND). */
export type ConditionRow = Record<string, string>;

/** What a contract's item conditions say, read back from ORDER_CONDITIONS_OUT (BAPISDCOND). */
export interface ContractTerms {
  coverage: ContractCoverage;
  responseTimeHours: number | null;
  fee: ContractFee | null;
}

const percentFields = ['laborPercent', 'partsPercent', 'travelPercent'] as const;

/**
 * The item conditions of a new contract: the covered shares as percentages (KRECH A), the
 * response time in hours and the fee per pricing unit of months (KRECH C).
 */
export function buildConditions(
  input: NewContract,
  settings: ContractSettings,
  mapping: ObjectMapping,
): ConditionRow[] {
  const types = settings.conditionTypes;
  const rows: Omit<ConditionRow, 'ITM_NUMBER' | 'COND_ST_NO' | 'COND_COUNT'>[] = [];

  for (const field of percentFields) {
    rows.push({
      COND_TYPE: types[field],
      COND_VALUE: input.coverage[field].toFixed(2),
      CALCTYPCON: 'A',
    });
  }
  if (input.responseTimeHours !== undefined) {
    rows.push({
      COND_TYPE: types.responseTimeHours,
      COND_VALUE: input.responseTimeHours.toFixed(2),
      COND_P_UNT: '1',
      COND_UNIT: settings.responseTimeUnit,
      CALCTYPCON: 'C',
    });
  }
  if (input.fee !== undefined) {
    rows.push({
      COND_TYPE: types.fee,
      COND_VALUE: input.fee.amount.amount,
      CURRENCY: input.fee.amount.currency,
      COND_P_UNT: mapping.encode('feeInterval', input.fee.interval) ?? '',
      COND_UNIT: settings.feeIntervalUnit,
      CALCTYPCON: 'C',
    });
  }

  // Each condition type is its own step of the pricing procedure, with one condition each.
  return rows.map((row, index) => ({
    ITM_NUMBER: settings.itemNumber,
    COND_ST_NO: String((index + 1) * 10).padStart(3, '0'),
    COND_COUNT: '01',
    ...row,
  }));
}

/** Reads coverage, response time and fee from the conditions of the contract's item. */
export function readConditions(
  rows: readonly Record<string, unknown>[],
  settings: ContractSettings,
  mapping: ObjectMapping,
): ContractTerms {
  const types = settings.conditionTypes;
  const onItem = rows.filter((row) => text(row.ITM_NUMBER) === settings.itemNumber);
  const find = (type: string) => onItem.find((row) => text(row.COND_TYPE) === type);

  // A share without a condition is not covered.
  const percent = (type: string) => {
    const row = find(type);
    return row === undefined ? 0 : Math.round(Number(text(row.COND_VALUE)) * 100) / 100;
  };
  const coverage: ContractCoverage = {
    laborPercent: percent(types.laborPercent),
    partsPercent: percent(types.partsPercent),
    travelPercent: percent(types.travelPercent),
  };

  const response = find(types.responseTimeHours);
  const responseTimeHours = response ? Math.round(Number(text(response.COND_VALUE))) : null;

  const feeRow = find(types.fee);
  const interval = feeRow
    ? mapping.decode('feeInterval', String(Number(text(feeRow.COND_P_UNT))))
    : undefined;
  const fee: ContractFee | null =
    feeRow && interval !== undefined
      ? {
          amount: {
            amount: toDecimalText(text(feeRow.COND_VALUE), 2),
            currency: text(feeRow.CURRENCY),
          },
          interval: interval as ContractFee['interval'],
        }
      : null;

  return { coverage, responseTimeHours, fee };
}

/**
 * Writes an SAP decimal (`120.000000000`, `120`, `-5.5`) with exactly `decimals` places, as
 * text so that large amounts keep every digit.
 */
export function toDecimalText(value: string, decimals: number): string {
  const match = /^\s*(-?)(\d*)(?:\.(\d*))?\s*$/.exec(value);
  if (!match) return value.trim();
  const [, sign = '', whole = '', fraction = ''] = match;
  const digits = whole.replace(/^0+(?=\d)/, '') || '0';
  return `${sign}${digits}.${fraction.padEnd(decimals, '0').slice(0, decimals)}`;
}

function text(value: unknown): string {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.trim() : '';
}
