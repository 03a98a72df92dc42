import type { MachineKind } from './machine-kinds.ts';

/** Warranty type GAART: '1' customer warranty (given to our customer), '2' vendor warranty. */
export type WarrantyType = '1' | '2';

/** A master warranty (BGMK with its texts in BGMT and covered shares in BGMP). */
export interface MasterWarranty {
  /** Running number; MGANR is this number zero-padded to 20. */
  number: number;
  type: WarrantyType;
  months: number;
  /** Validity of the master warranty itself (DATAB, DATBI). */
  validFrom: string;
  validTo: string;
  textEn: string;
  textDe: string;
  /** Share covered in percent: labour, parts, travel (travel left out when undefined). */
  labor: number;
  parts: number;
  travel?: number;
  /** Machine kinds a customer warranty is given for. */
  kinds?: readonly MachineKind[];
  /** The manufacturer a vendor warranty is received from. */
  manufacturer?: string;
}

const open = '99991231';

/**
 * The master warranties: customer warranties per machine family (12, 24 or 36 months), one
 * retired in 2019, and vendor warranties received from some of the manufacturers.
 */
export const MASTER_WARRANTIES: readonly MasterWarranty[] = [
  {
    number: 1,
    type: '1',
    months: 12,
    validFrom: '20200101',
    validTo: open,
    textEn: 'Customer warranty coffee machines 12 M',
    textDe: 'Kundengarantie Kaffeemaschinen 12 M',
    labor: 100,
    parts: 100,
    travel: 100,
    kinds: ['coffee'],
  },
  {
    number: 2,
    type: '1',
    months: 24,
    validFrom: '20120101',
    validTo: '20191231',
    textEn: 'Customer warranty coffee 24 M (retired)',
    textDe: 'Kundengarantie Kaffee 24 M (ausgelaufen)',
    labor: 100,
    parts: 100,
    kinds: ['coffee'],
  },
  {
    number: 3,
    type: '1',
    months: 24,
    validFrom: '20120101',
    validTo: open,
    textEn: 'Customer warranty pumps 24 months',
    textDe: 'Kundengarantie Pumpen 24 Monate',
    labor: 100,
    parts: 100,
    travel: 50,
    kinds: ['centrifugal-pump', 'dosing-pump'],
  },
  {
    number: 4,
    type: '1',
    months: 24,
    validFrom: '20120101',
    validTo: open,
    textEn: 'Customer warranty lifts/escalators 24 M',
    textDe: 'Kundengarantie Aufzüge/Fahrtreppen 24 M',
    labor: 100,
    parts: 100,
    travel: 100,
    kinds: ['passenger-elevator', 'freight-elevator', 'escalator'],
  },
  {
    number: 5,
    type: '1',
    months: 36,
    validFrom: '20120101',
    validTo: open,
    textEn: 'Customer warranty medical devices 36 M',
    textDe: 'Kundengarantie Medizingeräte 36 M',
    labor: 100,
    parts: 100,
    travel: 100,
    kinds: ['infusion-pump', 'ultrasound', 'dialysis'],
  },
  {
    number: 6,
    type: '1',
    months: 24,
    validFrom: '20120101',
    validTo: open,
    textEn: 'Customer warranty lab centrifuges 24 M',
    textDe: 'Kundengarantie Laborzentrifugen 24 M',
    labor: 100,
    parts: 100,
    kinds: ['lab-centrifuge'],
  },
  {
    number: 7,
    type: '1',
    months: 12,
    validFrom: '20120101',
    validTo: open,
    textEn: 'Customer warranty cooling 12 months',
    textDe: 'Kundengarantie Kältetechnik 12 Monate',
    labor: 100,
    parts: 100,
    travel: 100,
    kinds: ['refrigeration', 'hvac-chiller'],
  },
  {
    number: 8,
    type: '2',
    months: 24,
    validFrom: '20120101',
    validTo: open,
    textEn: 'Brevanti parts warranty 24 months',
    textDe: 'Brevanti Teilegarantie 24 Monate',
    labor: 0,
    parts: 100,
    manufacturer: 'Brevanti Kaffeetechnik GmbH',
  },
  {
    number: 9,
    type: '2',
    months: 36,
    validFrom: '20120101',
    validTo: open,
    textEn: 'Hanse Pumpenwerk warranty 36 months',
    textDe: 'Hanse Pumpenwerk Garantie 36 Monate',
    labor: 100,
    parts: 100,
    manufacturer: 'Hanse Pumpenwerk AG',
  },
  {
    number: 10,
    type: '2',
    months: 60,
    validFrom: '20120101',
    validTo: open,
    textEn: 'Nordlift parts warranty 60 months',
    textDe: 'Nordlift Teilegarantie 60 Monate',
    labor: 0,
    parts: 100,
    manufacturer: 'Nordlift Aufzüge GmbH',
  },
  {
    number: 11,
    type: '2',
    months: 24,
    validFrom: '20120101',
    validTo: open,
    textEn: 'Medivance device warranty 24 months',
    textDe: 'Medivance Gerätegarantie 24 Monate',
    labor: 100,
    parts: 100,
    manufacturer: 'Medivance Medizintechnik GmbH',
  },
  {
    number: 12,
    type: '2',
    months: 36,
    validFrom: '20150101',
    validTo: open,
    textEn: 'Sonoptix warranty 36 months',
    textDe: 'Sonoptix Garantie 36 Monate',
    labor: 50,
    parts: 100,
    manufacturer: 'Sonoptix Medical B.V.',
  },
  {
    number: 13,
    type: '2',
    months: 24,
    validFrom: '20120101',
    validTo: open,
    textEn: 'Frostwerk compressor and parts 24 months',
    textDe: 'Frostwerk Verdichter und Teile 24 Monate',
    labor: 0,
    parts: 100,
    manufacturer: 'Frostwerk Kältetechnik GmbH',
  },
];

/** How an older machine (whose customer warranty would have run out) is covered, weighted. */
export const OLDER_MACHINE_COVERAGE = [
  ['none', 45],
  ['customer', 30],
  ['vendor', 10],
  ['customer+vendor', 15],
] as const;

/** How a recent machine (customer warranty still running) is covered, weighted. */
export const RECENT_MACHINE_COVERAGE = [
  ['none', 10],
  ['customer', 55],
  ['vendor', 10],
  ['customer+vendor', 25],
] as const;

/** The users who maintain master warranties and their assignments. */
export const WARRANTY_CLERKS = ['CS_WAGNER', 'CS_DEVRIES'] as const;
