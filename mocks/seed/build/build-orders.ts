import { PLANNED_ORDER_TEXTS } from '../catalog/order-scenarios.ts';
import { PLANTS } from '../catalog/plants.ts';
import { createRandom } from '../random.ts';
import type { Random } from '../random.ts';
import { fromDats, INITIAL_DATS, INITIAL_TIMS, toDats, toNumc, toTims } from '../sap-format.ts';
import type { IhpaRow, JestRow, MaraRow, NrivRow, QmelRow } from '../seed-tables.ts';
import type { SeedSparePart } from './build-materials.ts';
import type { NotificationTables } from './build-notifications.ts';
import { buildOrderMaster, workCenterObjectId } from './build-order-master.ts';
import type { OrderMasterTables, OrderSeedRow } from './build-order-master.ts';
import { buildOrderWork } from './build-order-work.ts';
import type { OrderCounters, OrderSeedStatus, OrderWorkTables } from './build-order-work.ts';
import { SEED, SEED_TODAY } from './seed-context.ts';
import type { SeedEquipment } from './seed-context.ts';

/** The first seeded service order number (NRIV AUFTRAG 01 starts one below it). */
export const FIRST_AUFNR = 4_000_001;

const LAST_DAY = fromDats(SEED_TODAY);
const FIRST_DAY = fromDats('20250101');
const FIRST_RUECK = 100_000;
const FIRST_RSNUM = 100_000;
const FIRST_MBLNR = 4_900_000_000;

/** The order tables (the rows they add to JEST, IHPA and NRIV go into the notification tables). */
export interface OrderTables extends OrderMasterTables, OrderWorkTables {
  AUFK: OrderSeedRow[];
  AFKO: OrderSeedRow[];
  AFIH: OrderSeedRow[];
}

/** One order to build, before it gets its number. */
interface OrderPlan {
  day: number;
  equipment: SeedEquipment;
  notification: QmelRow | undefined;
  status: OrderSeedStatus;
  repair: boolean;
  revenue: boolean;
  text: string;
  priority: string;
  tecoDay: number;
  closeDay: number;
}

const OPEN_STATUSES: readonly OrderSeedStatus[] = ['CRTD', 'REL', 'PCNF', 'CNF'];

/**
 * Builds about 60 service orders in every status, most of them created to notifications. The
 * notifications' tables are extended in place: QMEL-AUFNR and ORAS (I0071) for the linked
 * notifications, the orders' statuses in JEST, their sold-to partners in IHPA and the number
 * ranges AUFTRAG, RESB, RUECK and MATBELEG in NRIV.
 */
export function buildOrders(
  notifications: NotificationTables,
  equipment: readonly SeedEquipment[],
  materials: { MARA: readonly MaraRow[]; spareParts: readonly SeedSparePart[] },
): OrderTables {
  const random = createRandom(SEED, 'orders');
  const parts = materials.spareParts;
  const units = new Map(materials.MARA.map((row) => [row.MATNR, row.MEINS]));
  const master = buildOrderMaster();
  const plans = [
    ...planLinkedOrders(notifications, equipment, random),
    ...planOtherOrders(equipment, random),
  ].sort(
    (left, right) =>
      left.day - right.day || left.equipment.equnr.localeCompare(right.equipment.equnr),
  );

  const tables: OrderTables = {
    ...master,
    AUFK: [],
    AFKO: [],
    AFIH: [],
    AFVC: [],
    AFVV: [],
    RESB: [],
    AFRU: [],
    MKPF: [],
    MSEG: [],
  };
  const counters: OrderCounters = { rueck: FIRST_RUECK, rsnum: FIRST_RSNUM, mblnr: FIRST_MBLNR };
  const linked = new Set<string>();
  const orderStatuses: JestRow[] = [];
  plans.forEach((plan, index) => {
    const aufnr = toNumc(FIRST_AUFNR + index, 12);
    const partners = notifications.IHPA;
    addOrder(plan, aufnr, {
      master,
      parts,
      units,
      counters,
      random,
      tables,
      partners,
      orderStatuses,
    });
    if (plan.notification !== undefined) {
      plan.notification.AUFNR = aufnr;
      linked.add(plan.notification.OBJNR);
    }
  });

  // The notification tables are extended in place, so that their files keep every existing row.
  const jest = withOrderAssigned(notifications.JEST, linked);
  notifications.JEST.splice(0, notifications.JEST.length, ...jest, ...orderStatuses);
  notifications.NRIV.push(...numberRanges(tables, counters));
  return tables;
}

function activeStatus(jest: readonly JestRow[], objnr: string): string {
  return jest.find((row) => row.OBJNR === objnr && row.INACT === '')?.STAT ?? '';
}

// Orders created to notifications: completed notifications got orders that are TECO or CLSD,
// open ones orders that are still being worked on.
function planLinkedOrders(
  notifications: NotificationTables,
  equipment: readonly SeedEquipment[],
  random: Random,
): OrderPlan[] {
  const byNumber = new Map(equipment.map((piece) => [piece.equnr, piece]));
  const candidates = notifications.QMEL.filter((row) => row.QMART !== 'S2');
  const completed = random
    .shuffle(candidates.filter((row) => activeStatus(notifications.JEST, row.OBJNR) === 'I0072'))
    .slice(0, 20);
  const open = random
    .shuffle(candidates.filter((row) => activeStatus(notifications.JEST, row.OBJNR) === 'I0070'))
    .slice(0, 20);

  const plans: OrderPlan[] = [];
  for (const notification of completed) {
    const piece = byNumber.get(notification.EQUNR);
    if (piece === undefined) continue;
    const day = fromDats(notification.QMDAT);
    const tecoDay = Math.max(day, fromDats(notification.QMDAB));
    const closeDay = tecoDay + random.int(5, 25);
    const status = closeDay <= LAST_DAY && random.chance(0.6) ? 'CLSD' : 'TECO';
    plans.push(linkedPlan(notification, piece, { day, status, tecoDay, closeDay }, random));
  }
  open.forEach((notification, index) => {
    const piece = byNumber.get(notification.EQUNR);
    if (piece === undefined) return;
    const day = Math.min(fromDats(notification.QMDAT) + random.int(0, 1), LAST_DAY);
    const status = OPEN_STATUSES[index % OPEN_STATUSES.length] ?? 'CRTD';
    plans.push(linkedPlan(notification, piece, { day, status, tecoDay: 0, closeDay: 0 }, random));
  });
  return plans;
}

function linkedPlan(
  notification: QmelRow,
  equipment: SeedEquipment,
  timing: { day: number; status: OrderSeedStatus; tecoDay: number; closeDay: number },
  random: Random,
): OrderPlan {
  const repair = random.chance(0.2);
  return {
    ...timing,
    equipment,
    notification,
    repair,
    revenue: !repair && random.chance(0.25),
    text: notification.QMTXT,
    priority: notification.PRIOK,
  };
}

// Orders planned without a notification: maintenance visits and inspections.
function planOtherOrders(equipment: readonly SeedEquipment[], random: Random): OrderPlan[] {
  const statuses: OrderSeedStatus[] = ['CRTD', 'CRTD', 'REL', 'REL', 'PCNF', 'CNF'];
  statuses.push('TECO', 'TECO', 'TECO', 'TECO', 'TECO', 'TECO');
  statuses.push('CLSD', 'CLSD', 'CLSD', 'CLSD', 'CLSD', 'CLSD', 'CLSD', 'CLSD');
  return statuses.map((status) => {
    const completed = status === 'TECO' || status === 'CLSD';
    const day = completed
      ? random.int(FIRST_DAY + 60, LAST_DAY - (status === 'CLSD' ? 60 : 15))
      : random.int(LAST_DAY - 30, LAST_DAY);
    const running = equipment.filter((piece) => fromDats(piece.startupDate) < day);
    const tecoDay = day + random.int(1, 10);
    return {
      day,
      equipment: random.pick(running),
      notification: undefined,
      status,
      repair: false,
      revenue: random.chance(0.5),
      text: random.pick(PLANNED_ORDER_TEXTS),
      priority: random.pick(['3', '4']),
      tecoDay,
      closeDay: tecoDay + random.int(10, 40),
    };
  });
}

interface AddContext {
  master: OrderMasterTables;
  parts: readonly SeedSparePart[];
  units: ReadonlyMap<string, string>;
  counters: OrderCounters;
  random: Random;
  tables: OrderTables;
  partners: IhpaRow[];
  orderStatuses: JestRow[];
}

function addOrder(plan: OrderPlan, aufnr: string, context: AddContext): void {
  const { random, tables } = context;
  const plant = plan.equipment.plant;
  const released = plan.status !== 'CRTD';
  const completed = plan.status === 'TECO' || plan.status === 'CLSD';
  const releaseDay = released
    ? Math.min(plan.day + random.int(0, 1), completed ? plan.tecoDay : LAST_DAY)
    : plan.day;
  const lastWorkDay = completed ? plan.tecoDay : LAST_DAY;
  const work = buildOrderWork(
    {
      aufnr,
      plant,
      repair: plan.repair,
      equipment: plan.equipment,
      status: plan.status,
      releaseDay,
      lastWorkDay,
    },
    context,
  );

  const serviceDesk = PLANTS.find((entry) => entry.werks === plant)?.serviceDesk ?? ['CS_BRIDGE'];
  const creator = random.pick(serviceDesk);
  const changeDay = plan.status === 'CLSD' ? plan.closeDay : completed ? plan.tecoDay : releaseDay;
  const objnr = `OR${aufnr}`;
  const start = Math.min(plan.day + random.int(0, 3), Math.max(plan.day, LAST_DAY));
  tables.AUFK.push({
    AUFNR: aufnr,
    AUART: plan.repair ? 'SM03' : plan.revenue ? 'SM02' : 'SM01',
    AUTYP: '30',
    KTEXT: plan.text,
    WERKS: plant,
    VAPLZ: work.mainWorkCenter,
    WAWRK: plant,
    ERNAM: creator,
    ERDAT: toDats(plan.day),
    AENAM: released ? random.pick(serviceDesk) : '',
    AEDAT: released ? toDats(changeDay) : INITIAL_DATS,
    IDAT1: released ? toDats(releaseDay) : INITIAL_DATS,
    IDAT2: completed ? toDats(plan.tecoDay) : INITIAL_DATS,
    IDAT3: plan.status === 'CLSD' ? toDats(plan.closeDay) : INITIAL_DATS,
    OBJNR: objnr,
  });
  tables.AFKO.push({
    AUFNR: aufnr,
    GSTRP: toDats(start),
    GLTRP: toDats(start + random.int(0, 5)),
    AUFPL: aufnr.slice(-10),
    RSNUM: work.rsnum,
  });
  tables.AFIH.push({
    AUFNR: aufnr,
    ARTPR: 'SM',
    PRIOK: plan.priority,
    EQUNR: plan.equipment.equnr,
    IWERK: plant,
    GEWRK: workCenterObjectId(context.master, work.mainWorkCenter, plant),
    QMNUM: plan.notification?.QMNUM ?? '',
    ADDAT: completed ? toDats(plan.tecoDay) : INITIAL_DATS,
    ADUHR: completed ? toTims(random.int(12 * 3600, 18 * 3600)) : INITIAL_TIMS,
  });
  context.partners.push({
    OBJNR: objnr,
    PARVW: 'AG',
    COUNTER: '000001',
    PARNR: plan.equipment.customer.kunnr,
  });
  for (const [STAT, active] of orderStatusHistory(plan.status, work.allFinal)) {
    context.orderStatuses.push({ OBJNR: objnr, STAT, INACT: active ? '' : 'X' });
  }
}

/** The JEST entries of an order in a status: earlier main statuses stay as inactive rows. */
function orderStatusHistory(status: OrderSeedStatus, allFinal: boolean): [string, boolean][] {
  const confirmation: [string, boolean] = allFinal ? ['I0009', true] : ['I0010', true];
  switch (status) {
    case 'CRTD':
      return [['I0001', true]];
    case 'REL':
      return [
        ['I0001', false],
        ['I0002', true],
      ];
    case 'PCNF':
      return [
        ['I0001', false],
        ['I0002', true],
        ['I0010', true],
      ];
    case 'CNF':
      return [
        ['I0001', false],
        ['I0002', true],
        ['I0009', true],
      ];
    case 'TECO':
      return [['I0001', false], ['I0002', false], confirmation, ['I0045', true]];
    case 'CLSD':
      return [['I0001', false], ['I0002', false], confirmation, ['I0045', false], ['I0046', true]];
  }
}

// ORAS (I0071) goes right after the rows of each notification that got an order.
function withOrderAssigned(jest: readonly JestRow[], linked: ReadonlySet<string>): JestRow[] {
  const result: JestRow[] = [];
  jest.forEach((row, index) => {
    result.push(row);
    const lastOfObject = jest[index + 1]?.OBJNR !== row.OBJNR;
    if (lastOfObject && linked.has(row.OBJNR)) {
      result.push({ OBJNR: row.OBJNR, STAT: 'I0071', INACT: '' });
    }
  });
  return result;
}

function numberRanges(tables: OrderTables, counters: OrderCounters): NrivRow[] {
  return [
    {
      OBJECT: 'AUFTRAG',
      NRRANGENR: '01',
      FROMNUMBER: toNumc(FIRST_AUFNR - 1, 12),
      TONUMBER: '000004999999',
      NRLEVEL: tables.AUFK.at(-1)?.['AUFNR'] ?? toNumc(FIRST_AUFNR - 1, 12),
    },
    range('RESB', FIRST_RSNUM, '0099999999', counters.rsnum, 10),
    range('RUECK', FIRST_RUECK, '0099999999', counters.rueck, 10),
    range('MATBELEG', FIRST_MBLNR, '4999999999', counters.mblnr, 10),
  ];
}

function range(object: string, from: number, to: string, level: number, width: number): NrivRow {
  return {
    OBJECT: object,
    NRRANGENR: '01',
    FROMNUMBER: toNumc(from, width),
    TONUMBER: to,
    NRLEVEL: toNumc(level, width),
  };
}
