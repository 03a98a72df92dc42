/** A row of T001W (plants). */
export interface T001wRow {
  WERKS: string;
  NAME1: string;
  ORT01: string;
  LAND1: string;
}

/** A row of T001L (storage locations). */
export interface T001lRow {
  WERKS: string;
  LGORT: string;
  LGOBE: string;
}

/** A row of KNA1 (customer master). */
export interface Kna1Row {
  KUNNR: string;
  NAME1: string;
  NAME2: string;
  STRAS: string;
  PSTLZ: string;
  ORT01: string;
  LAND1: string;
  TELF1: string;
  SPRAS: string;
  KTOKD: string;
  MCOD1: string;
  MCOD3: string;
  ADRNR: string;
  ERDAT: string;
}

/** A row of ADR6 (e-mail addresses). */
export interface Adr6Row {
  ADDRNUMBER: string;
  CONSNUMBER: string;
  SMTP_ADDR: string;
}

/** A row of MARA (material master). */
export interface MaraRow {
  MATNR: string;
  MTART: string;
  MATKL: string;
  MEINS: string;
  ERSDA: string;
}

/** A row of MAKT (material descriptions). */
export interface MaktRow {
  MATNR: string;
  SPRAS: string;
  MAKTX: string;
  MAKTG: string;
}

/** A row of MARC (plant data of a material). */
export interface MarcRow {
  MATNR: string;
  WERKS: string;
  DISMM: string;
  MINBE: string;
  EISBE: string;
  BSTFE: string;
  DISLS: string;
  PLIFZ: string;
  EKGRP: string;
}

/** A row of MARD (stock per storage location). */
export interface MardRow {
  MATNR: string;
  WERKS: string;
  LGORT: string;
  LABST: string;
}

/** A row of EBAN (purchase requisition item). */
export interface EbanRow {
  BANFN: string;
  BNFPO: string;
  BSART: string;
  BSTYP: string;
  LOEKZ: string;
  STATU: string;
  ESTKZ: string;
  EBAKZ: string;
  EKGRP: string;
  ERNAM: string;
  ERDAT: string;
  AFNAM: string;
  TXZ01: string;
  MATNR: string;
  WERKS: string;
  LGORT: string;
  BEDNR: string;
  MENGE: string;
  MEINS: string;
  BADAT: string;
  LFDAT: string;
  BSMNG: string;
  CREATIONDATE: string;
  CREATIONTIME: string;
}

/** A row of EQUI (equipment master). */
export interface EquiRow {
  EQUNR: string;
  EQTYP: string;
  MATNR: string;
  SERNR: string;
  HERST: string;
  TYPBZ: string;
  BAUJJ: string;
  INBDT: string;
  KUND1: string;
  ERDAT: string;
  OBJNR: string;
}

/** A row of EQKT (equipment descriptions). */
export interface EqktRow {
  EQUNR: string;
  SPRAS: string;
  EQKTX: string;
}

/** A row of EQUZ (equipment time segment). */
export interface EquzRow {
  EQUNR: string;
  DATBI: string;
  IWERK: string;
  ILOAN: string;
}

/** A row of ILOA (location and account assignment). */
export interface IloaRow {
  ILOAN: string;
  SWERK: string;
  STORT: string;
}

/** A row of TQ80 (notification types). */
export interface Tq80Row {
  QMART: string;
  QMTYP: string;
  ARTPR: string;
  QMARTX: string;
}

/** A row of T356 (priorities). */
export interface T356Row {
  ARTPR: string;
  PRIOK: string;
  PRIOKX: string;
}

/** A row of QPCD (catalogue codes). */
export interface QpcdRow {
  KATALOGART: string;
  CODEGRUPPE: string;
  CODE: string;
  KURZTEXT: string;
}

/** A row of QMEL (notification header). */
export interface QmelRow {
  QMNUM: string;
  QMART: string;
  QMTXT: string;
  PRIOK: string;
  ARTPR: string;
  QMDAT: string;
  MZEIT: string;
  QMNAM: string;
  ERDAT: string;
  ERZEIT: string;
  ERNAM: string;
  AEDAT: string;
  AEZEIT: string;
  AENAM: string;
  EQUNR: string;
  MATNR: string;
  SERIALNR: string;
  KUNUM: string;
  BSTNK: string;
  STRMN: string;
  STRUR: string;
  LTRMN: string;
  LTRUR: string;
  MSAUS: string;
  AUFNR: string;
  OBJNR: string;
  QMDAB: string;
  QMZAB: string;
  IWERK: string;
}

/** A row of QMFE (notification item). */
export interface QmfeRow {
  QMNUM: string;
  FENUM: string;
  FETXT: string;
  FEKAT: string;
  FEGRP: string;
  FECOD: string;
  ERDAT: string;
  ERNAM: string;
}

/** A row of JEST (object status). */
export interface JestRow {
  OBJNR: string;
  STAT: string;
  INACT: string;
}

/** A row of TJ02T (system status texts). */
export interface Tj02tRow {
  ISTAT: string;
  SPRAS: string;
  TXT04: string;
  TXT30: string;
}

/** A row of IHPA (partners). */
export interface IhpaRow {
  OBJNR: string;
  PARVW: string;
  COUNTER: string;
  PARNR: string;
}

/** A row of NRIV (number range intervals). */
export interface NrivRow {
  OBJECT: string;
  NRRANGENR: string;
  FROMNUMBER: string;
  TONUMBER: string;
  NRLEVEL: string;
}

/** One line of an SAPscript long text. */
export interface LongTextLine {
  TDFORMAT: string;
  TDLINE: string;
}

/** One long text, as texts.json keeps it (SAP stores these compressed in STXL). */
export interface LongText {
  TDOBJECT: string;
  TDNAME: string;
  TDID: string;
  TDSPRAS: string;
  LINES: LongTextLine[];
}

/** Every seeded table by name, plus the long texts. */
export interface SeedData {
  tables: {
    T001W: T001wRow[];
    T001L: T001lRow[];
    KNA1: Kna1Row[];
    ADR6: Adr6Row[];
    MARA: MaraRow[];
    MAKT: MaktRow[];
    MARC: MarcRow[];
    MARD: MardRow[];
    EBAN: EbanRow[];
    EQUI: EquiRow[];
    EQKT: EqktRow[];
    EQUZ: EquzRow[];
    ILOA: IloaRow[];
    TQ80: Tq80Row[];
    T356: T356Row[];
    QPCD: QpcdRow[];
    QMEL: QmelRow[];
    QMFE: QmfeRow[];
    JEST: JestRow[];
    TJ02T: Tj02tRow[];
    IHPA: IhpaRow[];
    NRIV: NrivRow[];
  };
  texts: LongText[];
}
