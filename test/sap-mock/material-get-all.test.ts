import { beforeEach, describe, expect, it } from 'vitest';
import { createMaterialSap, part, rowsOf, structureOf } from './material-fixture.ts';
import { openClient } from './mock-sap-fixture.ts';
import type { MockRfcClient } from '../../src/sap-mock/index.ts';

describe('BAPI_MATERIAL_GET_ALL', () => {
  let client: MockRfcClient;

  beforeEach(async () => {
    client = await openClient(createMaterialSap());
  });

  it('answers client data and every description with its ISO language', async () => {
    const result = await client.call('BAPI_MATERIAL_GET_ALL', { MATERIAL: 'ESP-3000' });

    expect(structureOf(result, 'CLIENTDATA')).toEqual({
      MATERIAL: 'ESP-3000',
      MATL_TYPE: 'FERT',
      MATL_GROUP: 'MACHINES',
      BASE_UOM: 'ST',
      CREATED_ON: '20180101',
    });
    expect(rowsOf(result, 'MATERIALDESCRIPTION')).toEqual([
      { LANGU: 'D', LANGU_ISO: 'DE', MATL_DESC: 'Espressomaschine ESP-3000' },
      { LANGU: 'E', LANGU_ISO: 'EN', MATL_DESC: 'Espresso machine ESP-3000' },
    ]);
    expect(rowsOf(result, 'RETURN')).toEqual([]);
  });

  it('fills the plant data only when PLANT is given', async () => {
    const without = await client.call('BAPI_MATERIAL_GET_ALL', { MATERIAL: part });
    const withPlant = await client.call('BAPI_MATERIAL_GET_ALL', { MATERIAL: part, PLANT: '1000' });

    expect(structureOf(without, 'PLANTDATA')['PLANT']).toBe('');
    expect(structureOf(withPlant, 'PLANTDATA')).toEqual({
      PLANT: '1000',
      MRP_TYPE: 'VB',
      REORDER_PT: '20.000',
      SAFETY_STK: '5.000',
      FIXED_LOT: '50.000',
      LOTSIZEKEY: 'FX',
      PLND_DELRY: '007',
      PUR_GROUP: '001',
    });
    expect(structureOf(withPlant, 'STORAGELOCATIONDATA')).toEqual({ PLANT: '', STGE_LOC: '' });
  });

  it('fills the storage location data only with STGE_LOC', async () => {
    const result = await client.call('BAPI_MATERIAL_GET_ALL', {
      MATERIAL: part,
      PLANT: '1000',
      STGE_LOC: '0001',
    });

    expect(structureOf(result, 'STORAGELOCATIONDATA')).toEqual({ PLANT: '1000', STGE_LOC: '0001' });
  });

  it('refuses an unknown material with M3 305 and leaves the exports initial', async () => {
    const result = await client.call('BAPI_MATERIAL_GET_ALL', { MATERIAL: 'NO-SUCH-PART' });

    expect(rowsOf(result, 'RETURN')).toMatchObject([
      {
        TYPE: 'E',
        ID: 'M3',
        NUMBER: '305',
        MESSAGE: 'The material NO-SUCH-PART does not exist or is not activated',
      },
    ]);
    expect(structureOf(result, 'CLIENTDATA')['MATERIAL']).toBe('');
    expect(rowsOf(result, 'MATERIALDESCRIPTION')).toEqual([]);
  });

  it('refuses a plant without plant data with M3 334', async () => {
    const result = await client.call('BAPI_MATERIAL_GET_ALL', { MATERIAL: part, PLANT: '2000' });

    expect(rowsOf(result, 'RETURN')).toMatchObject([
      { TYPE: 'E', ID: 'M3', NUMBER: '334', MESSAGE_V1: '200001', MESSAGE_V2: '2000' },
    ]);
    expect(structureOf(result, 'CLIENTDATA')['MATERIAL']).toBe('');
  });

  it('refuses a material number longer than its field', async () => {
    const result = await client.call('BAPI_MATERIAL_GET_ALL', { MATERIAL: 'X'.repeat(19) });

    expect(rowsOf(result, 'RETURN')).toMatchObject([
      { TYPE: 'E', ID: 'M3', PARAMETER: 'MATERIAL', FIELD: 'MATERIAL', MESSAGE_V2: '18' },
    ]);
  });
});
