import { defineStructure } from './structure.ts';

// Equipment structures follow sap-bapi.md §3.3 (selected fields of SAP's structures). The
// customer structures of BAPI_CUSTOMER_GETDETAIL2 are not in the reference: their field names
// and lengths below are a guess from the usual address and KNA1 data elements.

/** BAPI_ITOB: general data of a technical object (BAPI_EQUI_GETDETAIL DATA_GENERAL_EXP). */
export const BAPI_ITOB = defineStructure('BAPI_ITOB', {
  OBJECTTYPE: 'C10',
  INVENTORY: 'C25',
  ACQDATE: 'D',
  ACQUISVAL: 'P13.2',
  CURRENCY: 'C5',
  MANFACTURE: 'C30',
  MANSERNO: 'C30',
  MANMODEL: 'C20',
  MANPARNO: 'C30',
  CONSTYEAR: 'C4',
  CONSTMONTH: 'C2',
  START_FROM: 'D',
  PLANPLANT: 'C4',
  PLANGROUP: 'C3',
  CATPROFILE: 'C9',
  WORK_CTR: 'N8',
  DESCRIPT: 'C40',
  ABCINDIC: 'C1',
  SORTFIELD: 'C30',
  MAINTPLANT: 'C4',
  MAINTLOC: 'C10',
  MAINTROOM: 'C8',
  COSTCENTER: 'C10',
  COMP_CODE: 'C4',
  ASSET_NO: 'C12',
  SALES_ORG: 'C4',
  DISTR_CHAN: 'C2',
  DIVISION: 'C2',
  SALES_OFF: 'C4',
  SALES_GRP: 'C3',
  READ_CRDAT: 'D',
  READ_CRNAM: 'C12',
  READ_CHDAT: 'D',
  READ_CHNAM: 'C12',
  READ_ADRNR: 'C10',
  READ_OBJNR: 'C22',
});

/** BAPI_ITOB_EQ_ONLY: equipment-specific data (material, serial number, category). */
export const BAPI_ITOB_EQ_ONLY = defineStructure('BAPI_ITOB_EQ_ONLY', {
  MATERIAL: 'C18',
  SERIALNO: 'C18',
  EQUICATGRY: 'C1',
  BATCH: 'C10',
  DELIVDATE: 'D',
  TECHID: 'C25',
  LICENSE: 'C20',
  READ_SUPEQ: 'C18',
  READ_FLOC: 'C40',
  INST_POS: 'C4',
  CONFIGMAT: 'C18',
  MATERIAL_LONG: 'C40',
  UII: 'C72',
});

/** BAPI_FLEET: fleet data of a vehicle; the field list is a guess and stays initial here. */
export const BAPI_FLEET = defineStructure('BAPI_FLEET', {
  LICENSE_NUM: 'C15',
  FLEET_NUM: 'C20',
  FLEET_VIN: 'C30',
  FLEET_USE: 'C4',
});

/** BAPICUSTOMER_04: a customer's address (field names and lengths are a guess). */
export const BAPICUSTOMER_04 = defineStructure('BAPICUSTOMER_04', {
  CUSTOMER: 'C10',
  TITLE_P: 'C15',
  NAME: 'C35',
  NAME_2: 'C35',
  NAME_3: 'C35',
  NAME_4: 'C35',
  STREET: 'C35',
  POSTL_COD1: 'C10',
  CITY: 'C35',
  DISTRICT: 'C35',
  PO_BOX: 'C10',
  REGION: 'C3',
  COUNTRY: 'C3',
  COUNTRYISO: 'C2',
  LANGU_P: 'C1',
  LANGU_ISO: 'C2',
  TEL1_NUMBR: 'C30',
  FAX_NUMBER: 'C30',
  E_MAIL: 'C241',
  SORT1: 'C20',
  ADDR_NO: 'C10',
});

/** BAPICUSTOMER_KNA1: a subset of the customer's general data (names are a guess). */
export const BAPICUSTOMER_KNA1 = defineStructure('BAPICUSTOMER_KNA1', {
  ACCNT_GRP: 'C4',
  CREATED_ON: 'D',
  CREATED_BY: 'C12',
  SORT_FIELD: 'C25',
  DELETE_FLAG: 'C1',
  POSTING_BLOCK: 'C1',
  ORDER_BLOCK: 'C2',
  INDUSTRY: 'C4',
  VAT_REG_NO: 'C20',
});

/** BAPICUSTOMER_05: company-code data of a customer (guess; the mock leaves it initial). */
export const BAPICUSTOMER_05 = defineStructure('BAPICUSTOMER_05', {
  COMP_CODE: 'C4',
  RECON_ACCOUNT: 'C10',
  PMNTTRMS: 'C4',
  CLERK: 'C2',
});
