/** A service work center that every plant has (CRHD-ARBPL with its text in CRTX). */
export interface WorkCenterEntry {
  arbpl: string;
  /** Usage (CRHD-VERWE): '0005' plant maintenance. */
  usage: string;
  en: string;
  de: string;
}

/** Mechanics, electrics and the workshop, the same in each plant. */
export const WORK_CENTERS: readonly WorkCenterEntry[] = [
  { arbpl: 'SRV-MECH', usage: '0005', en: 'Service mechanics', de: 'Servicemechanik' },
  { arbpl: 'SRV-ELEC', usage: '0005', en: 'Service electrics', de: 'Serviceelektrik' },
  { arbpl: 'SRV-WORK', usage: '0005', en: 'Repair workshop', de: 'Reparaturwerkstatt' },
];

/** The object ID (CRHD-OBJID) of the first work center; the others are numbered on. */
export const FIRST_WORK_CENTER_ID = 10_000_001;
