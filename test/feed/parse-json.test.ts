import {expect} from '@open-wc/testing';
import {firstSyntaxErrorOffset, lineAndColumn, parseJson} from '../../src/feed/parse-json.js';

describe('parseJson', () => {
  it('returns the value of valid JSON, ignoring a byte-order mark', () => {
    expect(parseJson('\ufeff{"a": [1, 2]}')).to.deep.equal({ok: true, value: {a: [1, 2]}});
  });

  it('reports the line and column of a syntax error', () => {
    const result = parseJson('{\n  "version": "1.0",\n  "title": oops\n}');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.error.line).to.equal(3);
    expect(result.error.column).to.equal(12);
    expect(result.error.message).to.match(/^Not valid JSON: .+ at line 3, column 12\.$/);
  });

  it('reports a document cut short at its end', () => {
    const result = parseJson('{"version": "1.0",\n"alerts": [');
    if (result.ok) throw new Error('expected a syntax error');
    expect(result.error.line).to.equal(2);
    expect(result.error.column).to.equal(12);
  });

  it('says an empty document is empty', () => {
    const result = parseJson('  ');
    if (result.ok) throw new Error('expected a syntax error');
    expect(result.error.reason).to.equal('the document is empty');
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).to.deep.equal({line: 1, column: 1});
    expect(lineAndColumn('ab\ncd', 4)).to.deep.equal({line: 2, column: 2});
  });
});

describe('firstSyntaxErrorOffset', () => {
  const cases: Array<[string, string, number]> = [
    ['a bare word', '{"a": oops}', 6],
    ['a trailing comma in an object', '{"a": 1,}', 8],
    ['a trailing comma in a list', '[1, 2,]', 6],
    ['a missing colon', '{"a" 1}', 5],
    ['a single-quoted string', "{'a': 1}", 1],
    ['a control character in a string', '["a\u0001"]', 3],
    ['text after the document', '{} x', 3],
    ['an unclosed list', '[1, 2', 5],
    ['a leading zero', '[01]', 2],
  ];
  for (const [what, text, offset] of cases) {
    it(`finds ${what} at offset ${offset}`, () => {
      expect(() => JSON.parse(text) as unknown).to.throw();
      expect(firstSyntaxErrorOffset(text)).to.equal(offset);
    });
  }

  it('survives 100,000 levels of nesting', () => {
    expect(firstSyntaxErrorOffset('['.repeat(100_000) + 'x')).to.equal(100_000);
  });
});
