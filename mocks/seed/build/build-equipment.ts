import { MACHINE_KINDS } from '../catalog/machine-kinds.ts';
import { MACHINE_MODELS, formatSerialNumber } from '../catalog/machine-models.ts';
import type { MachineModel } from '../catalog/machine-models.ts';
import { SEGMENT_PROFILES } from '../catalog/customer-segments.ts';
import { createRandom } from '../random.ts';
import type { Random } from '../random.ts';
import { fromDats, toDats, toNumc } from '../sap-format.ts';
import type { EqktRow, EquiRow, EquzRow, IloaRow } from '../seed-tables.ts';
import { SEED, SEED_TODAY } from './seed-context.ts';
import type { SeedCustomer, SeedEquipment } from './seed-context.ts';

/** How many pieces of equipment the seed holds. */
export const EQUIPMENT_COUNT = 500;

/** How many serial numbers occur on two different materials. */
export const SHARED_SERIAL_COUNT = 6;

const FIRST_EQUNR = 10_000_001;
const FIRST_ILOAN = 100_001;
const MAX_PER_CUSTOMER = 30;

/** A machine before it gets its equipment number. */
interface MachinePlan {
  customer: SeedCustomer;
  model: MachineModel;
  buildDay: number;
  startupDay: number;
  createdDay: number;
  location: string;
  serialNumber: string;
}

/** The equipment tables and the list notifications are raised on. */
export interface EquipmentTables {
  EQUI: EquiRow[];
  EQKT: EqktRow[];
  EQUZ: EquzRow[];
  ILOA: IloaRow[];
  equipment: SeedEquipment[];
}

/** Decides how many machines each customer owns, within its segment's range, totalling EQUIPMENT_COUNT. */
function planMachineCounts(customers: readonly SeedCustomer[], random: Random): number[] {
  const profiles = customers.map(({ entry }) => SEGMENT_PROFILES[entry.segment]);
  const counts = profiles.map((profile) => random.int(profile.minMachines, profile.maxMachines));
  const minimum = profiles.reduce((sum, profile) => sum + profile.minMachines, 0);
  const maximum = profiles.reduce((sum, profile) => sum + profile.maxMachines, 0);
  if (minimum > EQUIPMENT_COUNT || maximum < EQUIPMENT_COUNT) {
    throw new RangeError(
      `segment ranges allow ${minimum}-${maximum} machines, not ${EQUIPMENT_COUNT}`,
    );
  }

  let total = counts.reduce((sum, count) => sum + count, 0);
  while (total !== EQUIPMENT_COUNT) {
    const index = random.int(0, counts.length - 1);
    const count = counts[index] ?? 0;
    const profile = profiles[index];
    if (profile === undefined) continue;
    const step = total < EQUIPMENT_COUNT ? 1 : -1;
    const next = count + step;
    if (next < profile.minMachines || next > Math.min(profile.maxMachines, MAX_PER_CUSTOMER))
      continue;
    counts[index] = next;
    total += step;
  }
  return counts;
}

/** Plans one machine: model, build and start-up dates, where it stands; a customer's first machine is of its segment's main kind. */
function planMachine(
  customer: SeedCustomer,
  position: number,
  random: Random,
): Omit<MachinePlan, 'serialNumber'> {
  const kinds = SEGMENT_PROFILES[customer.entry.segment].kinds;
  const mainKind = kinds[0]?.[0];
  const kind = position === 0 && mainKind !== undefined ? mainKind : random.pickWeighted(kinds);
  const model = random.pick(MACHINE_MODELS.filter((candidate) => candidate.kind === kind));
  const today = fromDats(SEED_TODAY);

  const year = random.int(2012, 2026);
  const lastBuildDay = Math.min(fromDats(`${year}1231`), today - 30);
  const buildDay = random.int(fromDats(`${year}0101`), lastBuildDay);
  const startupDay = Math.min(buildDay + random.int(14, 240), today);
  const createdDay = Math.max(buildDay, startupDay - random.int(0, 10));

  return {
    customer,
    model,
    buildDay,
    startupDay,
    createdDay,
    location: random.pick(MACHINE_KINDS[kind].locations),
  };
}

/** Numbers the machines of each model in build order, in the manufacturer's serial style. */
function assignSerialNumbers(
  plans: Omit<MachinePlan, 'serialNumber'>[],
  random: Random,
): MachinePlan[] {
  const sequences = new Map<string, number>();
  const byBuildDay = [...plans].sort((left, right) => left.buildDay - right.buildDay);

  return byBuildDay.map((plan) => {
    const previous = sequences.get(plan.model.matnr) ?? random.int(100, 4_000);
    const sequence = previous + random.int(1, 37);
    sequences.set(plan.model.matnr, sequence);

    const buildDate = toDats(plan.buildDay);
    const year = Number(buildDate.slice(0, 4));
    const week = Math.min(53, Math.floor((plan.buildDay - fromDats(`${year}0101`)) / 7) + 1);
    return { ...plan, serialNumber: formatSerialNumber(plan.model, year, week, sequence) };
  });
}

/**
 * Gives a few machines the serial number of a machine of another model from the same
 * manufacturer: manufacturers that count per product line do repeat serial numbers, and the
 * warranty check must then tell them apart by material.
 */
function shareSerialNumbers(plans: MachinePlan[], random: Random): void {
  const groups = new Map<string, MachinePlan[]>();
  for (const plan of plans) {
    const key = `${plan.model.manufacturer}|${plan.model.serialPrefix}`;
    groups.set(key, [...(groups.get(key) ?? []), plan]);
  }

  let shared = 0;
  for (const group of groups.values()) {
    if (shared === SHARED_SERIAL_COUNT) return;
    const source = random.pick(group);
    const target = group.find((plan) => plan.model.matnr !== source.model.matnr);
    if (target === undefined) continue;

    target.serialNumber = source.serialNumber;
    target.buildDay = source.buildDay;
    target.startupDay = Math.max(target.startupDay, source.buildDay + 14);
    target.createdDay = Math.max(target.createdDay, source.buildDay);
    shared++;
  }
  if (shared < SHARED_SERIAL_COUNT) throw new Error('not enough models to share serial numbers');
}

/** Turns one numbered machine into its rows in EQUI, EQKT, EQUZ and ILOA. */
function toRows(plan: MachinePlan, index: number, tables: EquipmentTables): void {
  const equnr = toNumc(FIRST_EQUNR + index, 18);
  const iloan = toNumc(FIRST_ILOAN + index, 12);
  const startupDate = toDats(plan.startupDay);
  const createdOn = toDats(plan.createdDay);

  tables.EQUI.push({
    EQUNR: equnr,
    EQTYP: 'S',
    MATNR: plan.model.matnr,
    SERNR: plan.serialNumber,
    HERST: plan.model.manufacturer,
    TYPBZ: plan.model.typeDesignation,
    BAUJJ: toDats(plan.buildDay).slice(0, 4),
    INBDT: startupDate,
    KUND1: plan.customer.kunnr,
    ERDAT: createdOn,
    OBJNR: `IE${equnr}`,
  });
  tables.EQKT.push(
    { EQUNR: equnr, SPRAS: 'D', EQKTX: plan.model.descriptionDe },
    { EQUNR: equnr, SPRAS: 'E', EQKTX: plan.model.descriptionEn },
  );
  tables.EQUZ.push({ EQUNR: equnr, DATBI: '99991231', IWERK: plan.customer.plant, ILOAN: iloan });
  tables.ILOA.push({ ILOAN: iloan, SWERK: plan.customer.plant, STORT: plan.location });
  tables.equipment.push({
    equnr,
    model: plan.model,
    serialNumber: plan.serialNumber,
    customer: plan.customer,
    plant: plan.customer.plant,
    location: plan.location,
    startupDate,
    createdOn,
  });
}

/** Builds the installed base: every customer's machines, numbered in the order they were created in SAP. */
export function buildEquipment(customers: readonly SeedCustomer[]): EquipmentTables {
  const random = createRandom(SEED, 'equipment');
  const counts = planMachineCounts(customers, random);

  const plans = customers.flatMap((customer, index) =>
    Array.from({ length: counts[index] ?? 0 }, (_, position) =>
      planMachine(customer, position, random),
    ),
  );
  const numbered = assignSerialNumbers(plans, random);
  shareSerialNumbers(numbered, random);
  numbered.sort((left, right) => left.createdDay - right.createdDay);

  const tables: EquipmentTables = { EQUI: [], EQKT: [], EQUZ: [], ILOA: [], equipment: [] };
  numbered.forEach((plan, index) => {
    toRows(plan, index, tables);
  });
  return tables;
}
