/** Service order types (T003O): AUART, order category AUTYP, priority type ARTPR, text. */
export const ORDER_TYPES = [
  ['SM01', '30', 'SM', 'Service order'],
  ['SM02', '30', 'SM', 'Service order with revenues'],
  ['SM03', '30', 'SM', 'Repair order'],
] as const;

/** An operation as a planner writes it: its text, work center and planned hours. */
export interface OperationPlan {
  text: string;
  workCenter: 'SRV-MECH' | 'SRV-ELEC' | 'SRV-WORK';
  hours: readonly [number, number];
}

/** Operations of a field service order, the first always done, the others sometimes. */
export const FIELD_OPERATIONS: readonly OperationPlan[] = [
  { text: 'Diagnose fault on site', workCenter: 'SRV-MECH', hours: [1, 3] },
  { text: 'Replace defective parts', workCenter: 'SRV-MECH', hours: [1, 4] },
  { text: 'Check electrics and controls', workCenter: 'SRV-ELEC', hours: [0.5, 2] },
  { text: 'Function test and handover', workCenter: 'SRV-MECH', hours: [0.5, 1.5] },
];

/** Operations of a repair order in the workshop. */
export const WORKSHOP_OPERATIONS: readonly OperationPlan[] = [
  { text: 'Inspect unit in workshop', workCenter: 'SRV-WORK', hours: [1, 2] },
  { text: 'Repair and replace parts', workCenter: 'SRV-WORK', hours: [2, 6] },
  { text: 'Test run and release', workCenter: 'SRV-WORK', hours: [0.5, 1.5] },
];

/** Short texts of orders planned without a notification (maintenance visits, installations). */
export const PLANNED_ORDER_TEXTS = [
  'Annual maintenance visit',
  'Safety inspection',
  'Preventive maintenance',
  'Recalibration',
  'Software update on site',
  'Relocation and recommissioning',
] as const;

/** Texts a technician writes on a time confirmation. */
export const CONFIRMATION_TEXTS = [
  'Work done as planned',
  'Customer informed',
  'Waited for access to the site',
  'Part replaced, tested ok',
  'Follow-up visit needed',
  'Completed, machine running',
] as const;

/** SAP users of the technicians who confirm their work (via the mobile app). */
export const TECHNICIANS = ['TECH_FIELD1', 'TECH_FIELD2', 'TECH_FIELD3', 'TECH_SHOP1'] as const;
