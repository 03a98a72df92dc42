/** The kinds of machines in the installed base. */
export type MachineKind =
  | 'coffee'
  | 'centrifugal-pump'
  | 'dosing-pump'
  | 'passenger-elevator'
  | 'freight-elevator'
  | 'escalator'
  | 'infusion-pump'
  | 'ultrasound'
  | 'dialysis'
  | 'lab-centrifuge'
  | 'refrigeration'
  | 'hvac-chiller';

/** What the seed needs to know about a machine kind. */
export interface MachineKindInfo {
  /** Material group (MATKL) of machines of this kind. */
  materialGroup: string;
  /** Code group (QPCD, catalogue 'C') used for the kind's defects. */
  codeGroup: string;
  /** Location texts (ILOA-STORT, at most 10 characters) where such a machine stands. */
  locations: readonly string[];
}

/** Material group, code group and typical locations per kind. */
export const MACHINE_KINDS: Readonly<Record<MachineKind, MachineKindInfo>> = {
  coffee: {
    materialGroup: 'M-COFFEE',
    codeGroup: 'CS-COFFE',
    locations: ['KITCHEN', 'BAR', 'LOBBY', 'CANTEEN', 'BREAKFAST', 'COUNTER'],
  },
  'centrifugal-pump': {
    materialGroup: 'M-PUMP',
    codeGroup: 'CS-PUMP',
    locations: ['BASEMENT', 'PUMPHOUSE', 'TANK-FARM', 'BREWHOUSE', 'CIP-STAT', 'PLANTROOM'],
  },
  'dosing-pump': {
    materialGroup: 'M-PUMP',
    codeGroup: 'CS-PUMP',
    locations: ['PUMPHOUSE', 'CHEM-ROOM', 'CIP-STAT', 'BASEMENT', 'POOL-TECH'],
  },
  'passenger-elevator': {
    materialGroup: 'M-LIFT',
    codeGroup: 'CS-LIFT',
    locations: ['SHAFT-A', 'SHAFT-B', 'SHAFT-C', 'CORE-1', 'CORE-2', 'TOWER-N'],
  },
  'freight-elevator': {
    materialGroup: 'M-LIFT',
    codeGroup: 'CS-LIFT',
    locations: ['DELIVERY', 'LOADING-1', 'WAREHOUSE', 'SHAFT-G', 'KITCHEN-LO'],
  },
  escalator: {
    materialGroup: 'M-LIFT',
    codeGroup: 'CS-LIFT',
    locations: ['ATRIUM', 'LEVEL-0', 'LEVEL-1', 'MALL-EAST', 'MALL-WEST'],
  },
  'infusion-pump': {
    materialGroup: 'M-MED',
    codeGroup: 'CS-MED',
    locations: ['ICU-1', 'ICU-2', 'WARD-3', 'WARD-5', 'OR-2', 'ONCOLOGY'],
  },
  ultrasound: {
    materialGroup: 'M-MED',
    codeGroup: 'CS-MED',
    locations: ['RADIOLOGY', 'ER-1', 'MATERNITY', 'CARDIOLOGY', 'OR-1'],
  },
  dialysis: {
    materialGroup: 'M-MED',
    codeGroup: 'CS-MED',
    locations: ['DIALYSIS', 'DIALYSIS-2', 'NEPHRO-1', 'ICU-1'],
  },
  'lab-centrifuge': {
    materialGroup: 'M-LAB',
    codeGroup: 'CS-MED',
    locations: ['LAB-1', 'LAB-2', 'LAB-CHEM', 'BLOODBANK', 'QC-LAB'],
  },
  refrigeration: {
    materialGroup: 'M-COOL',
    codeGroup: 'CS-COOL',
    locations: ['COLDROOM-1', 'COLDROOM-2', 'KITCHEN', 'STORE-COLD', 'CELLAR'],
  },
  'hvac-chiller': {
    materialGroup: 'M-COOL',
    codeGroup: 'CS-COOL',
    locations: ['ROOF', 'PLANTROOM', 'BASEMENT', 'ROOF-NORTH'],
  },
};
