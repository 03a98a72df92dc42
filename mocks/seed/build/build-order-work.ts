import {
  CONFIRMATION_TEXTS,
  FIELD_OPERATIONS,
  TECHNICIANS,
  WORKSHOP_OPERATIONS,
} from '../catalog/order-scenarios.ts';
import type { OperationPlan } from '../catalog/order-scenarios.ts';
import type { Random } from '../random.ts';
import { toDats, toNumc, toQuantity, toTims } from '../sap-format.ts';
import type { SeedEquipment } from './seed-context.ts';
import type { SeedSparePart } from './build-materials.ts';
import { workCenterObjectId } from './build-order-master.ts';
import type { OrderMasterTables, OrderSeedRow } from './build-order-master.ts';

/** The statuses a seeded order can end up in (CNF/PCNF on top of REL, TECO or CLSD). */
export type OrderSeedStatus = 'CRTD' | 'REL' | 'PCNF' | 'CNF' | 'TECO' | 'CLSD';

/** The operations, reservation items, confirmations and goods issues of the orders. */
export interface OrderWorkTables {
  AFVC: OrderSeedRow[];
  AFVV: OrderSeedRow[];
  RESB: OrderSeedRow[];
  AFRU: OrderSeedRow[];
  MKPF: OrderSeedRow[];
  MSEG: OrderSeedRow[];
}

/** The counters the work of all orders draws from, like NRIV would. */
export interface OrderCounters {
  rueck: number;
  rsnum: number;
  mblnr: number;
}

/** What the work of one order needs to know about it. */
export interface OrderWorkInput {
  aufnr: string;
  plant: string;
  repair: boolean;
  equipment: SeedEquipment;
  status: OrderSeedStatus;
  releaseDay: number;
  /** The last day work is done: TECO, or today for open orders. */
  lastWorkDay: number;
}

/** What the header needs back: main work center, reservation number, confirmation state. */
export interface OrderWorkSummary {
  mainWorkCenter: string;
  rsnum: string;
  allFinal: boolean;
}

const HALF_HOUR_STEPS = 2;

/** Builds the operations and parts of an order and, when released, its confirmations and issues. */
export function buildOrderWork(
  input: OrderWorkInput,
  context: {
    master: OrderMasterTables;
    parts: readonly SeedSparePart[];
    units: ReadonlyMap<string, string>;
    counters: OrderCounters;
    random: Random;
    tables: OrderWorkTables;
  },
): OrderWorkSummary {
  const { random, tables, counters } = context;
  const plans = pickOperations(input.repair, random);
  const aufpl = input.aufnr.slice(-10);
  const operations = plans.map((plan, index) => {
    const hours = random.int(plan.hours[0] * HALF_HOUR_STEPS, plan.hours[1] * HALF_HOUR_STEPS);
    counters.rueck += 1;
    return {
      plan,
      vornr: toNumc((index + 1) * 10, 4),
      aplzl: toNumc(index + 1, 8),
      rueck: toNumc(counters.rueck, 10),
      arbid: workCenterObjectId(context.master, plan.workCenter, input.plant),
      planned: hours / HALF_HOUR_STEPS,
      actual: 0,
    };
  });

  const items = buildReservation(input, context, operations[0]?.vornr ?? '0010', aufpl);
  const rsnum = items[0]?.['RSNUM'] ?? toNumc(0, 10);
  const allFinal = confirm(input, operations, context);
  if (shouldIssue(input.status, random) && items.length > 0) issueParts(input, items, context);
  markIssueState(input.status, items);

  for (const operation of operations) {
    tables.AFVC.push({
      AUFPL: aufpl,
      APLZL: operation.aplzl,
      VORNR: operation.vornr,
      STEUS: 'SM01',
      ARBID: operation.arbid,
      WERKS: input.plant,
      LTXA1: operation.plan.text,
      LARNT: '',
      RUECK: operation.rueck,
    });
    tables.AFVV.push({
      AUFPL: aufpl,
      APLZL: operation.aplzl,
      ARBEI: operation.planned.toFixed(1),
      ARBEH: 'H',
      ISMNW: operation.actual.toFixed(1),
      ISMNE: 'H',
    });
  }
  tables.RESB.push(...items);
  return { mainWorkCenter: plans[0]?.workCenter ?? 'SRV-MECH', rsnum, allFinal };
}

function pickOperations(repair: boolean, random: Random): OperationPlan[] {
  const catalogue = repair ? WORKSHOP_OPERATIONS : FIELD_OPERATIONS;
  const [first, ...others] = catalogue;
  const chosen = others.filter(() => random.chance(0.5));
  return first === undefined ? chosen : [first, ...chosen];
}

/** An operation being built, with the hours confirmed on it so far. */
interface SeedOperation {
  plan: OperationPlan;
  vornr: string;
  aplzl: string;
  rueck: string;
  arbid: string;
  planned: number;
  actual: number;
}

function buildReservation(
  input: OrderWorkInput,
  context: Parameters<typeof buildOrderWork>[1],
  vornr: string,
  aufpl: string,
): OrderSeedRow[] {
  const { random, counters } = context;
  const fitting = context.parts.filter((part) => part.kinds.includes(input.equipment.model.kind));
  if (fitting.length === 0 || !random.chance(0.75)) return [];

  counters.rsnum += 1;
  const rsnum = toNumc(counters.rsnum, 10);
  const count = random.int(1, 2);
  return random
    .shuffle(fitting)
    .slice(0, count)
    .map((part, index) => ({
      RSNUM: rsnum,
      RSPOS: toNumc(index + 1, 4),
      RSART: '',
      MATNR: part.matnr,
      WERKS: input.plant,
      LGORT: input.repair ? '0003' : '0002',
      BDTER: toDats(input.releaseDay),
      BDMNG: toQuantity(random.int(1, 2)),
      MEINS: context.units.get(part.matnr) ?? 'ST',
      ENMNG: toQuantity(0),
      AUFNR: input.aufnr,
      AUFPL: aufpl,
      APLZL: '00000001',
      VORNR: vornr,
      POSTP: 'L',
      BWART: '261',
      KOSTL: '',
      XWAOK: input.status === 'CRTD' ? '' : 'X',
      KZEAR: '',
      XLOEK: '',
    }));
}

// Confirms the work of a released order: PCNF leaves at least one operation without a final
// confirmation, CNF and most completed orders confirm every operation finally.
function confirm(
  input: OrderWorkInput,
  operations: SeedOperation[],
  context: Parameters<typeof buildOrderWork>[1],
): boolean {
  const { random, tables } = context;
  if (input.status === 'CRTD' || input.status === 'REL') return false;

  const partialOnly = input.status === 'PCNF' || (input.status === 'TECO' && random.chance(0.2));
  const open = partialOnly ? random.int(0, operations.length - 1) : -1;
  operations.forEach((operation, index) => {
    const final = index !== open;
    if (!final && index !== 0 && random.chance(0.5)) return;
    const twice = final && random.chance(0.3);
    const parts = twice ? [0.5, 0.5] : [1];
    let counter = 0;
    for (const share of parts) {
      counter += 1;
      const last = counter === parts.length;
      const hours = Math.max(
        0.5,
        Math.round(operation.planned * share * (final ? 1 : 0.5) * 2) / 2,
      );
      const day = random.int(input.releaseDay, input.lastWorkDay);
      operation.actual += hours;
      tables.AFRU.push({
        RUECK: operation.rueck,
        RMZHL: toNumc(counter, 8),
        AUFNR: input.aufnr,
        VORNR: operation.vornr,
        ARBID: operation.arbid,
        ARBPL: operation.plan.workCenter,
        WERKS: input.plant,
        ISMNW: hours.toFixed(1),
        ISMNE: 'H',
        AUERU: final && last ? 'X' : '',
        LTXA1: random.pick(CONFIRMATION_TEXTS),
        BUDAT: toDats(day),
        ERSDA: toDats(day),
        ERZET: toTims(random.int(9 * 3600, 18 * 3600)),
        ERNAM: input.repair ? 'TECH_SHOP1' : random.pick(TECHNICIANS.slice(0, 3)),
        STOKZ: '',
        EXTID: '',
      });
    }
  });
  return open === -1;
}

function shouldIssue(status: OrderSeedStatus, random: Random): boolean {
  if (status === 'CRTD' || status === 'REL') return false;
  return status !== 'PCNF' || random.chance(0.5);
}

// KZEAR marks the items withdrawn in full; at technical completion SAP deletes (XLOEK) the
// reservation items that were not, so they no longer count as reserved.
function markIssueState(status: OrderSeedStatus, items: OrderSeedRow[]): void {
  const completed = status === 'TECO' || status === 'CLSD';
  for (const item of items) {
    const final = Number(item['ENMNG'] ?? 0) >= Number(item['BDMNG'] ?? 0);
    item['KZEAR'] = final ? 'X' : '';
    item['XLOEK'] = completed && !final ? 'X' : '';
  }
}

// One material document per order: every reservation item issued in full (movement type 261).
function issueParts(
  input: OrderWorkInput,
  items: OrderSeedRow[],
  context: Parameters<typeof buildOrderWork>[1],
): void {
  const { random, tables, counters } = context;
  counters.mblnr += 1;
  const mblnr = String(counters.mblnr);
  const day = random.int(input.releaseDay, input.lastWorkDay);
  const budat = toDats(day);
  const mjahr = budat.slice(0, 4);
  tables.MKPF.push({
    MBLNR: mblnr,
    MJAHR: mjahr,
    BLDAT: budat,
    BUDAT: budat,
    USNAM: input.repair ? 'TECH_SHOP1' : 'TECH_FIELD1',
    BKTXT: '',
    XBLNR: '',
    CPUDT: budat,
    CPUTM: toTims(random.int(8 * 3600, 17 * 3600)),
  });
  items.forEach((item, index) => {
    item['ENMNG'] = item['BDMNG'] ?? toQuantity(0);
    tables.MSEG.push({
      MBLNR: mblnr,
      MJAHR: mjahr,
      ZEILE: toNumc(index + 1, 4),
      BWART: '261',
      MATNR: item['MATNR'] ?? '',
      WERKS: item['WERKS'] ?? '',
      LGORT: item['LGORT'] ?? '',
      MENGE: item['BDMNG'] ?? toQuantity(0),
      MEINS: item['MEINS'] ?? 'ST',
      SHKZG: 'H',
      AUFNR: input.aufnr,
      RSNUM: item['RSNUM'] ?? '',
      RSPOS: item['RSPOS'] ?? '',
      BUDAT: budat,
    });
  });
}
