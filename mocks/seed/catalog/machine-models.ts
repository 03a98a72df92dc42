import type { MachineKind } from './machine-kinds.ts';

/** How a manufacturer writes serial numbers; every style stays within SERNR's 18 characters. */
export type SerialStyle =
  /** prefix-YYYY-NNNNNN, e.g. 'BP3K-2023-004711' */
  | 'prefix-year-sequence'
  /** prefix + YY + NNNNNN, e.g. 'HPW23004711' */
  | 'prefix-yy-sequence'
  /** prefix + YYWW + '-' + NNNN, e.g. 'NL2312-0471' */
  | 'prefix-week-sequence'
  /** prefix + NNNNNNNN, e.g. 'SX00471123' */
  | 'prefix-sequence';

/** A machine model: a sellable material (MTART 'FERT') with a manufacturer. */
export interface MachineModel {
  matnr: string;
  kind: MachineKind;
  manufacturer: string;
  /** Model designation (TYPBZ, at most 20 characters). */
  typeDesignation: string;
  descriptionEn: string;
  descriptionDe: string;
  serialPrefix: string;
  serialStyle: SerialStyle;
}

/** The 24 machine models the company services. */
export const MACHINE_MODELS: readonly MachineModel[] = [
  {
    matnr: 'ESP-3000',
    kind: 'coffee',
    manufacturer: 'Brevanti Kaffeetechnik GmbH',
    typeDesignation: 'Barista Pro 3000',
    descriptionEn: 'Espresso machine Barista Pro 3000',
    descriptionDe: 'Espressomaschine Barista Pro 3000',
    serialPrefix: 'BP3K',
    serialStyle: 'prefix-year-sequence',
  },
  {
    matnr: 'ESP-1500',
    kind: 'coffee',
    manufacturer: 'Brevanti Kaffeetechnik GmbH',
    typeDesignation: 'Barista Compact 1500',
    descriptionEn: 'Espresso machine Barista Compact 1500',
    descriptionDe: 'Espressomaschine Barista Compact 1500',
    serialPrefix: 'BC15',
    serialStyle: 'prefix-year-sequence',
  },
  {
    matnr: 'CM-FILTRO-2',
    kind: 'coffee',
    manufacturer: 'Caffè Morello S.r.l.',
    typeDesignation: 'Filtro Duo',
    descriptionEn: 'Filter coffee brewer Filtro Duo',
    descriptionDe: 'Filterkaffeemaschine Filtro Duo',
    serialPrefix: 'CMF',
    serialStyle: 'prefix-yy-sequence',
  },
  {
    matnr: 'CP-80-250',
    kind: 'centrifugal-pump',
    manufacturer: 'Hanse Pumpenwerk AG',
    typeDesignation: 'NormBloc 80-250',
    descriptionEn: 'Centrifugal pump NormBloc 80-250',
    descriptionDe: 'Kreiselpumpe NormBloc 80-250',
    serialPrefix: 'HPW',
    serialStyle: 'prefix-yy-sequence',
  },
  {
    matnr: 'CP-50-160',
    kind: 'centrifugal-pump',
    manufacturer: 'Hanse Pumpenwerk AG',
    typeDesignation: 'NormBloc 50-160',
    descriptionEn: 'Centrifugal pump NormBloc 50-160',
    descriptionDe: 'Kreiselpumpe NormBloc 50-160',
    serialPrefix: 'HPW',
    serialStyle: 'prefix-yy-sequence',
  },
  {
    matnr: 'DP-MEMDOS-20',
    kind: 'dosing-pump',
    manufacturer: 'Dosatec B.V.',
    typeDesignation: 'MemDos 20',
    descriptionEn: 'Diaphragm dosing pump MemDos 20',
    descriptionDe: 'Membrandosierpumpe MemDos 20',
    serialPrefix: 'DT',
    serialStyle: 'prefix-sequence',
  },
  {
    matnr: 'DP-MEMDOS-60',
    kind: 'dosing-pump',
    manufacturer: 'Dosatec B.V.',
    typeDesignation: 'MemDos 60',
    descriptionEn: 'Diaphragm dosing pump MemDos 60',
    descriptionDe: 'Membrandosierpumpe MemDos 60',
    serialPrefix: 'DT',
    serialStyle: 'prefix-sequence',
  },
  {
    matnr: 'LIFT-NL-630',
    kind: 'passenger-elevator',
    manufacturer: 'Nordlift Aufzüge GmbH',
    typeDesignation: 'NL Comfort 630',
    descriptionEn: 'Passenger elevator NL Comfort 630 kg',
    descriptionDe: 'Personenaufzug NL Comfort 630 kg',
    serialPrefix: 'NL',
    serialStyle: 'prefix-week-sequence',
  },
  {
    matnr: 'LIFT-NL-1000',
    kind: 'passenger-elevator',
    manufacturer: 'Nordlift Aufzüge GmbH',
    typeDesignation: 'NL Comfort 1000',
    descriptionEn: 'Passenger elevator NL Comfort 1000 kg',
    descriptionDe: 'Personenaufzug NL Comfort 1000 kg',
    serialPrefix: 'NL',
    serialStyle: 'prefix-week-sequence',
  },
  {
    matnr: 'LIFT-NL-F2500',
    kind: 'freight-elevator',
    manufacturer: 'Nordlift Aufzüge GmbH',
    typeDesignation: 'NL Cargo 2500',
    descriptionEn: 'Freight elevator NL Cargo 2500 kg',
    descriptionDe: 'Lastenaufzug NL Cargo 2500 kg',
    serialPrefix: 'NL',
    serialStyle: 'prefix-week-sequence',
  },
  {
    matnr: 'LIFT-VD-H1600',
    kind: 'freight-elevator',
    manufacturer: 'Van Dijk Liftsystemen B.V.',
    typeDesignation: 'HydroLast 1600',
    descriptionEn: 'Hydraulic freight lift HydroLast 1600',
    descriptionDe: 'Hydraulik-Lastenaufzug HydroLast 1600',
    serialPrefix: 'VDL',
    serialStyle: 'prefix-year-sequence',
  },
  {
    matnr: 'ESC-AF-30',
    kind: 'escalator',
    manufacturer: 'Alpina Fördertechnik GmbH',
    typeDesignation: 'AlpinaStep 30',
    descriptionEn: 'Escalator AlpinaStep 30°',
    descriptionDe: 'Fahrtreppe AlpinaStep 30°',
    serialPrefix: 'AF',
    serialStyle: 'prefix-year-sequence',
  },
  {
    matnr: 'ESC-AF-35',
    kind: 'escalator',
    manufacturer: 'Alpina Fördertechnik GmbH',
    typeDesignation: 'AlpinaStep 35',
    descriptionEn: 'Escalator AlpinaStep 35°',
    descriptionDe: 'Fahrtreppe AlpinaStep 35°',
    serialPrefix: 'AF',
    serialStyle: 'prefix-year-sequence',
  },
  {
    matnr: 'INF-MV-100',
    kind: 'infusion-pump',
    manufacturer: 'Medivance Medizintechnik GmbH',
    typeDesignation: 'InfuSafe 100',
    descriptionEn: 'Volumetric infusion pump InfuSafe 100',
    descriptionDe: 'Infusionspumpe InfuSafe 100',
    serialPrefix: 'MV',
    serialStyle: 'prefix-yy-sequence',
  },
  {
    matnr: 'INF-MV-200S',
    kind: 'infusion-pump',
    manufacturer: 'Medivance Medizintechnik GmbH',
    typeDesignation: 'InfuSafe 200 S',
    descriptionEn: 'Syringe infusion pump InfuSafe 200 S',
    descriptionDe: 'Spritzenpumpe InfuSafe 200 S',
    serialPrefix: 'MV',
    serialStyle: 'prefix-yy-sequence',
  },
  {
    matnr: 'US-SX-5',
    kind: 'ultrasound',
    manufacturer: 'Sonoptix Medical B.V.',
    typeDesignation: 'Sonoptix View 5',
    descriptionEn: 'Ultrasound scanner Sonoptix View 5',
    descriptionDe: 'Ultraschallgerät Sonoptix View 5',
    serialPrefix: 'SX',
    serialStyle: 'prefix-sequence',
  },
  {
    matnr: 'US-SX-9',
    kind: 'ultrasound',
    manufacturer: 'Sonoptix Medical B.V.',
    typeDesignation: 'Sonoptix View 9',
    descriptionEn: 'Ultrasound scanner Sonoptix View 9',
    descriptionDe: 'Ultraschallgerät Sonoptix View 9',
    serialPrefix: 'SX',
    serialStyle: 'prefix-sequence',
  },
  {
    matnr: 'DIA-RN-600',
    kind: 'dialysis',
    manufacturer: 'Renalis Medizintechnik GmbH',
    typeDesignation: 'Renalis D600',
    descriptionEn: 'Dialysis machine Renalis D600',
    descriptionDe: 'Dialysegerät Renalis D600',
    serialPrefix: 'RND6',
    serialStyle: 'prefix-year-sequence',
  },
  {
    matnr: 'DIA-RN-800',
    kind: 'dialysis',
    manufacturer: 'Renalis Medizintechnik GmbH',
    typeDesignation: 'Renalis D800 HDF',
    descriptionEn: 'Dialysis machine Renalis D800 HDF',
    descriptionDe: 'Dialysegerät Renalis D800 HDF',
    serialPrefix: 'RND8',
    serialStyle: 'prefix-year-sequence',
  },
  {
    matnr: 'CEN-LB-24',
    kind: 'lab-centrifuge',
    manufacturer: 'Labora Zentrifugen GmbH',
    typeDesignation: 'LaboraSpin 24',
    descriptionEn: 'Laboratory centrifuge LaboraSpin 24',
    descriptionDe: 'Laborzentrifuge LaboraSpin 24',
    serialPrefix: 'LBZ',
    serialStyle: 'prefix-yy-sequence',
  },
  {
    matnr: 'CEN-LB-48R',
    kind: 'lab-centrifuge',
    manufacturer: 'Labora Zentrifugen GmbH',
    typeDesignation: 'LaboraSpin 48 R',
    descriptionEn: 'Refrigerated centrifuge LaboraSpin 48 R',
    descriptionDe: 'Kühlzentrifuge LaboraSpin 48 R',
    serialPrefix: 'LBZ',
    serialStyle: 'prefix-yy-sequence',
  },
  {
    matnr: 'REF-FW-CR12',
    kind: 'refrigeration',
    manufacturer: 'Frostwerk Kältetechnik GmbH',
    typeDesignation: 'ColdRoom CR12',
    descriptionEn: 'Cold room refrigeration unit CR12',
    descriptionDe: 'Kühlraum-Kälteaggregat CR12',
    serialPrefix: 'FW',
    serialStyle: 'prefix-week-sequence',
  },
  {
    matnr: 'REF-FW-BC4',
    kind: 'refrigeration',
    manufacturer: 'Frostwerk Kältetechnik GmbH',
    typeDesignation: 'BlastChill BC4',
    descriptionEn: 'Blast chiller BlastChill BC4',
    descriptionDe: 'Schnellkühler BlastChill BC4',
    serialPrefix: 'FW',
    serialStyle: 'prefix-week-sequence',
  },
  {
    matnr: 'CHL-KB-350',
    kind: 'hvac-chiller',
    manufacturer: 'Klimaborg Klimasysteme GmbH',
    typeDesignation: 'AquaChill 350',
    descriptionEn: 'Water chiller AquaChill 350 kW',
    descriptionDe: 'Kaltwassersatz AquaChill 350 kW',
    serialPrefix: 'KB',
    serialStyle: 'prefix-year-sequence',
  },
];

/** Formats a serial number in the manufacturer's style from the build year, week and running number. */
export function formatSerialNumber(
  model: MachineModel,
  year: number,
  week: number,
  sequence: number,
): string {
  const yy = String(year % 100).padStart(2, '0');
  switch (model.serialStyle) {
    case 'prefix-year-sequence':
      return `${model.serialPrefix}-${year}-${String(sequence).padStart(6, '0')}`;
    case 'prefix-yy-sequence':
      return `${model.serialPrefix}${yy}${String(sequence).padStart(6, '0')}`;
    case 'prefix-week-sequence':
      return `${model.serialPrefix}${yy}${String(week).padStart(2, '0')}-${String(sequence % 10_000).padStart(4, '0')}`;
    case 'prefix-sequence':
      return `${model.serialPrefix}${String(sequence).padStart(8, '0')}`;
  }
}
