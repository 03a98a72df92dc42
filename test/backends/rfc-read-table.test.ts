import { describe, expect, it } from 'vitest';
import { buildOptions, quoteLiteral } from '../../src/backends/rfc/rfc-read-table.ts';

const where = (options: { TEXT: string }[]) => options.map((line) => line.TEXT).join(' ');

describe('RFC_READ_TABLE selections', () => {
  it('doubles a quote inside a value so the literal cannot end early', () => {
    expect(quoteLiteral("O'Brien")).toBe("'O''Brien'");
    expect(quoteLiteral("X' OR '1' = '1")).toBe("'X'' OR ''1'' = ''1'");
  });

  it('joins conditions with AND and an any-of group with OR in parentheses', () => {
    const options = buildOptions(
      [{ field: 'KUNUM', op: '=', value: '0000100001' }],
      [
        { field: 'MCOD1', op: 'LIKE', value: '%CAFE%' },
        { field: 'MCOD3', op: 'LIKE', value: '%CAFE%' },
      ],
    );
    expect(where(options)).toBe(
      "KUNUM = '0000100001' AND ( MCOD1 LIKE '%CAFE%' OR MCOD3 LIKE '%CAFE%' )",
    );
  });

  it('breaks the clause into lines of at most 72 characters without splitting a literal', () => {
    const values = Array.from(
      { length: 12 },
      (_, i) => `QM0000100000${String(i).padStart(2, '0')}`,
    );
    const options = buildOptions([{ field: 'OBJNR', op: 'IN', values }]);

    expect(options.length).toBeGreaterThan(1);
    for (const line of options) {
      expect(line.TEXT.length).toBeLessThanOrEqual(72);
      expect((line.TEXT.match(/'/g) ?? []).length % 2).toBe(0);
    }
    expect(where(options)).toContain("OBJNR IN ( 'QM000010000000', 'QM000010000001',");
  });

  it('refuses a column name that is not a plain SAP field name', () => {
    expect(() => buildOptions([{ field: "BSTNK = 'X' OR 1", op: '=', value: 'a' }])).toThrow(
      /Not a column name/,
    );
  });

  it('gives an empty OPTIONS table when there is no condition', () => {
    expect(buildOptions()).toEqual([]);
  });
});
