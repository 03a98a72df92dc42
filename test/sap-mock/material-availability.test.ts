import { beforeEach, describe, expect, it } from 'vitest';
import { createMaterialSap, part, reservePart, rowsOf, structureOf } from './material-fixture.ts';
import { openClient } from './mock-sap-fixture.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

// The fixture clock stands at 2026-03-05; the part's planned delivery time is 7 days.
const today = '20260305';
const endOfLeadTime = '20260312';

describe('BAPI_MATERIAL_AVAILABILITY', () => {
  let sap: MockSap;
  let client: MockRfcClient;

  beforeEach(async () => {
    sap = createMaterialSap();
    client = await openClient(sap);
  });

  function check(extra: Record<string, unknown> = {}) {
    return client.call('BAPI_MATERIAL_AVAILABILITY', {
      PLANT: '1000',
      MATERIAL: part,
      UNIT: 'ST',
      ...extra,
    });
  }

  it('confirms the whole ATP quantity for today without requested quantities', async () => {
    const result = await check();

    expect(result['AV_QTY_PLT']).toBe('42.000');
    expect(result['ENDLEADTME']).toBe(endOfLeadTime);
    expect(result['DIALOGFLAG']).toBe('');
    expect(rowsOf(result, 'WMDVEX')).toEqual([{ COM_DATE: today, COM_QTY: '42.000' }]);
    expect(structureOf(result, 'RETURN')['TYPE']).toBe('');
  });

  it('subtracts open reservations of released orders from the ATP quantity', async () => {
    reservePart(sap, { RSNUM: '0000000101', BDMNG: '30', BDTER: '20260310', AUFNR: '4000001' });
    reservePart(sap, { RSNUM: '0000000102', BDMNG: '5', BDTER: '20260310', XWAOK: '' });

    const result = await check();

    expect(result['AV_QTY_PLT']).toBe('12.000');
  });

  it('sets DIALOGFLAG when nothing is available', async () => {
    reservePart(sap, { RSNUM: '0000000101', BDMNG: '50', BDTER: '20260310' });

    const result = await check();

    expect(result['AV_QTY_PLT']).toBe('0.000');
    expect(result['DIALOGFLAG']).toBe('X');
    expect(rowsOf(result, 'WMDVEX')).toEqual([{ COM_DATE: today, COM_QTY: '0.000' }]);
  });

  it('confirms requested quantities on their dates when the stock covers them', async () => {
    const result = await check({
      WMDVSX: [
        { REQ_DATE: '20260310', REQ_QTY: '12' },
        { REQ_DATE: '20260306', REQ_QTY: '20' },
      ],
    });

    expect(result['DIALOGFLAG']).toBe('');
    expect(rowsOf(result, 'WMDVEX')).toEqual([
      { COM_DATE: '20260306', COM_QTY: '20.000' },
      { COM_DATE: '20260310', COM_QTY: '12.000' },
    ]);
  });

  it('confirms the uncovered rest at the end of the replenishment lead time', async () => {
    const result = await check({
      WMDVSX: [
        { REQ_DATE: '20260306', REQ_QTY: '30' },
        { REQ_DATE: '20260309', REQ_QTY: '20' },
      ],
    });

    expect(result['DIALOGFLAG']).toBe('X');
    expect(rowsOf(result, 'WMDVEX')).toEqual([
      { COM_DATE: '20260306', COM_QTY: '30.000' },
      { COM_DATE: '20260309', COM_QTY: '12.000' },
      { COM_DATE: endOfLeadTime, COM_QTY: '8.000' },
    ]);
  });

  it('merges confirmations that fall on the same date', async () => {
    const result = await check({
      WMDVSX: [
        { REQ_DATE: '20260301', REQ_QTY: '40' },
        { REQ_DATE: '20260305', REQ_QTY: '2' },
        { REQ_DATE: endOfLeadTime, REQ_QTY: '5' },
      ],
    });

    expect(rowsOf(result, 'WMDVEX')).toEqual([
      { COM_DATE: today, COM_QTY: '42.000' },
      { COM_DATE: endOfLeadTime, COM_QTY: '5.000' },
    ]);
    // The first request is in the past: confirmed today, not on its date.
    expect(result['DIALOGFLAG']).toBe('X');
  });

  it('reads the stock of one storage location when STGE_LOC is given', async () => {
    sap.upsert('MARD', { MATNR: part, WERKS: '1000', LGORT: '0002', LABST: '3.000' });

    const plant = await check();
    const location = await check({ STGE_LOC: '0002' });

    expect(plant['AV_QTY_PLT']).toBe('45.000');
    expect(location['AV_QTY_PLT']).toBe('3.000');
  });

  it('refuses an unknown material with CODE M3305', async () => {
    const result = await check({ MATERIAL: 'NO-SUCH-PART' });

    expect(structureOf(result, 'RETURN')).toMatchObject({
      TYPE: 'E',
      CODE: 'M3305',
      MESSAGE: 'The material NO-SUCH-PART does not exist or is not activated',
    });
    expect(rowsOf(result, 'WMDVEX')).toEqual([]);
    expect(result['AV_QTY_PLT']).toBe('0.000');
  });

  it('refuses a material without plant data with CODE M3334', async () => {
    const result = await check({ PLANT: '2000' });

    expect(structureOf(result, 'RETURN')).toMatchObject({ TYPE: 'E', CODE: 'M3334' });
  });

  it('refuses a missing unit', async () => {
    const result = await check({ UNIT: '' });

    expect(structureOf(result, 'RETURN')).toMatchObject({ TYPE: 'E', CODE: '00055' });
    expect(structureOf(result, 'RETURN')['MESSAGE']).toContain('UNIT');
  });

  it('refuses a unit other than the base unit, as the mock converts no units', async () => {
    const result = await check({ UNIT: 'KAR' });

    expect(structureOf(result, 'RETURN')).toMatchObject({
      TYPE: 'E',
      CODE: 'M3351',
      MESSAGE_V1: 'KAR',
      MESSAGE_V2: 'ST',
    });
    expect(rowsOf(result, 'WMDVEX')).toEqual([]);
  });
});
