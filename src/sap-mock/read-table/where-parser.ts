import { WhereSyntaxError, tokenize } from './where-tokenizer.ts';
import type { Token } from './where-tokenizer.ts';

/** A comparison operator, normalised to its symbol. */
export type ComparisonOperator = '=' | '<>' | '<' | '>' | '<=' | '>=';

/** A value in a condition: a literal or another column. */
export type Operand = { kind: 'value'; value: string } | { kind: 'field'; field: string };

/** The syntax tree of a WHERE clause. */
export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; operand: Condition }
  | { kind: 'compare'; field: string; operator: ComparisonOperator; operand: Operand }
  | { kind: 'like'; field: string; pattern: string; escape: string | undefined }
  | { kind: 'in'; field: string; values: string[] }
  | { kind: 'between'; field: string; low: Operand; high: Operand }
  | { kind: 'initial'; field: string }
  | { kind: 'null'; field: string };

const wordOperators: Readonly<Record<string, ComparisonOperator>> = {
  EQ: '=',
  NE: '<>',
  LT: '<',
  GT: '>',
  LE: '<=',
  GE: '>=',
};

const reservedWords = new Set([
  'AND',
  'OR',
  'NOT',
  'LIKE',
  'IN',
  'BETWEEN',
  'IS',
  'INITIAL',
  'NULL',
  'ESCAPE',
  ...Object.keys(wordOperators),
]);

/** Parses an Open SQL WHERE clause; undefined for an empty clause; throws WhereSyntaxError. */
export function parseWhere(source: string): Condition | undefined {
  const parser = new WhereParser(tokenize(source));
  return parser.parse();
}

/** Recursive-descent parser: OR binds weaker than AND, AND weaker than NOT. */
class WhereParser {
  readonly #tokens: Token[];
  #index = 0;

  constructor(tokens: Token[]) {
    this.#tokens = tokens;
  }

  parse(): Condition | undefined {
    if (this.#peek().kind === 'end') return undefined;
    const condition = this.#parseOr();
    const rest = this.#peek();
    if (rest.kind !== 'end') throw new WhereSyntaxError(`Unexpected '${rest.text}'`, rest.position);
    return condition;
  }

  #parseOr(): Condition {
    let left = this.#parseAnd();
    while (this.#acceptWord('OR')) left = { kind: 'or', left, right: this.#parseAnd() };
    return left;
  }

  #parseAnd(): Condition {
    let left = this.#parseNot();
    while (this.#acceptWord('AND')) left = { kind: 'and', left, right: this.#parseNot() };
    return left;
  }

  #parseNot(): Condition {
    if (this.#acceptWord('NOT')) return { kind: 'not', operand: this.#parseNot() };
    if (this.#acceptPunctuation('(')) {
      const inner = this.#parseOr();
      this.#expectPunctuation(')');
      return inner;
    }
    return this.#parsePredicate();
  }

  #parsePredicate(): Condition {
    const field = this.#expectField();
    const token = this.#peek();

    if (token.kind === 'operator') {
      this.#index += 1;
      return {
        kind: 'compare',
        field,
        operator: token.text as ComparisonOperator,
        operand: this.#parseOperand(),
      };
    }
    const wordOperator =
      token.kind === 'word' ? wordOperators[token.text.toUpperCase()] : undefined;
    if (wordOperator !== undefined) {
      this.#index += 1;
      return { kind: 'compare', field, operator: wordOperator, operand: this.#parseOperand() };
    }
    if (this.#acceptWord('IS')) return this.#parseIs(field);

    const negated = this.#acceptWord('NOT');
    const condition = this.#parseKeywordPredicate(field);
    return negated ? { kind: 'not', operand: condition } : condition;
  }

  #parseKeywordPredicate(field: string): Condition {
    if (this.#acceptWord('LIKE')) {
      const pattern = this.#expectLiteral();
      const escape = this.#acceptWord('ESCAPE') ? this.#expectLiteral() : undefined;
      if (escape !== undefined && escape.length !== 1) {
        throw new WhereSyntaxError('ESCAPE needs exactly one character', this.#peek().position);
      }
      return { kind: 'like', field, pattern, escape };
    }
    if (this.#acceptWord('IN')) return { kind: 'in', field, values: this.#parseValueList() };
    if (this.#acceptWord('BETWEEN')) {
      const low = this.#parseOperand();
      this.#expectWord('AND');
      return { kind: 'between', field, low, high: this.#parseOperand() };
    }
    const token = this.#peek();
    throw new WhereSyntaxError(`Operator expected after ${field}`, token.position);
  }

  #parseIs(field: string): Condition {
    const negated = this.#acceptWord('NOT');
    let condition: Condition;
    if (this.#acceptWord('INITIAL')) condition = { kind: 'initial', field };
    else if (this.#acceptWord('NULL')) condition = { kind: 'null', field };
    else throw new WhereSyntaxError('INITIAL or NULL expected after IS', this.#peek().position);
    return negated ? { kind: 'not', operand: condition } : condition;
  }

  #parseValueList(): string[] {
    this.#expectPunctuation('(');
    const values = [this.#expectValue()];
    while (this.#acceptPunctuation(',')) values.push(this.#expectValue());
    this.#expectPunctuation(')');
    return values;
  }

  #parseOperand(): Operand {
    const token = this.#peek();
    if (token.kind === 'word' && !reservedWords.has(token.text.toUpperCase())) {
      return { kind: 'field', field: this.#expectField() };
    }
    return { kind: 'value', value: this.#expectValue() };
  }

  #expectValue(): string {
    const token = this.#peek();
    if (token.kind !== 'literal' && token.kind !== 'number') {
      throw new WhereSyntaxError('Literal expected', token.position);
    }
    this.#index += 1;
    return token.text;
  }

  #expectLiteral(): string {
    const token = this.#peek();
    if (token.kind !== 'literal')
      throw new WhereSyntaxError('Quoted literal expected', token.position);
    this.#index += 1;
    return token.text;
  }

  #expectField(): string {
    const token = this.#peek();
    if (token.kind !== 'word' || reservedWords.has(token.text.toUpperCase())) {
      throw new WhereSyntaxError('Field name expected', token.position);
    }
    this.#index += 1;
    return token.text.toUpperCase();
  }

  #acceptWord(word: string): boolean {
    const token = this.#peek();
    if (token.kind !== 'word' || token.text.toUpperCase() !== word) return false;
    this.#index += 1;
    return true;
  }

  #expectWord(word: string): void {
    if (!this.#acceptWord(word))
      throw new WhereSyntaxError(`${word} expected`, this.#peek().position);
  }

  #acceptPunctuation(text: '(' | ')' | ','): boolean {
    const token = this.#peek();
    if (token.kind !== 'punctuation' || token.text !== text) return false;
    this.#index += 1;
    return true;
  }

  #expectPunctuation(text: '(' | ')' | ','): void {
    if (!this.#acceptPunctuation(text)) {
      throw new WhereSyntaxError(`'${text}' expected`, this.#peek().position);
    }
  }

  #peek(): Token {
    const token = this.#tokens[this.#index] ?? this.#tokens.at(-1);
    if (token === undefined) throw new WhereSyntaxError('Empty token stream', 0);
    return token;
  }
}

/** The field names a condition refers to. */
export function fieldsOf(condition: Condition): string[] {
  switch (condition.kind) {
    case 'and':
    case 'or':
      return [...fieldsOf(condition.left), ...fieldsOf(condition.right)];
    case 'not':
      return fieldsOf(condition.operand);
    case 'compare':
      return [condition.field, ...operandFields(condition.operand)];
    case 'between':
      return [condition.field, ...operandFields(condition.low), ...operandFields(condition.high)];
    default:
      return [condition.field];
  }
}

function operandFields(operand: Operand): string[] {
  return operand.kind === 'field' ? [operand.field] : [];
}
