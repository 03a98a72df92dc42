import { beforeEach, describe, expect, it } from 'vitest';
import { createTestSap, errorsOf, openClient } from './mock-sap-fixture.ts';
import type { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';

type Row = Record<string, unknown>;

const outstanding = '000010000001';

function qmel(sap: MockSap, number = outstanding): Record<string, string> {
  return sap.select('QMEL', (row) => row['QMNUM'] === number)[0] ?? {};
}

describe('changing a notification', () => {
  let sap: MockSap;
  let client: MockRfcClient;

  beforeEach(async () => {
    sap = createTestSap();
    client = await openClient(sap, 'editor');
  });

  async function saveAndCommit(number = outstanding): Promise<void> {
    await client.call('BAPI_ALM_NOTIF_SAVE', { NUMBER: number });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
  }

  it('changes only the header fields flagged in NOTIFHEADER_X', async () => {
    const result = await client.call('BAPI_ALM_NOTIF_DATA_MODIFY', {
      NUMBER: outstanding,
      NOTIFHEADER: { SHORT_TEXT: 'Pump fails completely', PRIORITY: '1', REPORTEDBY: 'IGNORED' },
      NOTIFHEADER_X: { SHORT_TEXT: 'X', PRIORITY: 'X' },
    });
    await saveAndCommit();

    expect(errorsOf(result)).toEqual([]);
    expect(result['NOTIFHEADER_EXPORT']).toMatchObject({ SHORT_TEXT: 'Pump fails completely' });
    expect(qmel(sap)).toMatchObject({
      QMTXT: 'Pump fails completely',
      PRIOK: '1',
      QMNAM: 'HOTLINE',
      AENAM: 'EDITOR',
      AEDAT: '20260305',
      AEZEIT: '101530',
    });
  });

  it('clears a flagged field given blank', async () => {
    await client.call('BAPI_ALM_NOTIF_DATA_MODIFY', {
      NUMBER: outstanding,
      NOTIFHEADER: { PURCH_NO_C: '' },
      NOTIFHEADER_X: { PURCH_NO_C: 'X' },
    });
    await saveAndCommit();

    expect(qmel(sap)['BSTNK']).toBe('');
  });

  it('ignores an invalid value whose field is not flagged', async () => {
    const result = await client.call('BAPI_ALM_NOTIF_DATA_MODIFY', {
      NUMBER: outstanding,
      NOTIFHEADER: { PRIORITY: '9', SHORT_TEXT: 'Valid' },
      NOTIFHEADER_X: { SHORT_TEXT: 'X' },
    });

    expect(errorsOf(result)).toEqual([]);
  });

  it('checks flagged fields and changes nothing on an error', async () => {
    const result = await client.call('BAPI_ALM_NOTIF_DATA_MODIFY', {
      NUMBER: outstanding,
      NOTIFHEADER: { PRIORITY: '9', SHORT_TEXT: 'Other' },
      NOTIFHEADER_X: { PRIORITY: 'X', SHORT_TEXT: 'X' },
    });
    await saveAndCommit();

    expect(errorsOf(result)[0]).toMatchObject({ MESSAGE_V1: '9' });
    expect(qmel(sap)['QMTXT']).toBe('Pump pressure drops');
  });

  it('loses DATA_MODIFY changes that are committed without BAPI_ALM_NOTIF_SAVE', async () => {
    await client.call('BAPI_ALM_NOTIF_DATA_MODIFY', {
      NUMBER: outstanding,
      NOTIFHEADER: { SHORT_TEXT: 'Never saved' },
      NOTIFHEADER_X: { SHORT_TEXT: 'X' },
    });
    const ownRead = await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(ownRead['NOTIFHEADER_EXPORT']).toMatchObject({ SHORT_TEXT: 'Never saved' });
    expect(qmel(sap)['QMTXT']).toBe('Pump pressure drops');
  });

  it('adds items with keys after the highest FENUM and appends long-text lines', async () => {
    const result = await client.call('BAPI_ALM_NOTIF_DATA_ADD', {
      NUMBER: outstanding,
      NOTITEM: [
        { ITEM_SORT_NO: '0001', DESCRIPT: 'Seal worn', D_CODEGRP: 'CS-COFFE', D_CODE: '0020' },
      ],
      NOTFULLTXT: [
        { OBJTYPE: 'QMEL', TEXT_LINE: 'Technician called.' },
        { OBJTYPE: 'QMFE', OBJKEY: '00000001', TEXT_LINE: 'Replace the seal.' },
      ],
    });
    await saveAndCommit();
    const detail = await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding });

    expect(errorsOf(result)).toEqual([]);
    expect(
      (detail['NOTITEM'] as Row[]).map((item) => [item['ITEM_KEY'], item['DESCRIPT']]),
    ).toEqual([
      ['0001', 'Pump weak'],
      ['0002', 'Seal worn'],
    ]);
    expect(detail['NOTLONGTXT']).toEqual([
      {
        OBJTYPE: 'QMEL',
        OBJKEY: '00000000',
        FORMAT_COL: '*',
        TEXT_LINE: 'Customer reports the pump pressure drops',
      },
      { OBJTYPE: 'QMEL', OBJKEY: '00000000', FORMAT_COL: '*', TEXT_LINE: 'after about ten cups.' },
      { OBJTYPE: 'QMEL', OBJKEY: '00000000', FORMAT_COL: '*', TEXT_LINE: 'Technician called.' },
      { OBJTYPE: 'QMFE', OBJKEY: '00000002', FORMAT_COL: '*', TEXT_LINE: 'Replace the seal.' },
    ]);
  });

  it('adds a sold-to partner that becomes the customer of a notification without one', async () => {
    const number = '000010000003';
    const result = await client.call('BAPI_ALM_NOTIF_DATA_ADD', {
      NUMBER: number,
      NOTIFPARTNR: [{ PARTN_ROLE: 'AG', PARTNER: '0000100003' }],
    });
    await saveAndCommit(number);

    expect(errorsOf(result)).toEqual([]);
    expect(result['NOTIFHDTEXT']).toMatchObject({ KUNAME1: 'Bäckerei Schmidt' });
    expect(qmel(sap, number)['KUNUM']).toBe('0000100003');
    expect(sap.select('IHPA', (row) => row['OBJNR'] === `QM${number}`)).toEqual([
      { OBJNR: `QM${number}`, PARVW: 'AG', COUNTER: '000001', PARNR: '0000100003' },
    ]);
  });

  it('needs BAPI_ALM_NOTIF_SAVE for DATA_ADD to persist', async () => {
    await client.call('BAPI_ALM_NOTIF_DATA_ADD', {
      NUMBER: outstanding,
      NOTITEM: [{ ITEM_SORT_NO: '1', DESCRIPT: 'Lost' }],
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(sap.select('QMFE', (row) => row['QMNUM'] === outstanding)).toHaveLength(1);
  });

  it('saves pending changes together with a status change, which needs no SAVE', async () => {
    await client.call('BAPI_ALM_NOTIF_DATA_MODIFY', {
      NUMBER: outstanding,
      NOTIFHEADER: { SHORT_TEXT: 'Saved by the status change' },
      NOTIFHEADER_X: { SHORT_TEXT: 'X' },
    });
    await client.call('BAPI_ALM_NOTIF_PUTINPROGRESS', { NUMBER: outstanding });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(qmel(sap)['QMTXT']).toBe('Saved by the status change');
  });

  it('accepts a SAVE after a status change', async () => {
    await client.call('BAPI_ALM_NOTIF_POSTPONE', { NUMBER: outstanding });
    const saved = await client.call('BAPI_ALM_NOTIF_SAVE', { NUMBER: outstanding });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(errorsOf(saved)).toEqual([]);
    expect(saved['NOTIFHEADER']).toMatchObject({ SYS_STATUS: 'NOPT' });
  });

  it('sets the completion date and time from SYSTSTAT on CLOSE', async () => {
    const closed = await client.call('BAPI_ALM_NOTIF_CLOSE', {
      NUMBER: outstanding,
      SYSTSTAT: { LANGU: 'E', REFDATE: '20260301', REFTIME: '143000' },
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });
    const detail = await client.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: outstanding });

    expect(closed['SYSTEMSTATUS']).toBe('NOCO');
    expect(qmel(sap)).toMatchObject({ QMDAB: '20260301', QMZAB: '143000' });
    expect(detail['NOTIFHEADER_EXPORT']).toMatchObject({
      COMPDATE: '20260301',
      COMPTIME: '143000',
    });
  });

  it('completes at the current time when SYSTSTAT has no reference date', async () => {
    await client.call('BAPI_ALM_NOTIF_CLOSE', { NUMBER: outstanding, SYSTSTAT: {} });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(qmel(sap)).toMatchObject({ QMDAB: '20260305', QMZAB: '101530' });
  });

  it('changes nothing in a test run but exports the status the change would give', async () => {
    const result = await client.call('BAPI_ALM_NOTIF_CLOSE', {
      NUMBER: outstanding,
      SYSTSTAT: {},
      TESTRUN: 'X',
    });
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(result['SYSTEMSTATUS']).toBe('NOCO');
    expect(sap.select('JEST', (row) => row['OBJNR'] === `QM${outstanding}`)).toEqual([
      { OBJNR: `QM${outstanding}`, STAT: 'I0068', INACT: '' },
    ]);
  });

  it('exports the status line in the requested language', async () => {
    const result = await client.call('BAPI_ALM_NOTIF_PUTINPROGRESS', {
      NUMBER: outstanding,
      LANGUISO: 'DE',
    });

    expect(result['SYSTEMSTATUS']).toBe('MIAR');
  });
});
