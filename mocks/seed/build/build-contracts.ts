import {
  CONTRACT_CLERKS,
  CONTRACT_SALES_AREA,
  CONTRACT_TERMS,
  SERVICE_PRODUCTS,
  SERVICE_UNIT,
} from '../catalog/service-products.ts';
import type { ContractTerms } from '../catalog/service-products.ts';
import { createRandom } from '../random.ts';
import type { Random } from '../random.ts';
import { fromDats, toDats, toNumc, toTims } from '../sap-format.ts';
import type { NrivRow } from '../seed-tables.ts';
import { addMonths, periodEnd } from './build-warranties.ts';
import { SEED, SEED_TODAY } from './seed-context.ts';
import type { SeedEquipment } from './seed-context.ts';

/** The first seeded contract number (NRIV RV_BELEG 41 runs 0040000000–0049999999). */
const FIRST_VBELN = 40_000_001;
/** The single item of every contract. */
const ITEM = '000010';

/** A row of VBAK (sales document header). */
export interface VbakRow {
  VBELN: string;
  AUART: string;
  VBTYP: string;
  KUNNR: string;
  VKORG: string;
  VTWEG: string;
  SPART: string;
  ERDAT: string;
  ERZET: string;
  ERNAM: string;
  GUEBG: string;
  GUEEN: string;
  NETWR: string;
  WAERK: string;
  BSTNK: string;
  KNUMV: string;
  AUFNR: string;
  VGBEL: string;
  VGTYP: string;
}

/** A row of VBAP (sales document item). */
export interface VbapRow {
  VBELN: string;
  POSNR: string;
  MATNR: string;
  ARKTX: string;
  KWMENG: string;
  VRKME: string;
  NETWR: string;
  MWSBP: string;
  WAERK: string;
}

/** A row of VEDA (contract data). */
export interface VedaRow {
  VBELN: string;
  VPOSN: string;
  VBEGDAT: string;
  VENDDAT: string;
  VUNTDAT: string;
  VKUESCH: string;
}

/** A row of KONV (conditions). */
export interface KonvRow {
  KNUMV: string;
  KPOSN: string;
  STUNR: string;
  ZAEHK: string;
  KSCHL: string;
  KBETR: string;
  WAERS: string;
  KPEIN: string;
  KMEIN: string;
  KRECH: string;
}

/** A row of SER02 (object list of an SD item). */
export interface Ser02Row {
  OBKNR: string;
  SDAUFNR: string;
  POSNR: string;
}

/** A row of OBJK (object list entry). */
export interface ObjkRow {
  OBKNR: string;
  OBZAE: string;
  EQUNR: string;
  SERNR: string;
  MATNR: string;
  TASER: string;
}

/** The contract tables and the number range intervals they draw from. */
export interface ContractTables {
  VBAK: VbakRow[];
  VBAP: VbapRow[];
  VEDA: VedaRow[];
  KONV: KonvRow[];
  SER02: Ser02Row[];
  OBJK: ObjkRow[];
  NRIV: NrivRow[];
}

/** Whether a contract runs today, has ended or starts later. */
type ContractPhase = 'active' | 'expired' | 'future';

/** A contract before it gets its number. */
interface ContractPlan {
  terms: ContractTerms;
  phase: ContractPhase;
  machines: SeedEquipment[];
  start: string;
  end: string;
  createdOn: string;
  createdAt: string;
  clerk: string;
  period: number;
  responseHours: number;
  fee: number;
  reference: string;
}

// Every fifth contract has ended and every fifth starts in the coming months; the rest run.
function phaseOf(index: number): ContractPhase {
  if (index % 5 === 3) return 'expired';
  if (index % 5 === 4) return 'future';
  return 'active';
}

/** The first day of the month that lies some months from the seed's today. */
function firstOfMonth(monthsFromToday: number): string {
  return addMonths(`${SEED_TODAY.slice(0, 6)}01`, monthsFromToday);
}

function contractPeriod(phase: ContractPhase, length: number, random: Random): [string, string] {
  const back =
    phase === 'active'
      ? random.int(1, length - 1)
      : phase === 'expired'
        ? length + random.int(1, 24)
        : -random.int(1, 3);
  const start = firstOfMonth(-back);
  return [start, periodEnd(start, length)];
}

/** Picks 1–5 unused machines of one customer, a customer who still has such machines. */
function pickMachines(
  byCustomer: Map<string, SeedEquipment[]>,
  used: Set<string>,
  random: Random,
): SeedEquipment[] {
  const available = [...byCustomer.values()]
    .map((pieces) => pieces.filter((piece) => !used.has(piece.equnr)))
    .filter((pieces) => pieces.length > 0);
  const pieces = random.shuffle(random.pick(available));
  const machines = pieces.slice(0, random.int(1, 5)).sort((a, b) => a.equnr.localeCompare(b.equnr));
  for (const piece of machines) used.add(piece.equnr);
  return machines;
}

function planContract(
  terms: ContractTerms,
  phase: ContractPhase,
  machines: SeedEquipment[],
  random: Random,
): ContractPlan {
  const length = random.pick(terms.lengths);
  const [start, end] = contractPeriod(phase, length, random);
  const today = fromDats(SEED_TODAY);
  const createdDay =
    phase === 'future' ? today - random.int(1, 30) : fromDats(start) - random.int(5, 40);
  const period = random.pick(terms.periods);
  const [low, high] = terms.monthlyFeePerMachine;
  const monthly = random.int(low, high) * machines.length;
  const reference = random.chance(0.5) ? `PO-${toNumc(random.int(4_500_000, 4_599_999), 10)}` : '';

  return {
    terms,
    phase,
    machines,
    start,
    end,
    createdOn: toDats(createdDay),
    createdAt: toTims(random.int(8 * 3600, 17 * 3600)),
    clerk: random.pick(CONTRACT_CLERKS),
    period,
    responseHours: random.pick(terms.responseHours),
    fee: monthly * period,
    reference,
  };
}

function conditionRows(knumv: string, plan: ContractPlan): KonvRow[] {
  const base = { KNUMV: knumv, KPOSN: ITEM, ZAEHK: '01' };
  const percent = (stunr: string, kschl: string, value: number): KonvRow => ({
    ...base,
    STUNR: stunr,
    KSCHL: kschl,
    KBETR: value.toFixed(2),
    WAERS: '',
    KPEIN: '0',
    KMEIN: '',
    KRECH: 'A',
  });
  return [
    percent('010', 'ZCLB', plan.terms.laborPercent),
    percent('020', 'ZCPT', plan.terms.partsPercent),
    percent('030', 'ZCTR', plan.terms.travelPercent),
    {
      ...base,
      STUNR: '040',
      KSCHL: 'ZRSP',
      KBETR: plan.responseHours.toFixed(2),
      WAERS: '',
      KPEIN: '1',
      KMEIN: 'H',
      KRECH: 'C',
    },
    {
      ...base,
      STUNR: '050',
      KSCHL: 'PPSV',
      KBETR: plan.fee.toFixed(2),
      WAERS: 'EUR',
      KPEIN: plan.period.toFixed(0),
      KMEIN: 'MON',
      KRECH: 'C',
    },
  ];
}

function addContract(plan: ContractPlan, index: number, tables: ContractTables): void {
  const vbeln = toNumc(FIRST_VBELN + index, 10);
  const product = SERVICE_PRODUCTS.find((entry) => entry.matnr === plan.terms.product);
  if (product === undefined) throw new Error(`unknown service product ${plan.terms.product}`);
  const customer = plan.machines[0]?.customer;
  if (customer === undefined) throw new Error(`contract ${vbeln} covers no machine`);

  // The contract value: the fee of every billing period in the contract's months.
  const months = Math.round((fromDats(plan.end) + 1 - fromDats(plan.start)) / 30.4);
  const netValue = ((plan.fee * months) / plan.period).toFixed(2);
  tables.VBAK.push({
    VBELN: vbeln,
    AUART: plan.terms.contractType,
    VBTYP: 'G',
    KUNNR: customer.kunnr,
    ...CONTRACT_SALES_AREA,
    ERDAT: plan.createdOn,
    ERZET: plan.createdAt,
    ERNAM: plan.clerk,
    GUEBG: plan.start,
    GUEEN: plan.end,
    NETWR: netValue,
    WAERK: 'EUR',
    BSTNK: plan.reference,
    KNUMV: vbeln,
    // Only debit memo requests refer to a service order or a preceding document.
    AUFNR: '',
    VGBEL: '',
    VGTYP: '',
  });
  tables.VBAP.push({
    VBELN: vbeln,
    POSNR: ITEM,
    MATNR: product.matnr,
    ARKTX: customer.entry.language === 'D' ? product.descriptionDe : product.descriptionEn,
    KWMENG: '1.000',
    VRKME: SERVICE_UNIT,
    NETWR: netValue,
    MWSBP: '0.00',
    WAERK: 'EUR',
  });
  tables.VEDA.push({
    VBELN: vbeln,
    VPOSN: '000000',
    VBEGDAT: plan.start,
    VENDDAT: plan.end,
    VUNTDAT: plan.createdOn,
    VKUESCH: plan.terms.contractType === 'ZWEX' ? '' : '0001',
  });
  tables.KONV.push(...conditionRows(vbeln, plan));

  const obknr = toNumc(index + 1, 20);
  tables.SER02.push({ OBKNR: obknr, SDAUFNR: vbeln, POSNR: ITEM });
  plan.machines.forEach((piece, position) => {
    tables.OBJK.push({
      OBKNR: obknr,
      OBZAE: toNumc(position + 1, 4),
      EQUNR: piece.equnr,
      SERNR: piece.serialNumber,
      MATNR: piece.model.matnr,
      TASER: 'SER02',
    });
  });
}

/**
 * Builds about 25 service contracts of the three types (running, ended and future ones), each
 * covering 1–5 machines of its customer, numbered in the order they were entered. Machines of
 * running contracts come partly from those without any warranty.
 */
export function buildContracts(
  equipment: readonly SeedEquipment[],
  warrantyAssigned: ReadonlySet<string>,
): ContractTables {
  const random = createRandom(SEED, 'contracts');
  const byCustomer = new Map<string, SeedEquipment[]>();
  for (const piece of equipment) {
    const kunnr = piece.customer.kunnr;
    byCustomer.set(kunnr, [...(byCustomer.get(kunnr) ?? []), piece]);
  }

  const used = new Set<string>();
  const unwarranted = new Map(
    [...byCustomer].map(([kunnr, pieces]) => [
      kunnr,
      pieces.filter((piece) => !warrantyAssigned.has(piece.equnr)),
    ]),
  );
  const plans = CONTRACT_TERMS.flatMap((terms) =>
    Array.from({ length: terms.count }, (_, index) => {
      const phase = phaseOf(index);
      // The first running contract of each type covers only machines without any warranty.
      const pool = phase === 'active' && index === 0 ? unwarranted : byCustomer;
      return planContract(terms, phase, pickMachines(pool, used, random), random);
    }),
  );
  plans.sort(
    (a, b) => a.createdOn.localeCompare(b.createdOn) || a.createdAt.localeCompare(b.createdAt),
  );

  const tables: ContractTables = {
    VBAK: [],
    VBAP: [],
    VEDA: [],
    KONV: [],
    SER02: [],
    OBJK: [],
    NRIV: [],
  };
  plans.forEach((plan, index) => {
    addContract(plan, index, tables);
  });
  tables.NRIV.push(
    {
      OBJECT: 'RV_BELEG',
      NRRANGENR: '41',
      FROMNUMBER: '0040000000',
      TONUMBER: '0049999999',
      NRLEVEL: tables.VBAK.at(-1)?.VBELN ?? '0040000000',
    },
    {
      OBJECT: 'OBJLIST',
      NRRANGENR: '01',
      FROMNUMBER: toNumc(1, 20),
      TONUMBER: '9'.repeat(20),
      NRLEVEL: tables.SER02.at(-1)?.OBKNR ?? toNumc(0, 20),
    },
  );
  return tables;
}
