import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RfcGateway } from '../../src/backends/rfc/rfc-gateway.ts';
import { readTable } from '../../src/backends/rfc/rfc-read-table.ts';
import { MockRfcPool, MockSap } from '../../src/sap-mock/index.ts';

const pieces = [
  "'",
  "''",
  ' ',
  'OR',
  'AND',
  '(',
  ')',
  '=',
  '%',
  '_',
  "' OR '1' = '1",
  'NOT',
  ',',
  'X',
];

// A deterministic generator of hostile values (mulberry32).
function hostileValues(count: number): string[] {
  let state = 20261203;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => {
    let value = '';
    while (value.length < 1 + next() * 30)
      value += pieces[Math.floor(next() * pieces.length)] ?? '';
    return value.slice(0, 35);
  });
}

describe('selections with hostile values through RFC_READ_TABLE', () => {
  let sap: MockSap;
  let pool: MockRfcPool;
  let gateway: RfcGateway;

  beforeAll(() => {
    sap = MockSap.create();
    pool = new MockRfcPool(sap, {});
    gateway = new RfcGateway(pool, { timeoutMs: 5_000, logger: pino({ level: 'silent' }) });
  });

  afterAll(() => pool.closeAll());

  it('treats every value as a literal: it matches exactly the rows holding it, never more', async () => {
    const values = hostileValues(300);
    const customer = sap.select('KNA1')[0];
    sap.upsert('KNA1', { KUNNR: customer?.KUNNR ?? '', NAME2: values[7] ?? '' });

    await gateway.withConnection(async (connection) => {
      for (const value of values) {
        const rows = await readTable(connection, {
          table: 'KNA1',
          fields: ['KUNNR'],
          where: [{ field: 'NAME2', op: '=', value }],
        });
        const expected = sap.select('KNA1', (row) => row.NAME2 === value).map((row) => row.KUNNR);
        expect(
          rows.map((row) => row.KUNNR),
          value,
        ).toEqual(expected);
      }
    });
    expect(values.filter((value) => value.includes("'")).length).toBeGreaterThan(100);
  });

  it('finds the one customer whose name holds a quote', async () => {
    const rows = await gateway.withConnection((connection) =>
      readTable(connection, {
        table: 'KNA1',
        fields: ['KUNNR', 'NAME1'],
        where: [{ field: 'NAME1', op: '=', value: "O'Brien's Pub" }],
      }),
    );

    expect(rows).toEqual([{ KUNNR: '0000100002', NAME1: "O'Brien's Pub" }]);
  });
});
