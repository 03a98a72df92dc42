import { beforeEach, describe, expect, it } from 'vitest';
import { openClient } from './mock-sap-fixture.ts';
import { createOrderSap, method, newHeader, runHeaderMethod, save } from './order-fixture.ts';
import { committedStock } from './stock-view.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

const part = '000000000000200001';
const otherPart = '000000000000200002';

// A new order with one operation and components of 3 pieces of the part and 2 of the other
// part, released at once when asked; committed.
async function orderWithComponents(client: MockRfcClient, release: boolean): Promise<string> {
  const methods = [
    method('HEADER', 'CREATE', '%00000000001'),
    method('OPERATION', 'CREATE', '%00000000001'),
    method('COMPONENT', 'CREATE', '%000000000010010', 1),
    method('COMPONENT', 'CREATE', '%000000000010010', 2),
  ];
  if (release) methods.push(method('HEADER', 'RELEASE', '%00000000001'));
  const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
    IT_METHODS: [...methods, save],
    IT_HEADER: [newHeader],
    IT_OPERATION: [{ DESCRIPTION: 'Replace burrs' }],
    IT_COMPONENT: [
      { MATERIAL: part, PLANT: '1000', STGE_LOC: '0001', REQUIREMENT_QUANTITY: '3' },
      { MATERIAL: otherPart, PLANT: '1000', STGE_LOC: '0001', REQUIREMENT_QUANTITY: '2' },
    ],
  });
  await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
  return (result['ET_NUMBERS'] as Record<string, string>[])[0]?.['AUFNR_NEW'] ?? '';
}

function goodsMovement(order: string, quantity: string, movementType = '261') {
  return {
    GOODSMVT_HEADER: { PSTNG_DATE: '20261201' },
    GOODSMVT_CODE: { GM_CODE: '03' },
    GOODSMVT_ITEM: [
      {
        MATERIAL: part,
        PLANT: '1000',
        STGE_LOC: '0001',
        MOVE_TYPE: movementType,
        ENTRY_QNT: quantity,
        ENTRY_UOM: 'ST',
        ORDERID: order,
      },
    ],
  };
}

function componentOf(sap: MockSap, order: string, material = part): Record<string, string> {
  const rows = sap.select('RESB', (row) => row['AUFNR'] === order && row['MATNR'] === material);
  return rows[0] ?? {};
}

const reservedOfPart = (sap: MockSap): number => committedStock(sap, part, '1000').openReserved;

describe('order components as reservations', () => {
  let sap: MockSap;
  let client: MockRfcClient;

  beforeEach(async () => {
    sap = createOrderSap();
    sap.upsert('MARD', { MATNR: part, WERKS: '1000', LGORT: '0001', LABST: '10.000' });
    client = await openClient(sap);
  });

  it('creates components with movement type 261 that reserve nothing while the order is CRTD', async () => {
    const before = reservedOfPart(sap);

    const order = await orderWithComponents(client, false);

    expect(componentOf(sap, order)).toMatchObject({
      BWART: '261',
      KOSTL: '',
      XWAOK: '',
      KZEAR: '',
      XLOEK: '',
      BDMNG: '3.000',
    });
    expect(reservedOfPart(sap)).toBe(before);
  });

  it('reserves the components when the order is released: open reserved goes up by their quantity', async () => {
    const order = await orderWithComponents(client, false);
    const before = committedStock(sap, part, '1000');

    await runHeaderMethod(client, order, 'RELEASE');
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    const after = committedStock(sap, part, '1000');
    expect(componentOf(sap, order)['XWAOK']).toBe('X');
    expect(componentOf(sap, order, otherPart)['XWAOK']).toBe('X');
    expect(after.openReserved).toBe(before.openReserved + 3);
    expect(after.atp).toBe(Math.max(0, before.atp - 3));
  });

  it('reserves at once when the create releases the order in the same call', async () => {
    const before = reservedOfPart(sap);

    const order = await orderWithComponents(client, true);

    expect(componentOf(sap, order)['XWAOK']).toBe('X');
    expect(reservedOfPart(sap)).toBe(before + 3);
  });

  it('makes a component added to an already released order movable', async () => {
    const order = await orderWithComponents(client, true);

    const result = await client.call('BAPI_ALM_ORDER_MAINTAIN', {
      IT_METHODS: [method('COMPONENT', 'CREATE', `${order}0010`), method('', 'SAVE', order, 0)],
      IT_COMPONENT: [{ MATERIAL: '000000000000200003', PLANT: '1000', REQUIREMENT_QUANTITY: '1' }],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(result['RETURN']).toEqual([expect.objectContaining({ TYPE: 'S' })]);
    expect(componentOf(sap, order, '000000000000200003')).toMatchObject({
      BWART: '261',
      XWAOK: 'X',
    });
  });

  it('consumes the reservation with a goods issue: open reserved goes down, atp stays', async () => {
    const order = await orderWithComponents(client, true);
    const before = committedStock(sap, part, '1000');

    await client.call('BAPI_GOODSMVT_CREATE', goodsMovement(order, '1'));
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    const after = committedStock(sap, part, '1000');
    expect(componentOf(sap, order)).toMatchObject({ ENMNG: '1.000', KZEAR: '' });
    expect(after.openReserved).toBe(before.openReserved - 1);
    expect(after.unrestricted).toBe(before.unrestricted - 1);
    expect(after.atp).toBe(before.atp);
  });

  it('sets the final issue flag when the whole quantity is issued and clears it on a reversal', async () => {
    const order = await orderWithComponents(client, true);
    const reservedBefore = reservedOfPart(sap);

    await client.call('BAPI_GOODSMVT_CREATE', goodsMovement(order, '3'));
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const issued = componentOf(sap, order);
    const reservedAfterIssue = reservedOfPart(sap);
    await client.call('BAPI_GOODSMVT_CREATE', goodsMovement(order, '1', '262'));
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(issued).toMatchObject({ ENMNG: '3.000', KZEAR: 'X' });
    expect(reservedAfterIssue).toBe(reservedBefore - 3);
    expect(componentOf(sap, order)).toMatchObject({ ENMNG: '2.000', KZEAR: '' });
    expect(reservedOfPart(sap)).toBe(reservedBefore - 2);
  });

  it('deletes the components not finally issued at technical completion, dropping their reservation', async () => {
    const order = await orderWithComponents(client, true);
    const reservedBefore = reservedOfPart(sap);
    await client.call('BAPI_GOODSMVT_CREATE', {
      ...goodsMovement(order, '2'),
      GOODSMVT_ITEM: [{ ...goodsMovement(order, '2').GOODSMVT_ITEM[0], MATERIAL: otherPart }],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    const result = await runHeaderMethod(client, order, 'TECHNICALCOMPLETE');
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(result['RETURN']).toEqual([expect.objectContaining({ TYPE: 'S' })]);
    expect(componentOf(sap, order)).toMatchObject({ KZEAR: '', XLOEK: 'X' });
    expect(componentOf(sap, order, otherPart)).toMatchObject({ KZEAR: 'X', XLOEK: '' });
    expect(reservedOfPart(sap)).toBe(reservedBefore - 3);
  });

  it('leaves RESB unchanged when release and goods issue are rolled back', async () => {
    const order = await orderWithComponents(client, false);
    const before = sap.select('RESB', (row) => row['AUFNR'] === order);

    await runHeaderMethod(client, order, 'RELEASE');
    await client.call('BAPI_TRANSACTION_ROLLBACK', {});
    const afterReleaseRollback = sap.select('RESB', (row) => row['AUFNR'] === order);
    await runHeaderMethod(client, order, 'RELEASE');
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const released = sap.select('RESB', (row) => row['AUFNR'] === order);
    await client.call('BAPI_GOODSMVT_CREATE', goodsMovement(order, '3'));
    await client.call('BAPI_TRANSACTION_ROLLBACK', {});

    expect(afterReleaseRollback).toEqual(before);
    expect(sap.select('RESB', (row) => row['AUFNR'] === order)).toEqual(released);
    expect(released.every((row) => row['XWAOK'] === 'X' && row['KZEAR'] === '')).toBe(true);
  });
});
