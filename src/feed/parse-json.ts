/**
 * JSON.parse that says where a syntax error is, as line and column, because "Unexpected token"
 * alone does not help someone fix a 2 MB feed.
 */

export interface JsonSyntaxError {
  /** 1-based line of the error. */
  line: number;
  /** 1-based column of the error (in UTF-16 code units). */
  column: number;
  /** What the parser objected to, without its own position suffix. */
  reason: string;
  /** One sentence: reason, line and column. */
  message: string;
}

export type JsonParseResult = {ok: true; value: unknown} | {ok: false; error: JsonSyntaxError};

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return {line, column: offset - lineStart + 1};
}

export function parseJson(text: string): JsonParseResult {
  // A byte-order mark is common in files saved by spreadsheet tools; JSON.parse refuses it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return {ok: true, value: JSON.parse(body)};
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(raw);
    // Some engine messages carry no position; find it by scanning, which only failures pay for.
    const offset = position ? Number(position[1]) : firstSyntaxErrorOffset(body);
    const {line, column} = lineAndColumn(body, offset);
    const reason =
      body.trim() === ''
        ? 'the document is empty'
        : raw
            .replace(/\s*(in JSON )?at position \d+.*$/, '')
            .replace(/^JSON\.parse: /, '')
            .replace(/, (\.\.\.)?".*$/s, '')
            .trim() || 'invalid JSON';
    return {ok: false, error: {line, column, reason, message: `Not valid JSON: ${reason} at line ${line}, column ${column}.`}};
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const STRING_CHARS = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/**
 * Offset of the first character at which `text` stops being JSON. An explicit stack instead of
 * recursion, so a hostile, deeply nested document cannot overflow the call stack.
 */
export function firstSyntaxErrorOffset(text: string): number {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
  };
  // What the scanner expects next: a value, or (inside a container) a separator or closer.
  const stack: Array<'{' | '['> = [];
  let expectValue = true;
  for (;;) {
    skip();
    if (i >= text.length) return i;
    const c = text[i];
    if (expectValue) {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expectValue = false;
        } else if (c === '{') {
          if (!readKey()) return i;
        }
        if (stack.length === 0 && !expectValue) break;
        continue;
      }
      if (c === '"') {
        if (!readString()) return i;
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return i;
        i = NUMBER.lastIndex;
      } else {
        const literal = LITERALS.find((word) => text.startsWith(word, i));
        if (!literal) return i;
        i += literal.length;
      }
      expectValue = false;
      if (stack.length === 0) break;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === ',') {
      i++;
      if (top === '{') {
        skip();
        if (!readKey()) return i;
      }
      expectValue = true;
    } else if (c === (top === '{' ? '}' : ']')) {
      stack.pop();
      i++;
      if (stack.length === 0) break;
    } else {
      return i;
    }
  }
  skip();
  return i;

  function readString(): boolean {
    STRING_CHARS.lastIndex = i + 1;
    STRING_CHARS.test(text);
    if (text[STRING_CHARS.lastIndex] !== '"') {
      i = STRING_CHARS.lastIndex;
      return false;
    }
    i = STRING_CHARS.lastIndex + 1;
    return true;
  }

  function readKey(): boolean {
    skip();
    if (text[i] !== '"' || !readString()) return false;
    skip();
    if (text[i] !== ':') return false;
    i++;
    expectValue = true;
    return true;
  }
}
