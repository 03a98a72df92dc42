import { beforeEach, describe, expect, it } from 'vitest';
import { createTestSap, errorsOf, openClient } from './mock-sap-fixture.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';

// Seed notifications: 1 OSNO, 2 NOPR, 3 NOPT, 4 NOCO.
const byStatus: Record<string, string> = {
  OSNO: '000010000001',
  NOPR: '000010000002',
  NOPT: '000010000003',
  NOCO: '000010000004',
};

interface Action {
  functionModule: string;
  parameters: Record<string, unknown>;
}

const actions: Record<string, Action> = {
  PUTINPROGRESS: { functionModule: 'BAPI_ALM_NOTIF_PUTINPROGRESS', parameters: {} },
  POSTPONE: { functionModule: 'BAPI_ALM_NOTIF_POSTPONE', parameters: {} },
  CLOSE: { functionModule: 'BAPI_ALM_NOTIF_CLOSE', parameters: { SYSTSTAT: { LANGU: 'E' } } },
};

function actionFor(action: string): Action {
  const found = actions[action];
  if (found === undefined) throw new Error(`Unknown action ${action}`);
  return found;
}

function activeStatus(sap: MockSap, number: string): string[] {
  return sap
    .select('JEST', (row) => row['OBJNR'] === `QM${number}` && row['INACT'] === '')
    .map((row) => row['STAT'] ?? '');
}

describe('notification status management', () => {
  let sap: MockSap;

  beforeEach(() => {
    sap = createTestSap();
  });

  it.each([
    ['OSNO', 'PUTINPROGRESS', 'NOPR', 'I0070'],
    ['OSNO', 'POSTPONE', 'NOPT', 'I0069'],
    ['OSNO', 'CLOSE', 'NOCO', 'I0072'],
    ['NOPR', 'POSTPONE', 'NOPT', 'I0069'],
    ['NOPR', 'CLOSE', 'NOCO', 'I0072'],
    ['NOPT', 'PUTINPROGRESS', 'NOPR', 'I0070'],
    ['NOPT', 'CLOSE', 'NOCO', 'I0072'],
  ])('allows %s → %s and exports the status line %s', async (from, action, line, status) => {
    const number = byStatus[from] ?? '';
    const { functionModule, parameters } = actionFor(action);
    const client = await openClient(sap);

    const result = await client.call(functionModule, { NUMBER: number, ...parameters });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(errorsOf(result)).toEqual([]);
    expect(result['SYSTEMSTATUS']).toBe(line);
    expect(result['USERSTATUS']).toBe('');
    expect(activeStatus(sap, number)).toEqual([status]);
  });

  it.each([
    ['NOPR', 'PUTINPROGRESS', 'NOPR'],
    ['NOPT', 'POSTPONE', 'NOPT'],
    ['NOCO', 'PUTINPROGRESS', 'NOCO'],
    ['NOCO', 'POSTPONE', 'NOCO'],
    ['NOCO', 'CLOSE', 'NOCO'],
  ])('refuses %s → %s with a RETURN line quoting the status', async (from, action, quoted) => {
    const number = byStatus[from] ?? '';
    const { functionModule, parameters } = actionFor(action);
    const client = await openClient(sap);
    const before = activeStatus(sap, number);

    const result = await client.call(functionModule, { NUMBER: number, ...parameters });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ TYPE: 'E', ID: 'BS', MESSAGE_V2: quoted }),
    ]);
    expect(String(errorsOf(result)[0]?.['MESSAGE'])).toContain(`status ${quoted} is active`);
    expect(activeStatus(sap, number)).toEqual(before);
  });
});
