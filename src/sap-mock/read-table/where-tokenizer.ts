/** A token of an Open SQL WHERE clause. */
export type Token =
  | { kind: 'word'; text: string; position: number }
  | { kind: 'literal'; text: string; position: number }
  | { kind: 'number'; text: string; position: number }
  | { kind: 'operator'; text: string; position: number }
  | { kind: 'punctuation'; text: '(' | ')' | ','; position: number }
  | { kind: 'end'; text: ''; position: number };

/** A WHERE clause that does not follow Open SQL syntax. */
export class WhereSyntaxError extends Error {
  readonly code = 'OPTION_NOT_VALID';

  constructor(message: string, position: number) {
    super(`${message} at position ${position + 1}`);
    this.name = 'WhereSyntaxError';
  }
}

const operators = ['<>', '<=', '>=', '=', '<', '>'];

/** Splits a WHERE clause into tokens; quoted literals keep their content ('' = one quote). */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;

  while (position < source.length) {
    const char = source.charAt(position);
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      position += 1;
      continue;
    }

    const token = readToken(source, position);
    tokens.push(token.token);
    position = token.next;
  }
  tokens.push({ kind: 'end', text: '', position: source.length });
  return tokens;
}

function readToken(source: string, position: number): { token: Token; next: number } {
  const char = source.charAt(position);
  if (char === "'") return readLiteral(source, position);
  if (char === '(' || char === ')' || char === ',') {
    return { token: { kind: 'punctuation', text: char, position }, next: position + 1 };
  }

  const operator = operators.find((candidate) => source.startsWith(candidate, position));
  if (operator !== undefined) {
    return {
      token: { kind: 'operator', text: operator, position },
      next: position + operator.length,
    };
  }

  const number = /^-?\d+/.exec(source.slice(position))?.[0];
  if (number !== undefined) {
    return { token: { kind: 'number', text: number, position }, next: position + number.length };
  }

  const word = /^[A-Za-z_/][A-Za-z0-9_/]*/.exec(source.slice(position))?.[0];
  if (word !== undefined) {
    return { token: { kind: 'word', text: word, position }, next: position + word.length };
  }
  throw new WhereSyntaxError(`Unexpected character '${char}'`, position);
}

function readLiteral(source: string, start: number): { token: Token; next: number } {
  let text = '';
  let position = start + 1;

  while (position < source.length) {
    const char = source.charAt(position);
    if (char !== "'") {
      text += char;
      position += 1;
    } else if (source.charAt(position + 1) === "'") {
      text += "'";
      position += 2;
    } else {
      return { token: { kind: 'literal', text, position: start }, next: position + 1 };
    }
  }
  throw new WhereSyntaxError('Unterminated literal', start);
}
