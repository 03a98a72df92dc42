import { fileURLToPath } from 'node:url';
import { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

/** The small seed of these tests (same format as mocks/seed/default). */
export const fixtureSeedDir = fileURLToPath(new URL('./fixtures/seed', import.meta.url));

/** The fixed system time of the tests: 2026-03-05 10:15:30 UTC. */
export const fixedNow = new Date('2026-03-05T10:15:30Z');

/** A mock SAP on the fixture seed with a fixed clock. */
export function createTestSap(): MockSap {
  return MockSap.create({ seedDir: fixtureSeedDir, clock: () => fixedNow });
}

/** An open client logged on as a user. */
export async function openClient(sap: MockSap, user = 'cs_bridge'): Promise<MockRfcClient> {
  const client = new MockRfcClient(sap, { user, passwd: 'secret', client: '100', lang: 'EN' });
  return client.open();
}

/** The RETURN rows of a result (table or structure) with TYPE E or A. */
export function errorsOf(result: Record<string, unknown>): Record<string, unknown>[] {
  const value = result['RETURN'];
  const rows = (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
  return rows.filter((row) => row['TYPE'] === 'E' || row['TYPE'] === 'A');
}

/** A valid header for BAPI_ALM_NOTIF_CREATE on the fixture seed. */
export const validHeader = {
  SHORT_TEXT: 'Espresso machine leaks',
  PRIORITY: '2',
  EQUIPMENT: '000000000010000001',
  REPORTEDBY: 'JDOE',
  PURCH_NO_C: 'TICKET-2001',
};

/** Creates, saves and commits a notification; answers its number. */
export async function createNotification(
  client: MockRfcClient,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await client.call('BAPI_ALM_NOTIF_CREATE', {
    NOTIF_TYPE: 'S1',
    NOTIFHEADER: validHeader,
    ...overrides,
  });
  const temporary = (created['NOTIFHEADER_EXPORT'] as Record<string, string>)['NOTIF_NO'] ?? '';
  const saved = await client.call('BAPI_ALM_NOTIF_SAVE', { NUMBER: temporary });
  await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
  return (saved['NOTIFHEADER'] as Record<string, string>)['NOTIF_NO'] ?? '';
}
