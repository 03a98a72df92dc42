import { describe, expect, it } from 'vitest';
import { fixtureSeedDir, openClient } from './mock-sap-fixture.ts';
import { CallLog } from '../../src/sap-mock/call-log.ts';
import { MockSap } from '../../src/sap-mock/index.ts';
import type { CallRecord } from '../../src/sap-mock/index.ts';

const start = Date.UTC(2026, 2, 5, 10, 0, 0);

function callAt(second: number, functionModule = 'RFC_READ_TABLE'): CallRecord {
  return { functionModule, user: 'CS_BRIDGE', handle: 1, at: new Date(start + second * 1000) };
}

function secondsOf(calls: readonly CallRecord[]): number[] {
  return calls.map((call) => (call.at.getTime() - start) / 1000);
}

describe('the call log of the mock SAP', () => {
  it('keeps the latest 10 000 calls in order and counts every call', async () => {
    // The clock shows the number of the call being made, so each record tells its position.
    let now = new Date(start);
    const sap = MockSap.create({ seedDir: fixtureSeedDir, clock: () => now });
    const client = await openClient(sap);
    const total = 10_005;

    for (let second = 0; second < total; second += 1) {
      now = new Date(start + second * 1000);
      const functionModule = second % 2 === 0 ? 'BAPI_TRANSACTION_COMMIT' : 'RFC_READ_TABLE';
      await client.call(
        functionModule,
        functionModule === 'RFC_READ_TABLE' ? { QUERY_TABLE: 'T001W', NO_DATA: 'X' } : {},
      );
    }

    const calls = sap.calls;
    expect(calls).toHaveLength(10_000);
    expect(secondsOf(calls)).toEqual(Array.from({ length: 10_000 }, (_, index) => index + 5));
    expect(calls[0]?.functionModule).toBe('RFC_READ_TABLE');
    expect(calls.at(-1)?.functionModule).toBe('BAPI_TRANSACTION_COMMIT');
    expect(sap.callCount()).toBe(total);
    expect(sap.callCount('BAPI_TRANSACTION_COMMIT')).toBe(5_003);
    expect(sap.callCount('RFC_READ_TABLE')).toBe(5_002);

    sap.reset();
    expect(sap.calls).toEqual([]);
    expect(sap.callCount()).toBe(0);
  });

  it('answers copies that a caller cannot change the log through', async () => {
    const sap = MockSap.create({ seedDir: fixtureSeedDir, clock: () => new Date(start) });
    const client = await openClient(sap, 'first');
    await client.call('BAPI_TRANSACTION_COMMIT', {});

    const [first] = sap.calls;
    if (first === undefined) throw new Error('the call was not logged');
    first.functionModule = 'CHANGED';
    first.at.setTime(0);

    expect(sap.calls).toEqual([
      { functionModule: 'BAPI_TRANSACTION_COMMIT', user: 'FIRST', handle: 1, at: new Date(start) },
    ]);
  });
});

describe('CallLog', () => {
  it('answers the calls oldest first before and after it wraps around', () => {
    const log = new CallLog(3);
    log.record(callAt(1));
    log.record(callAt(2));
    expect(secondsOf(log.entries())).toEqual([1, 2]);

    log.record(callAt(3));
    log.record(callAt(4));
    log.record(callAt(5));
    expect(secondsOf(log.entries())).toEqual([3, 4, 5]);

    log.record(callAt(6));
    log.record(callAt(7));
    expect(secondsOf(log.entries())).toEqual([5, 6, 7]);
  });

  it('starts again empty after clear', () => {
    const log = new CallLog(2);
    log.record(callAt(1));
    log.record(callAt(2));
    log.record(callAt(3));

    log.clear();
    expect(log.entries()).toEqual([]);

    log.record(callAt(4));
    expect(secondsOf(log.entries())).toEqual([4]);
  });

  it('refuses a capacity that is not a positive whole number', () => {
    expect(() => new CallLog(0)).toThrow('A call log needs a positive capacity, not 0');
    expect(() => new CallLog(2.5)).toThrow('A call log needs a positive capacity, not 2.5');
  });
});
