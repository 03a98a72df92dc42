import { describe, expect, it } from 'vitest';
import { MockRfcClient, MockRfcPool } from '../../src/sap-mock/index.ts';
import { createTestSap } from './mock-sap-fixture.ts';
import type { RfcClient, RfcPool } from '../../src/backends/rfc/rfc-client.ts';

describe("the mock RFC client behind the adapter's RfcClient and RfcPool types", () => {
  it('runs a BAPI and its commit through the RfcPool and RfcClient interfaces', async () => {
    const sap = createTestSap();
    const pool: RfcPool = new MockRfcPool(sap, { connectionParameters: { user: 'adapter' } });

    const client: RfcClient = await pool.acquire();
    const created = await client.call('BAPI_ALM_NOTIF_CREATE', {
      NOTIF_TYPE: 'S3',
      NOTIFHEADER: { SHORT_TEXT: 'Service request' },
    });
    const temporary = (created['NOTIFHEADER_EXPORT'] as Record<string, string>)['NOTIF_NO'];
    await client.call('BAPI_ALM_NOTIF_SAVE', { NUMBER: temporary });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' }, { notRequested: [] });
    await pool.release(client);

    expect(sap.select('QMEL', (row) => row['QMART'] === 'S3')).toEqual([
      expect.objectContaining({ QMTXT: 'Service request', ERNAM: 'ADAPTER' }),
    ]);
    expect(await (new MockRfcClient(sap) satisfies RfcClient).ping()).toBe(false);
  });
});
