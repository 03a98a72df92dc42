import { systemDate, systemTime } from '../notification/notification-header.ts';
import { materialDescription } from '../notification/notification-reader.ts';
import { isInitialDate } from './contract-checks.ts';
import { calculationType } from './contract-customizing.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';

/** The rows of a new service contract: VBAK, VBAP, VEDA and KONV. */
export interface ContractRows {
  header: Row;
  items: Row[];
  contractData: Row[];
  conditions: Row[];
}

/** What a contract is built from: the checked BAPI input and the drawn number. */
export interface ContractInput {
  salesDocument: string;
  documentType: string;
  customer: string;
  header: Readonly<Row>;
  items: readonly Readonly<Row>[];
  conditions: readonly Readonly<Row>[];
  contractData: readonly Readonly<Row>[];
}

/** The document currency when the caller gives none (the customers' currency is not modelled). */
const defaultCurrency = 'EUR';
const headerItem = '000000';

/** Builds the rows of a contract; KNUMV is the document number (a mock convention). */
export function buildContractRows(call: FunctionCall, input: ContractInput): ContractRows {
  const now = call.system.now();
  const currency = input.header['CURRENCY'] || defaultCurrency;
  const period = headerPeriod(call, input);
  const itemNumbers = input.items.map((item, index) => itemNumberOf(item, index));

  const contractData = [
    {
      VBELN: input.salesDocument,
      VPOSN: headerItem,
      VBEGDAT: period.start,
      VENDDAT: period.end,
      VUNTDAT: period.signed,
    },
    ...input.contractData
      .filter((row) => !isHeaderItem(row['ITM_NUMBER']))
      .map((row) => ({
        VBELN: input.salesDocument,
        VPOSN: row['ITM_NUMBER'] ?? '',
        VBEGDAT: isInitialDate(row['CON_ST_DAT']) ? period.start : (row['CON_ST_DAT'] ?? ''),
        VENDDAT: isInitialDate(row['CON_EN_DAT']) ? period.end : (row['CON_EN_DAT'] ?? ''),
        VUNTDAT: isInitialDate(row['CON_SI_DAT']) ? period.signed : (row['CON_SI_DAT'] ?? ''),
      })),
  ];
  const conditions = input.conditions.map((condition, index) =>
    conditionRow(input.salesDocument, condition, index, itemNumbers[0]),
  );

  const items = input.items.map((item, index) => {
    const number = itemNumbers[index] ?? headerItem;
    const quantity = Number(item['TARGET_QTY'] ?? '0') || 1;
    const months = monthsOf(contractData.find((row) => row.VPOSN === number) ?? contractData[0]);
    const own = conditions.filter((row) => row['KPOSN'] === number);
    return itemRow(call, item, { number, quantity, months, conditions: own, currency, input });
  });
  const netValue = items.reduce((sum, item) => sum + Number(item['NETWR'] ?? '0'), 0);

  const header: Row = {
    VBELN: input.salesDocument,
    AUART: input.documentType,
    VBTYP: 'G',
    KUNNR: input.customer,
    VKORG: input.header['SALES_ORG'] ?? '',
    VTWEG: input.header['DISTR_CHAN'] ?? '',
    SPART: input.header['DIVISION'] ?? '',
    ERDAT: systemDate(now),
    ERZET: systemTime(now),
    ERNAM: call.session.user,
    GUEBG: period.start,
    GUEEN: period.end,
    NETWR: netValue.toFixed(2),
    WAERK: currency,
    BSTNK: input.header['PURCH_NO_C'] ?? '',
    KNUMV: input.salesDocument,
  };
  return { header, items, contractData, conditions };
}

// The header's contract period: CONTRACT_DATA_IN's header row first, then CT_VALID_F/T;
// without a start date the contract starts today, and it is signed today unless said otherwise.
function headerPeriod(
  call: FunctionCall,
  input: ContractInput,
): { start: string; end: string; signed: string } {
  const today = systemDate(call.system.now());
  const data = input.contractData.find((row) => isHeaderItem(row['ITM_NUMBER']));
  const pick = (...values: (string | undefined)[]): string =>
    values.find((value) => !isInitialDate(value)) ?? '00000000';

  const start = pick(data?.['CON_ST_DAT'], input.header['CT_VALID_F']);
  return {
    start: isInitialDate(start) ? today : start,
    end: pick(data?.['CON_EN_DAT'], input.header['CT_VALID_T']),
    signed: pick(data?.['CON_SI_DAT'], today),
  };
}

function itemNumberOf(item: Readonly<Row>, index: number): string {
  const given = item['ITM_NUMBER'] ?? '';
  return isHeaderItem(given) ? String((index + 1) * 10).padStart(6, '0') : given;
}

function isHeaderItem(value: string | undefined): boolean {
  return value === undefined || /^0*$/.test(value);
}

function conditionRow(
  salesDocument: string,
  condition: Readonly<Row>,
  index: number,
  firstItem: string | undefined,
): Row {
  const type = condition['COND_TYPE'] ?? '';
  const calculation = calculationType(type, condition['CALCTYPCON'] ?? '');
  const item = condition['ITM_NUMBER'] ?? '';
  const step = condition['COND_ST_NO'] ?? '';
  const counter = condition['COND_COUNT'] ?? '';
  return {
    KNUMV: salesDocument,
    // A contract's conditions belong to its item: one given for the header goes to the first.
    KPOSN: isHeaderItem(item) ? (firstItem ?? headerItem) : item,
    STUNR: /^0*$/.test(step) ? String((index + 1) * 10).padStart(3, '0') : step,
    ZAEHK: /^0*$/.test(counter) ? '01' : counter,
    KSCHL: type,
    KBETR: condition['COND_VALUE'] ?? '0',
    // Percentages carry no currency; a quantity such as a response time in hours has none
    // either, so only the caller's CURRENCY makes a condition an amount.
    WAERS: calculation === 'A' ? '' : (condition['CURRENCY'] ?? ''),
    KPEIN: String(Math.trunc(Number(condition['COND_P_UNT'] ?? '0'))),
    KMEIN: condition['COND_UNIT'] ?? '',
    KRECH: calculation,
  };
}

function itemRow(
  call: FunctionCall,
  item: Readonly<Row>,
  context: {
    number: string;
    quantity: number;
    months: number;
    conditions: readonly Readonly<Row>[];
    currency: string;
    input: ContractInput;
  },
): Row {
  const material = item['MATERIAL'] ?? '';
  const unit = call.database.get('MARA', { MATNR: material })?.['MEINS'] ?? '';
  const text = materialDescription(call.database, material, call.session.language);
  return {
    VBELN: context.input.salesDocument,
    POSNR: context.number,
    MATNR: material,
    ARKTX: item['SHORT_TEXT'] || text,
    KWMENG: String(context.quantity),
    VRKME: item['TARGET_QU'] || unit,
    NETWR: netValue(context.conditions, context.quantity, context.months).toFixed(2),
    // Contracts are not priced with output tax in the mock; debit memo requests are.
    MWSBP: '0.00',
    WAERK: context.currency,
  };
}

// The item's value: every amount condition with a currency, priced per its pricing unit. A
// rate per month (KMEIN MON) counts once per period of KPEIN months within the contract.
function netValue(conditions: readonly Readonly<Row>[], quantity: number, months: number): number {
  return conditions
    .filter((row) => row['KRECH'] !== 'A' && (row['WAERS'] ?? '') !== '')
    .reduce((sum, row) => {
      const rate = Number(row['KBETR'] ?? '0');
      const unit = Math.max(1, Number(row['KPEIN'] ?? '1'));
      const units =
        row['KMEIN'] === 'MON' ? Math.max(1, Math.ceil(months / unit)) : quantity / unit;
      return sum + rate * units;
    }, 0);
}

// Whole months of a contract period (12 for a year to the day); 1 when it has no end.
function monthsOf(period: { VBEGDAT: string; VENDDAT: string } | undefined): number {
  if (period === undefined || isInitialDate(period.VENDDAT)) return 1;
  const days = (Date.parse(isoOf(period.VENDDAT)) - Date.parse(isoOf(period.VBEGDAT))) / 86_400_000;
  return Math.max(1, Math.round((days + 1) / 30.4));
}

function isoOf(dats: string): string {
  return `${dats.slice(0, 4)}-${dats.slice(4, 6)}-${dats.slice(6, 8)}`;
}
