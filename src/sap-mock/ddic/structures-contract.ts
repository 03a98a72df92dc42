import { defineStructure } from './structure.ts';

/** ZCSB_S_EQUNR: one equipment of Z_CSB_CONTRACT_OBJECTS_ADD's IT_EQUIPMENT (customer type). */
export const ZCSB_S_EQUNR = defineStructure('ZCSB_S_EQUNR', { EQUNR: 'C18' });
