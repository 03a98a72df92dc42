import { beforeEach, describe, expect, it } from 'vitest';
import { errorsOf, openClient } from './mock-sap-fixture.ts';
import { activeStatusesOf, createOrderSap, messageCodes, method, save } from './order-fixture.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

// A notification that is in process and has no order yet (the seed has several).
function notificationWithoutOrder(sap: MockSap, status: string): Record<string, string> {
  const found = sap
    .select('QMEL', (row) => row['AUFNR'] === '')
    .find((row) => activeStatusesOf(sap, row['OBJNR'] ?? '').includes(status));
  if (found === undefined)
    throw new Error(`The seed has no notification in ${status} without order`);
  return found;
}

async function createToNotification(
  client: MockRfcClient,
  notification: string,
  header: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  return client.call('BAPI_ALM_ORDER_MAINTAIN', {
    IT_METHODS: [method('HEADER', 'CREATETONOTIF', `%00000000001${notification}`), save],
    IT_HEADER: [{ ORDERID: '%00000000001', ORDER_TYPE: 'SM01', MN_WK_CTR: 'SRV-MECH', ...header }],
  });
}

describe('HEADER CREATETONOTIF', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createOrderSap();
  });

  it('links order and notification both ways and takes equipment and customer from the notification', async () => {
    const client = await openClient(sap);
    const notification = notificationWithoutOrder(sap, 'I0070');
    const number = notification['QMNUM'] ?? '';
    const soldTo = sap.select(
      'IHPA',
      (row) => row['OBJNR'] === notification['OBJNR'] && row['PARVW'] === 'AG',
    )[0]?.['PARNR'];

    const result = await createToNotification(client, number, {
      PLANT: notification['IWERK'] ?? '',
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const order = (result['ET_NUMBERS'] as Record<string, string>[])[0]?.['AUFNR_NEW'] ?? '';
    const orderDetail = await client.call('BAPI_ALM_ORDER_GET_DETAIL', { NUMBER: order });
    const notificationDetail = await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: number });

    expect(errorsOf(result)).toEqual([]);
    expect(result['RETURN']).toEqual([
      expect.objectContaining({
        ID: 'IWO_BAPI2',
        NUMBER: '126',
        MESSAGE_V2: String(Number(order)),
        MESSAGE_V3: String(Number(number)),
      }),
    ]);
    expect(orderDetail['ES_HEADER']).toMatchObject({
      NOTIF_NO: number,
      EQUIPMENT: notification['EQUNR'],
      SHORT_TEXT: notification['QMTXT'],
      PLANPLANT: notification['IWERK'],
    });
    expect(orderDetail['ET_PARTNER']).toEqual([
      expect.objectContaining({ PARTN_ROLE: 'AG', PARTNER: soldTo }),
    ]);
    expect(notificationDetail['NOTIFHEADER_EXPORT']).toMatchObject({ ORDERID: order });
    expect(activeStatusesOf(sap, notification['OBJNR'] ?? '')).toContain('I0071');
  });

  it('refuses a second order for the same notification with BS 007', async () => {
    const client = await openClient(sap);
    const number = notificationWithoutOrder(sap, 'I0070')['QMNUM'] ?? '';

    await createToNotification(client, number);
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const second = await createToNotification(client, number);

    expect(messageCodes(second)).toEqual(['E BS 007']);
  });

  it('refuses a seeded notification in process that already has an order', async () => {
    const client = await openClient(sap);
    const linked =
      sap
        .select('QMEL', (row) => row['AUFNR'] !== '')
        .find((row) => activeStatusesOf(sap, row['OBJNR'] ?? '').includes('I0070'))?.['QMNUM'] ??
      '';

    const result = await createToNotification(client, linked);

    expect(messageCodes(result)).toEqual(['E BS 007']);
  });

  it('refuses a completed notification with IM 170 and an unknown one with IM 003', async () => {
    const client = await openClient(sap);
    const completed = notificationWithoutOrder(sap, 'I0072')['QMNUM'] ?? '';

    const refused = await createToNotification(client, completed);
    const unknown = await createToNotification(client, '000019999998');

    expect(messageCodes(refused)).toEqual(['E IM 170']);
    expect(messageCodes(unknown)).toEqual(['E IM 003']);
  });

  it('refuses a notification that another session holds', async () => {
    const first = await openClient(sap, 'first');
    const second = await openClient(sap, 'second');
    const number = notificationWithoutOrder(sap, 'I0070')['QMNUM'] ?? '';

    await first.call('BAPI_ALM_NOTIF_POSTPONE', { NUMBER: number });
    const refused = await createToNotification(second, number);

    expect(errorsOf(refused)).toEqual([
      expect.objectContaining({ ID: 'IM', NUMBER: '150', MESSAGE_V2: 'FIRST' }),
    ]);
  });

  it('locks the notification for the session that created the order until the commit', async () => {
    const first = await openClient(sap, 'first');
    const second = await openClient(sap, 'second');
    const number = notificationWithoutOrder(sap, 'I0070')['QMNUM'] ?? '';

    await createToNotification(first, number);
    const refused = await second.call('BAPI_ALM_NOTIF_POSTPONE', { NUMBER: number });

    expect(errorsOf(refused)[0]?.['MESSAGE_V2']).toBe('FIRST');
  });
});
