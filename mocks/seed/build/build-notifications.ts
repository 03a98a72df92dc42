import { REPORTER_NAMES, INITIALS } from '../catalog/people.ts';
import {
  ACTIVITY_SUBJECTS,
  PROBLEM_SCENARIOS,
  REQUEST_SUBJECTS,
} from '../catalog/notification-scenarios.ts';
import type { ServiceScenario } from '../catalog/notification-scenarios.ts';
import { PLANTS } from '../catalog/plants.ts';
import { createRandom } from '../random.ts';
import type { Random } from '../random.ts';
import { fromDats, INITIAL_DATS, INITIAL_TIMS, toDats, toNumc, toTims } from '../sap-format.ts';
import type { IhpaRow, JestRow, LongText, NrivRow, QmelRow, QmfeRow } from '../seed-tables.ts';
import { buildLongText } from './long-text.ts';
import { SEED, SEED_TODAY } from './seed-context.ts';
import type { SeedEquipment } from './seed-context.ts';
import { statusHistory, spreadStatuses } from './notification-status.ts';
import type { NotificationStatus } from './notification-status.ts';

/** How many historical notifications the seed holds. */
export const NOTIFICATION_COUNT = 150;

/** The first seeded notification number; the number range starts one below it. */
export const FIRST_QMNUM = 10_000_001;

const FIRST_DAY = fromDats('20250101');
const LAST_DAY = fromDats(SEED_TODAY);

/** Days between the required start and the required end, by priority. */
const RESPONSE_DAYS: Readonly<Record<string, number>> = { '1': 1, '2': 3, '3': 7, '4': 14 };

/** The notification tables, their long texts and the number range they were drawn from. */
export interface NotificationTables {
  QMEL: QmelRow[];
  QMFE: QmfeRow[];
  JEST: JestRow[];
  IHPA: IhpaRow[];
  NRIV: NrivRow[];
  texts: LongText[];
}

/** What a notification is about, before it gets its number and status. */
interface NotificationDraft {
  type: 'S1' | 'S2' | 'S3';
  day: number;
  second: number;
  equipment: SeedEquipment;
  subject: string;
  priority: string;
  scenarios: ServiceScenario[];
}

/** Drafts one notification on a machine that was already running on the notification day. */
function draftNotification(equipment: readonly SeedEquipment[], random: Random): NotificationDraft {
  const day = random.int(FIRST_DAY, LAST_DAY);
  const running = equipment.filter((piece) => fromDats(piece.startupDate) < day);
  const piece = random.pick(running);
  const type = random.pickWeighted<NotificationDraft['type']>([
    ['S1', 70],
    ['S3', 18],
    ['S2', 12],
  ]);
  const second = random.int(7 * 3600, 18 * 3600 + 1800);

  if (type === 'S1') {
    const fitting = PROBLEM_SCENARIOS.filter((scenario) =>
      scenario.kinds.includes(piece.model.kind),
    );
    const scenario = random.pick(fitting);
    const further = random.chance(0.25) ? fitting.filter((other) => other !== scenario) : [];
    const scenarios = further.length > 0 ? [scenario, random.pick(further)] : [scenario];
    const priority = random.pickWeighted([
      ['1', 10],
      ['2', 30],
      ['3', 45],
      ['4', 15],
    ] as const);
    return { type, day, second, equipment: piece, subject: scenario.subject, priority, scenarios };
  }

  const subjects = type === 'S2' ? ACTIVITY_SUBJECTS : REQUEST_SUBJECTS;
  const priority = random.pickWeighted([
    ['3', 40],
    ['4', 60],
  ] as const);
  return {
    type,
    day,
    second,
    equipment: piece,
    subject: random.pick(subjects),
    priority,
    scenarios: [],
  };
}

/** Picks a reporter name (QMNAM) that fits the customer's language, e.g. 'K. Vogel'. */
function pickReporter(language: 'D' | 'E', random: Random): string {
  return `${random.pick(INITIALS)}. ${random.pick(REPORTER_NAMES[language])}`;
}

/** One notification to build: the draft with its number, final status and CRM ticket (or ''). */
interface NotificationPlan {
  draft: NotificationDraft;
  qmnum: string;
  status: NotificationStatus;
  ticketNumber: string;
}

/** Builds the QMEL header; tickets from CRM come in through the interface user CRM_RFC. */
function buildHeader(plan: NotificationPlan, random: Random): QmelRow {
  const { draft, qmnum, status, ticketNumber } = plan;
  const { equipment, day, second } = draft;
  const serviceDesk = PLANTS.find((plant) => plant.werks === equipment.plant)?.serviceDesk ?? [];
  const creator = ticketNumber === '' ? random.pick(serviceDesk) : 'CRM_RFC';
  const createdSecond = Math.min(second + random.int(60, 900), 86_399);

  const changed = status !== 'OSNO';
  const completed = status === 'NOCO';
  const changeDay = Math.min(day + random.int(0, 12), LAST_DAY);
  const changeSecond = random.int(7 * 3600, 19 * 3600);
  const changeTime = toTims(
    changeDay === day ? Math.max(changeSecond, createdSecond) : changeSecond,
  );

  return {
    QMNUM: qmnum,
    QMART: draft.type,
    QMTXT: draft.subject,
    PRIOK: draft.priority,
    ARTPR: 'SM',
    QMDAT: toDats(day),
    MZEIT: toTims(second),
    QMNAM: pickReporter(equipment.customer.entry.language, random),
    ERDAT: toDats(day),
    ERZEIT: toTims(createdSecond),
    ERNAM: creator,
    AEDAT: changed ? toDats(changeDay) : INITIAL_DATS,
    AEZEIT: changed ? changeTime : INITIAL_TIMS,
    AENAM: changed ? random.pick(serviceDesk) : '',
    EQUNR: equipment.equnr,
    MATNR: equipment.model.matnr,
    SERIALNR: equipment.serialNumber,
    KUNUM: equipment.customer.kunnr,
    BSTNK: ticketNumber,
    STRMN: toDats(day),
    STRUR: toTims(second),
    LTRMN: toDats(day + (RESPONSE_DAYS[draft.priority] ?? 7)),
    LTRUR: toTims(second),
    MSAUS: draft.type === 'S1' && (draft.priority === '1' || random.chance(0.1)) ? 'X' : '',
    AUFNR: '',
    OBJNR: `QM${qmnum}`,
    QMDAB: completed ? toDats(changeDay) : INITIAL_DATS,
    QMZAB: completed ? changeTime : INITIAL_TIMS,
    IWERK: equipment.plant,
  };
}

/** Builds the QMFE items: one per problem found, or the routine item of an activity report. */
function buildItems(draft: NotificationDraft, header: QmelRow): QmfeRow[] {
  const defects =
    draft.type === 'S2'
      ? [{ defect: 'Wear parts replaced as scheduled', codeGroup: 'CS-GENRL', code: '0007' }]
      : draft.scenarios;

  return defects.map((defect, index) => ({
    QMNUM: header.QMNUM,
    FENUM: toNumc(index + 1, 4),
    FETXT: defect.defect,
    FEKAT: 'C',
    FEGRP: defect.codeGroup,
    FECOD: defect.code,
    ERDAT: header.ERDAT,
    ERNAM: header.ERNAM,
  }));
}

/** Builds one notification's rows in QMEL, QMFE, JEST and IHPA, and most of the time a long text. */
function addNotification(plan: NotificationPlan, random: Random, tables: NotificationTables): void {
  const header = buildHeader(plan, random);
  tables.QMEL.push(header);
  tables.QMFE.push(...buildItems(plan.draft, header));

  for (const [stat, active] of statusHistory(plan.status)) {
    tables.JEST.push({ OBJNR: header.OBJNR, STAT: stat, INACT: active ? '' : 'X' });
  }
  tables.IHPA.push({ OBJNR: header.OBJNR, PARVW: 'AG', COUNTER: '000001', PARNR: header.KUNUM });

  if (random.chance(0.8)) {
    const scenario = plan.draft.scenarios[0];
    const completed = plan.status === 'NOCO';
    const context = { equipment: plan.draft.equipment, reporter: header.QMNAM, completed };
    tables.texts.push(buildLongText(header.QMNUM, plan.draft.type, scenario, context));
  }
}

/** Builds the historical notifications, numbered in the order they were reported. */
export function buildNotifications(equipment: readonly SeedEquipment[]): NotificationTables {
  const random = createRandom(SEED, 'notifications');
  const drafts = Array.from({ length: NOTIFICATION_COUNT }, () =>
    draftNotification(equipment, random),
  );
  drafts.sort((left, right) => left.day - right.day || left.second - right.second);
  const statuses = spreadStatuses(drafts.length, random);

  const tables: NotificationTables = {
    QMEL: [],
    QMFE: [],
    JEST: [],
    IHPA: [],
    NRIV: [],
    texts: [],
  };
  const ticketCounters = new Map<string, number>();
  drafts.forEach((draft, index) => {
    const year = toDats(draft.day).slice(0, 4);
    let ticketNumber = '';
    if (random.chance(0.3)) {
      const ticket = (ticketCounters.get(year) ?? random.int(1_200, 4_000)) + random.int(3, 90);
      ticketCounters.set(year, ticket);
      ticketNumber = `CRM-${year}-${toNumc(ticket, 6)}`;
    }
    const qmnum = toNumc(FIRST_QMNUM + index, 12);
    const status = statuses[index] ?? 'OSNO';
    addNotification({ draft, qmnum, status, ticketNumber }, random, tables);
  });

  tables.NRIV.push({
    OBJECT: 'QMEL_NR',
    NRRANGENR: '01',
    FROMNUMBER: toNumc(FIRST_QMNUM - 1, 12),
    TONUMBER: '000019999999',
    NRLEVEL: tables.QMEL.at(-1)?.QMNUM ?? toNumc(FIRST_QMNUM - 1, 12),
  });
  return tables;
}
