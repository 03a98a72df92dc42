import { describe, expect, it } from 'vitest';
import { fromLongTextLines, toLongTextLines } from '../../src/backends/rfc/long-text.ts';

describe('SAPscript long texts', () => {
  it('starts each paragraph with format * and keeps lines within 132 characters', () => {
    const lines = toLongTextLines(`First paragraph\n${'x'.repeat(300)}`);

    expect(lines.map((line) => line.FORMAT_COL)).toEqual(['*', '*', '=', '=']);
    expect(lines.every((line) => line.TEXT_LINE.length <= 132)).toBe(true);
  });

  it('reads back the text it wrote, even when a break falls on a blank that RFC trims', () => {
    const text = `${'word '.repeat(60)}end\nsecond line`;
    const lines = toLongTextLines(text).map((line) => ({
      ...line,
      TEXT_LINE: line.TEXT_LINE.trimEnd(),
    }));

    expect(fromLongTextLines(lines)).toBe(text);
  });
});
