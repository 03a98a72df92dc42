import type { ServiceScenario } from '../catalog/notification-scenarios.ts';
import type { LongText } from '../seed-tables.ts';
import type { SeedEquipment } from './seed-context.ts';

/** Lines of activity reports and service requests, which have no problem scenario. */
const ROUTINE_LINES: Readonly<Record<'S2' | 'S3', string>> = {
  S2: 'Visit according to the maintenance plan: wear parts checked, safety functions tested, logbook signed.',
  S3: 'Customer asks for an appointment with a technician; please call back to agree a date.',
};

/** What a long text tells besides the problem: the machine, who reported it, whether it is done. */
export interface LongTextContext {
  equipment: SeedEquipment;
  reporter: string;
  completed: boolean;
}

/** Builds the header long text (LTXT) of a notification: the report, where the machine is, and the outcome. */
export function buildLongText(
  qmnum: string,
  type: 'S1' | 'S2' | 'S3',
  scenario: ServiceScenario | undefined,
  { equipment, reporter, completed }: LongTextContext,
): LongText {
  const lines = [
    scenario?.report ?? ROUTINE_LINES[type === 'S1' ? 'S3' : type],
    `Reported by ${reporter}, ${equipment.customer.entry.name}, phone ${equipment.customer.entry.phone}.`,
    `Machine ${equipment.model.typeDesignation}, serial ${equipment.serialNumber}, location ${equipment.location}.`,
  ];
  if (completed && scenario !== undefined) lines.push(`Done: ${scenario.resolution}`);

  return {
    TDOBJECT: 'QMEL',
    TDNAME: qmnum,
    TDID: 'LTXT',
    TDSPRAS: 'E',
    LINES: lines.map((line) => ({ TDFORMAT: '*', TDLINE: line })),
  };
}
