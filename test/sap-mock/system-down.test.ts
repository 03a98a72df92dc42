import { describe, expect, it } from 'vitest';
import { MockRfcClient } from '../../src/sap-mock/index.ts';
import { createTestSap, openClient, validHeader } from './mock-sap-fixture.ts';

describe('an SAP outage', () => {
  it('refuses new logons as a communication failure while the system is down', async () => {
    const sap = createTestSap();
    sap.setSystemDown(true);

    await expect(new MockRfcClient(sap, { user: 'x' }).open()).rejects.toMatchObject({
      name: 'RfcLibError',
      codeString: 'RFC_COMMUNICATION_FAILURE',
    });
  });

  it('breaks calls on open connections and loses their uncommitted LUW', async () => {
    const sap = createTestSap();
    const client = await openClient(sap);
    const created = await client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S1',
      NOTIFHEADER: validHeader,
    });
    const temporary = (created.NOTIFHEADER_EXPORT as Record<string, string>).NOTIF_NO;

    sap.setSystemDown(true);
    await expect(client.call('BAPI_ALM_NOTIF_SAVE', { NUMBER: temporary })).rejects.toMatchObject({
      name: 'RfcLibError',
      codeString: 'RFC_COMMUNICATION_FAILURE',
    });
    expect(await client.ping()).toBe(false);

    sap.setSystemDown(false);
    const saved = await client.call('BAPI_ALM_NOTIF_SAVE', { NUMBER: temporary });
    expect(saved.RETURN).toEqual([expect.objectContaining({ TYPE: 'E', ID: 'IM', NUMBER: '003' })]);
  });
});
