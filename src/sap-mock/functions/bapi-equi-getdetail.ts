import { BAPIPAREX, BAPIRET2 } from '../ddic/structures-common.ts';
import { BAPI_FLEET, BAPI_ITOB, BAPI_ITOB_EQ_ONLY } from '../ddic/structures-master-data.ts';
import { currentTimeSegment, equipmentDescription } from '../notification/notification-reader.ts';
import type { FunctionCall, FunctionModule, FunctionResult } from './function-module.ts';

/** BAPI_EQUI_GETDETAIL: general and equipment-specific data of an equipment (no customer). */
export const bapiEquiGetDetail: FunctionModule = {
  name: 'BAPI_EQUI_GETDETAIL',
  imports: { EQUIPMENT: 'C18' },
  exports: {
    DATA_GENERAL_EXP: BAPI_ITOB,
    DATA_SPECIFIC_EXP: BAPI_ITOB_EQ_ONLY,
    DATA_FLEET_EXP: BAPI_FLEET,
    RETURN: BAPIRET2,
  },
  tables: { EXTENSIONOUT: BAPIPAREX },
  run: getEquipment,
};

function getEquipment(call: FunctionCall): FunctionResult {
  const equipment = call.input.scalar('EQUIPMENT');
  const equi = call.database.get('EQUI', { EQUNR: equipment });
  if (equi === undefined) {
    const message = call.message('E', 'EQUIPMENT_NOT_FOUND', [equipment], {
      parameter: 'EQUIPMENT',
    });
    return { RETURN: message, EXTENSIONOUT: [] };
  }

  const segment = currentTimeSegment(call.database, equipment);
  const location = call.database.get('ILOA', { ILOAN: segment?.['ILOAN'] ?? '' });
  const general = {
    DESCRIPT: equipmentDescription(call.database, equipment, call.session.language),
    MANFACTURE: equi['HERST'] ?? '',
    MANMODEL: equi['TYPBZ'] ?? '',
    CONSTYEAR: equi['BAUJJ'] ?? '',
    START_FROM: equi['INBDT'] ?? '',
    PLANPLANT: segment?.['IWERK'] ?? '',
    MAINTPLANT: location?.['SWERK'] ?? '',
    MAINTLOC: location?.['STORT'] ?? '',
    READ_CRDAT: equi['ERDAT'] ?? '',
    READ_OBJNR: equi['OBJNR'] ?? '',
  };
  const specific = {
    MATERIAL: equi['MATNR'] ?? '',
    SERIALNO: equi['SERNR'] ?? '',
    EQUICATGRY: equi['EQTYP'] ?? '',
  };
  return { DATA_GENERAL_EXP: general, DATA_SPECIFIC_EXP: specific, RETURN: {}, EXTENSIONOUT: [] };
}
