/** A field's ABAP type as tables.md writes it: C<len>, N<len>, D (DATS), T (TIMS) or P<digits>.<decimals>. */
export type FieldType = `C${number}` | `N${number}` | 'D' | 'T' | `P${number}.${number}`;

/** One table of the contract: its fields in order and which of them form the key. */
export interface TableSpec {
  fields: Readonly<Record<string, FieldType>>;
  keys: readonly string[];
}

/** The tables of the mock SAP's seed, as the shared contract (briefs/tables.md) defines them. */
export const TABLE_SPECS: Readonly<Record<string, TableSpec>> = {
  T001W: { fields: { WERKS: 'C4', NAME1: 'C30', ORT01: 'C25', LAND1: 'C3' }, keys: ['WERKS'] },
  T001L: { fields: { WERKS: 'C4', LGORT: 'C4', LGOBE: 'C16' }, keys: ['WERKS', 'LGORT'] },
  KNA1: {
    fields: {
      KUNNR: 'C10',
      NAME1: 'C35',
      NAME2: 'C35',
      STRAS: 'C35',
      PSTLZ: 'C10',
      ORT01: 'C35',
      LAND1: 'C3',
      TELF1: 'C16',
      SPRAS: 'C1',
      KTOKD: 'C4',
      MCOD1: 'C25',
      MCOD3: 'C25',
      ADRNR: 'C10',
      ERDAT: 'D',
    },
    keys: ['KUNNR'],
  },
  ADR6: {
    fields: { ADDRNUMBER: 'C10', CONSNUMBER: 'N3', SMTP_ADDR: 'C241' },
    keys: ['ADDRNUMBER', 'CONSNUMBER'],
  },
  MARA: {
    fields: { MATNR: 'C18', MTART: 'C4', MATKL: 'C9', MEINS: 'C3', ERSDA: 'D' },
    keys: ['MATNR'],
  },
  MAKT: { fields: { MATNR: 'C18', SPRAS: 'C1', MAKTX: 'C40' }, keys: ['MATNR', 'SPRAS'] },
  MARC: {
    fields: {
      MATNR: 'C18',
      WERKS: 'C4',
      DISMM: 'C2',
      MINBE: 'P13.3',
      EISBE: 'P13.3',
      BSTFE: 'P13.3',
      PLIFZ: 'N3',
    },
    keys: ['MATNR', 'WERKS'],
  },
  MARD: {
    fields: { MATNR: 'C18', WERKS: 'C4', LGORT: 'C4', LABST: 'P13.3' },
    keys: ['MATNR', 'WERKS', 'LGORT'],
  },
  EQUI: {
    fields: {
      EQUNR: 'C18',
      EQTYP: 'C1',
      MATNR: 'C18',
      SERNR: 'C18',
      HERST: 'C30',
      TYPBZ: 'C20',
      BAUJJ: 'C4',
      INBDT: 'D',
      KUND1: 'C10',
      ERDAT: 'D',
      OBJNR: 'C22',
    },
    keys: ['EQUNR'],
  },
  EQKT: { fields: { EQUNR: 'C18', SPRAS: 'C1', EQKTX: 'C40' }, keys: ['EQUNR', 'SPRAS'] },
  EQUZ: {
    fields: { EQUNR: 'C18', DATBI: 'D', IWERK: 'C4', ILOAN: 'C12' },
    keys: ['EQUNR', 'DATBI'],
  },
  ILOA: { fields: { ILOAN: 'C12', SWERK: 'C4', STORT: 'C10' }, keys: ['ILOAN'] },
  TQ80: { fields: { QMART: 'C2', QMTYP: 'C2', ARTPR: 'C2', QMARTX: 'C20' }, keys: ['QMART'] },
  T356: { fields: { ARTPR: 'C2', PRIOK: 'C1', PRIOKX: 'C20' }, keys: ['ARTPR', 'PRIOK'] },
  QPCD: {
    fields: { KATALOGART: 'C1', CODEGRUPPE: 'C8', CODE: 'C4', KURZTEXT: 'C40' },
    keys: ['KATALOGART', 'CODEGRUPPE', 'CODE'],
  },
  QMEL: {
    fields: {
      QMNUM: 'C12',
      QMART: 'C2',
      QMTXT: 'C40',
      PRIOK: 'C1',
      ARTPR: 'C2',
      QMDAT: 'D',
      MZEIT: 'T',
      QMNAM: 'C12',
      ERDAT: 'D',
      ERZEIT: 'T',
      ERNAM: 'C12',
      AEDAT: 'D',
      AEZEIT: 'T',
      AENAM: 'C12',
      EQUNR: 'C18',
      MATNR: 'C18',
      SERIALNR: 'C18',
      KUNUM: 'C10',
      BSTNK: 'C20',
      STRMN: 'D',
      STRUR: 'T',
      LTRMN: 'D',
      LTRUR: 'T',
      MSAUS: 'C1',
      AUFNR: 'C12',
      OBJNR: 'C22',
      QMDAB: 'D',
      QMZAB: 'T',
      IWERK: 'C4',
    },
    keys: ['QMNUM'],
  },
  QMFE: {
    fields: {
      QMNUM: 'C12',
      FENUM: 'N4',
      FETXT: 'C40',
      FEKAT: 'C1',
      FEGRP: 'C8',
      FECOD: 'C4',
      ERDAT: 'D',
      ERNAM: 'C12',
    },
    keys: ['QMNUM', 'FENUM'],
  },
  JEST: { fields: { OBJNR: 'C22', STAT: 'C5', INACT: 'C1' }, keys: ['OBJNR', 'STAT'] },
  TJ02T: {
    fields: { ISTAT: 'C5', SPRAS: 'C1', TXT04: 'C4', TXT30: 'C30' },
    keys: ['ISTAT', 'SPRAS'],
  },
  IHPA: {
    fields: { OBJNR: 'C22', PARVW: 'C2', COUNTER: 'N6', PARNR: 'C12' },
    keys: ['OBJNR', 'PARVW', 'COUNTER'],
  },
  NRIV: {
    fields: {
      OBJECT: 'C10',
      NRRANGENR: 'C2',
      FROMNUMBER: 'C20',
      TONUMBER: 'C20',
      NRLEVEL: 'C20',
    },
    keys: ['OBJECT', 'NRRANGENR'],
  },
};

/** Says why a value does not fit its field type, or returns undefined when it does. */
export function checkValue(value: unknown, type: FieldType): string | undefined {
  if (typeof value !== 'string') return `is ${typeof value}, not a string`;

  if (type === 'D') return value === '00000000' || isValidDate(value) ? undefined : 'is no DATS';
  if (type === 'T') return /^([01]\d|2[0-3])[0-5]\d[0-5]\d$/.test(value) ? undefined : 'is no TIMS';

  const packed = /^P(\d+)\.(\d+)$/.exec(type);
  if (packed) {
    const integerDigits = Number(packed[1]) - Number(packed[2]);
    const pattern = new RegExp(`^-?\\d{1,${integerDigits}}\\.\\d{${packed[2] ?? '0'}}$`);
    return pattern.test(value) ? undefined : `is no decimal of type ${type}`;
  }

  const length = Number(type.slice(1));
  if (type.startsWith('N')) {
    return new RegExp(`^\\d{${length}}$`).test(value) ? undefined : `is no NUMC ${length}`;
  }
  if (value.length > length) return `is longer than ${length}`;
  if (value !== value.trimEnd() || value !== value.trimStart()) return 'has outer blanks';
  return undefined;
}

/** Tells whether 'YYYYMMDD' is a real calendar date. */
export function isValidDate(value: string): boolean {
  if (!/^\d{8}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(4, 6));
  const day = Number(value.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
