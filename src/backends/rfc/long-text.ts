/** One line of an SAPscript long text: a format column and up to 132 characters. */
export interface LongTextLine {
  FORMAT_COL: string;
  TEXT_LINE: string;
}

const lineLength = 132;

/**
 * Splits text into SAPscript lines: each paragraph starts with format `*`, and the parts of a
 * paragraph longer than a line continue with `=` (joined without a break when read back).
 */
export function toLongTextLines(text: string): LongTextLine[] {
  const lines: LongTextLine[] = [];
  for (const paragraph of text.replaceAll('\r\n', '\n').split('\n')) {
    splitParagraph(paragraph.trimEnd()).forEach((chunk, index) => {
      lines.push({ FORMAT_COL: index === 0 ? '*' : '=', TEXT_LINE: chunk });
    });
  }
  return lines;
}

// RFC trims trailing blanks of CHAR fields, so a line must not end in a blank that the next
// line needs: the break moves before the run of blanks, which then starts the next line.
function splitParagraph(paragraph: string): string[] {
  const chunks: string[] = [];
  let rest = paragraph;
  while (rest.length > lineLength) {
    let end = lineLength;
    while (end > 1 && rest[end - 1] === ' ') end--;
    chunks.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  chunks.push(rest);
  return chunks;
}

/** Joins SAPscript lines back into text: `=` continues the line before, anything else breaks. */
export function fromLongTextLines(lines: { FORMAT_COL?: unknown; TEXT_LINE?: unknown }[]): string {
  let text = '';
  lines.forEach((line, index) => {
    const content = typeof line.TEXT_LINE === 'string' ? line.TEXT_LINE : '';
    if (index > 0 && line.FORMAT_COL !== '=') text += '\n';
    text += content;
  });
  return text;
}
