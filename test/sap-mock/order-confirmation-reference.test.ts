import { beforeEach, describe, expect, it } from 'vitest';
import { openClient } from './mock-sap-fixture.ts';
import { createOrder, createOrderSap } from './order-fixture.ts';
import { toRawHex } from '../../src/sap-mock/order/time-confirmation.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

const key = '0123456789ABCDEF0123456789ABCDEF';

function ticket(order: string, extra: Record<string, string> = {}) {
  return { ORDERID: order, OPERATION: '0010', ACT_WORK: '1.0', UN_WORK: 'H', ...extra };
}

describe('BAPI_ALM_CONF_CREATE with an external key (EX_IDENT → AFRU-EXTID)', () => {
  let sap: MockSap;
  let client: MockRfcClient;
  let order: string;

  beforeEach(async () => {
    sap = createOrderSap();
    client = await openClient(sap);
    order = await createOrder(client, { release: true });
  });

  async function confirm(extra: Record<string, string>): Promise<void> {
    await client.call('BAPI_ALM_CONF_CREATE', { TIMETICKETS: [ticket(order, extra)] });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
  }

  function keysOf(): string[] {
    return sap.select('AFRU', (row) => row['AUFNR'] === order).map((row) => row['EXTID'] ?? '');
  }

  it('keeps the external key of the time ticket in AFRU-EXTID', async () => {
    await confirm({ EX_IDENT: key });

    expect(keysOf()).toEqual([key]);
  });

  it('leaves AFRU-EXTID initial for a ticket without an external key', async () => {
    await confirm({});

    expect(keysOf()).toEqual(['']);
  });

  it('finds the confirmation again through RFC_READ_TABLE by order and external key', async () => {
    await confirm({ EX_IDENT: key });
    await confirm({});

    const result = await client.call('RFC_READ_TABLE', {
      QUERY_TABLE: 'AFRU',
      DELIMITER: '|',
      OPTIONS: [{ TEXT: `AUFNR = '${order}' AND` }, { TEXT: `EXTID = '${key}'` }],
      FIELDS: [{ FIELDNAME: 'RMZHL' }, { FIELDNAME: 'EXTID' }],
    });

    expect(result['DATA']).toEqual([{ WA: `00000001|${key}` }]);
  });

  it('reads hex digits into the RAW field up to the first other character, as ABAP moves C to X', () => {
    expect(toRawHex(key, 16)).toBe(key);
    expect(toRawHex('ABC-123', 16)).toBe('ABC'.padEnd(32, '0'));
    expect(toRawHex('WR-2026-0042', 16)).toBe('');
    expect(toRawHex('abcdef', 16)).toBe('');
    expect(toRawHex('', 16)).toBe('');
  });

  it('stores a text that is no hex key cut at its first non-hex character', async () => {
    await confirm({ EX_IDENT: 'BEEF-7' });

    expect(keysOf()).toEqual(['BEEF'.padEnd(32, '0')]);
  });
});
