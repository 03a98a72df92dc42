import { beforeEach, describe, expect, it } from 'vitest';
import { createMaterialSap, part, rowsOf, structureOf } from './material-fixture.ts';
import { openClient } from './mock-sap-fixture.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

const reorderPolicy = {
  HEADDATA: { MATERIAL: part, MRP_VIEW: 'X' },
  PLANTDATA: { PLANT: '1000', REORDER_PT: '25', SAFETY_STK: '8', PLND_DELRY: '10' },
  PLANTDATAX: { PLANT: '1000', REORDER_PT: 'X', SAFETY_STK: 'X' },
};

function plantData(sap: MockSap): Record<string, string> {
  return sap.select('MARC', (row) => row['MATNR'] === part && row['WERKS'] === '1000')[0] ?? {};
}

describe('BAPI_MATERIAL_SAVEDATA', () => {
  let sap: MockSap;
  let client: MockRfcClient;

  beforeEach(async () => {
    sap = createMaterialSap();
    client = await openClient(sap);
  });

  it('changes only the flagged plant fields and answers S M3 801', async () => {
    const result = await client.call('BAPI_MATERIAL_SAVEDATA', reorderPolicy);
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(structureOf(result, 'RETURN')).toMatchObject({
      TYPE: 'S',
      ID: 'M3',
      NUMBER: '801',
      MESSAGE: 'Material 200001 changed',
    });
    expect(rowsOf(result, 'RETURNMESSAGES')).toMatchObject([{ TYPE: 'S', NUMBER: '801' }]);
    // PLND_DELRY carries no X flag: PLIFZ keeps its value.
    expect(plantData(sap)).toMatchObject({ MINBE: '25.000', EISBE: '8.000', PLIFZ: '007' });
  });

  it('maps every PLANTDATA field to its MARC column', async () => {
    await client.call('BAPI_MATERIAL_SAVEDATA', {
      HEADDATA: { MATERIAL: part },
      PLANTDATA: {
        PLANT: '1000',
        MRP_TYPE: 'VM',
        REORDER_PT: '1',
        SAFETY_STK: '2',
        FIXED_LOT: '3',
        LOTSIZEKEY: 'EX',
        PLND_DELRY: '14',
        PUR_GROUP: '002',
      },
      PLANTDATAX: {
        PLANT: '1000',
        MRP_TYPE: 'X',
        REORDER_PT: 'X',
        SAFETY_STK: 'X',
        FIXED_LOT: 'X',
        LOTSIZEKEY: 'X',
        PLND_DELRY: 'X',
        PUR_GROUP: 'X',
      },
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(plantData(sap)).toEqual({
      MATNR: part,
      WERKS: '1000',
      DISMM: 'VM',
      MINBE: '1.000',
      EISBE: '2.000',
      BSTFE: '3.000',
      DISLS: 'EX',
      PLIFZ: '014',
      EKGRP: '002',
    });
  });

  it('changes flagged client data and descriptions', async () => {
    await client.call('BAPI_MATERIAL_SAVEDATA', {
      HEADDATA: { MATERIAL: part },
      CLIENTDATA: { MATL_GROUP: 'SEALS', BASE_UOM: 'KAR' },
      CLIENTDATAX: { MATL_GROUP: 'X' },
      MATERIALDESCRIPTION: [
        { LANGU_ISO: 'DE', MATL_DESC: 'Brühgruppendichtung' },
        { LANGU: 'E', MATL_DESC: 'Seal of the brewing group' },
      ],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(sap.select('MARA', (row) => row['MATNR'] === part)[0]).toMatchObject({
      MATKL: 'SEALS',
      MEINS: 'ST',
    });
    expect(sap.select('MAKT', (row) => row['MATNR'] === part)).toEqual([
      { MATNR: part, SPRAS: 'D', MAKTX: 'Brühgruppendichtung', MAKTG: 'BRÜHGRUPPENDICHTUNG' },
      {
        MATNR: part,
        SPRAS: 'E',
        MAKTX: 'Seal of the brewing group',
        MAKTG: 'SEAL OF THE BREWING GROUP',
      },
    ]);
  });

  it('changes nothing without BAPI_TRANSACTION_COMMIT', async () => {
    await client.call('BAPI_MATERIAL_SAVEDATA', reorderPolicy);

    expect(plantData(sap)['MINBE']).toBe('20.000');
  });

  it('lets the session read its own change before the commit, others only after it', async () => {
    const other = await openClient(sap, 'other');
    const read = (reader: MockRfcClient) =>
      reader.call('BAPI_MATERIAL_GET_ALL', { MATERIAL: part, PLANT: '1000' });

    await client.call('BAPI_MATERIAL_SAVEDATA', reorderPolicy);
    const ownBefore = structureOf(await read(client), 'PLANTDATA')['REORDER_PT'];
    const otherBefore = structureOf(await read(other), 'PLANTDATA')['REORDER_PT'];
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const otherAfter = structureOf(await read(other), 'PLANTDATA')['REORDER_PT'];

    expect([ownBefore, otherBefore, otherAfter]).toEqual(['25.000', '20.000', '25.000']);
  });

  it('discards the change on rollback and releases the lock', async () => {
    await client.call('BAPI_MATERIAL_SAVEDATA', reorderPolicy);
    await client.call('BAPI_TRANSACTION_ROLLBACK', {});
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    const other = await openClient(sap, 'other');
    const retry = await other.call('BAPI_MATERIAL_SAVEDATA', reorderPolicy);

    expect(plantData(sap)['MINBE']).toBe('20.000');
    expect(structureOf(retry, 'RETURN')['TYPE']).toBe('S');
  });

  it('refuses a material another session holds with M3 022 and buffers nothing', async () => {
    await client.call('BAPI_MATERIAL_SAVEDATA', reorderPolicy);
    const other = await openClient(sap, 'other');

    const refused = await other.call('BAPI_MATERIAL_SAVEDATA', {
      ...reorderPolicy,
      PLANTDATA: { PLANT: '1000', REORDER_PT: '99' },
    });
    await other.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(structureOf(refused, 'RETURN')).toMatchObject({
      TYPE: 'E',
      ID: 'M3',
      NUMBER: '022',
      MESSAGE: 'Material 200001 is being processed by user CS_BRIDGE',
    });
    expect(plantData(sap)['MINBE']).toBe('20.000');
  });

  it('refuses an unknown material with M3 305', async () => {
    const result = await client.call('BAPI_MATERIAL_SAVEDATA', {
      ...reorderPolicy,
      HEADDATA: { MATERIAL: 'NO-SUCH-PART' },
    });

    expect(structureOf(result, 'RETURN')).toMatchObject({ TYPE: 'E', ID: 'M3', NUMBER: '305' });
  });

  it('refuses a plant without plant data, as extending a material is not modelled', async () => {
    const result = await client.call('BAPI_MATERIAL_SAVEDATA', {
      HEADDATA: { MATERIAL: part },
      PLANTDATA: { PLANT: '2000', REORDER_PT: '1' },
      PLANTDATAX: { PLANT: '2000', REORDER_PT: 'X' },
    });

    expect(structureOf(result, 'RETURN')).toMatchObject({ TYPE: 'E', ID: 'ZMOCK', NUMBER: '001' });
  });

  it('refuses a PLANTDATAX plant that differs from PLANTDATA', async () => {
    const result = await client.call('BAPI_MATERIAL_SAVEDATA', {
      ...reorderPolicy,
      PLANTDATAX: { PLANT: '', REORDER_PT: 'X' },
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(structureOf(result, 'RETURN')).toMatchObject({
      TYPE: 'E',
      ID: 'M3',
      PARAMETER: 'PLANTDATAX',
      FIELD: 'PLANT',
    });
    expect(plantData(sap)['MINBE']).toBe('20.000');
  });

  it('refuses an unknown MRP type only when it is flagged', async () => {
    const flagged = await client.call('BAPI_MATERIAL_SAVEDATA', {
      HEADDATA: { MATERIAL: part },
      PLANTDATA: { PLANT: '1000', MRP_TYPE: 'ZZ' },
      PLANTDATAX: { PLANT: '1000', MRP_TYPE: 'X' },
    });
    const unflagged = await client.call('BAPI_MATERIAL_SAVEDATA', {
      HEADDATA: { MATERIAL: part },
      PLANTDATA: { PLANT: '1000', MRP_TYPE: 'ZZ' },
      PLANTDATAX: { PLANT: '1000' },
    });

    expect(structureOf(flagged, 'RETURN')).toMatchObject({
      TYPE: 'E',
      ID: 'M3',
      MESSAGE: 'MRP type ZZ is not defined',
    });
    expect(structureOf(unflagged, 'RETURN')['TYPE']).toBe('S');
  });

  it('returns every error in RETURNMESSAGES and the first in RETURN', async () => {
    const result = await client.call('BAPI_MATERIAL_SAVEDATA', {
      HEADDATA: { MATERIAL: part },
      PLANTDATA: { PLANT: '1000', MRP_TYPE: 'ZZ' },
      PLANTDATAX: { PLANT: '2000', MRP_TYPE: 'X' },
    });

    expect(rowsOf(result, 'RETURNMESSAGES')).toMatchObject([
      { TYPE: 'E', FIELD: 'PLANT' },
      { TYPE: 'E', FIELD: 'MRP_TYPE' },
    ]);
    expect(structureOf(result, 'RETURN')).toMatchObject({ TYPE: 'E', FIELD: 'PLANT' });
  });
});
