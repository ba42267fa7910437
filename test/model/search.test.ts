import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import type {AlertWindow, Incident} from '../../src/feed/types.js';
import {filterItems, findMatches, foldForSearch, itemMatches, MAX_QUERY_LENGTH, parseQuery, searchableFields} from '../../src/model/search.js';
import {alert, incident} from '../layout/fixtures.js';

/** The highlighted stretches of `text`, as the strings they cover. */
const highlighted = (text: string, query: string) => findMatches(text, query).map(({start, end}) => text.slice(start, end));

function richIncident(fields: Partial<Incident>): Incident {
  return {...incident('i-1', Date.UTC(2024, 8, 24)), ...fields};
}

describe('foldForSearch', () => {
  it('ignores case without regard to the locale', () => {
    expect(foldForSearch('İSTANBUL Dushanbe ДУШАНБЕ')).to.equal('istanbul dushanbe душанбе');
  });

  it('ignores diacritics, composed or not', () => {
    expect(foldForSearch('Café')).to.equal('cafe');
    expect(foldForSearch('Cafe\u0301')).to.equal('cafe');
    expect(foldForSearch('Ḫuǧand')).to.equal('hugand');
  });

  it('folds Arabic yeh, alef maksura and Persian yeh to one letter', () => {
    const persian = foldForSearch('\u06CC');
    expect(foldForSearch('\u064A')).to.equal(persian);
    expect(foldForSearch('\u0649')).to.equal(persian);
  });

  it('folds Arabic kaf to Persian kaf, and teh marbuta to heh', () => {
    expect(foldForSearch('\u0643')).to.equal('\u06A9');
    expect(foldForSearch('\u0629')).to.equal('\u0647');
  });

  it('folds hamza-carrying and madda alefs to a bare alef', () => {
    for (const alef of ['\u0622', '\u0623', '\u0625', '\u0671']) expect(foldForSearch(alef), alef).to.equal('\u0627');
  });

  it('removes tatweel, zero-width joiners and bidirectional controls', () => {
    expect(foldForSearch('\u0645\u0640\u0640\u0646')).to.equal('\u0645\u0646');
    expect(foldForSearch('\u0645\u06CC\u200C\u0634\u0648\u062F')).to.equal('\u0645\u06CC\u0634\u0648\u062F');
    expect(foldForSearch('\u2067Kabul\u2069 \u202Bx\u202C\u200E\u200F\u200D\u200B')).to.equal('kabul x');
  });

  it('reads Persian and Arabic-Indic digits as ASCII digits', () => {
    expect(foldForSearch('۱۴۰۳')).to.equal('1403');
    expect(foldForSearch('٢٠٢٤')).to.equal('2024');
  });

  it('matches Cyrillic and Latin as written, without transliterating one into the other', () => {
    expect(foldForSearch('Хорог')).not.to.equal(foldForSearch('Khorog'));
    expect(itemMatches(richIncident({title: 'Хорог'}), 'Khorog')).to.equal(false);
  });

  it('folds each character on its own: a text folds as its characters do, one by one', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'grapheme', maxLength: 30}), fc.string({unit: 'binary', maxLength: 30})), (text) => {
        const oneByOne = Array.from(text, (character) => foldForSearch(character)).join('');
        expect(foldForSearch(text)).to.equal(oneByOne);
      }),
    );
    // Lower case writes a word-final sigma differently; the fold does not.
    expect(foldForSearch('ΟΔΟΣ')).to.equal(foldForSearch('Ο') + foldForSearch('Δ') + foldForSearch('Ο') + foldForSearch('Σ'));
  });
});

describe('parseQuery', () => {
  it('trims, splits on whitespace and folds the terms, each once', () => {
    expect(parseQuery('  Nawabad\u00A0 TAKHAR nawabad ')).to.deep.equal({text: 'Nawabad\u00A0 TAKHAR nawabad', terms: ['nawabad', 'takhar']});
  });

  it('ignores empty queries, and queries of nothing searchable', () => {
    for (const empty of ['', '   ', '\u200C', '\u0640 \u200F', null, undefined]) expect(parseQuery(empty), String(empty)).to.equal(null);
  });

  it('caps the query at its length, never between the halves of a surrogate pair', () => {
    const long = parseQuery('a'.repeat(MAX_QUERY_LENGTH - 1) + '😀' + 'b'.repeat(50))!;
    expect(long.text).to.equal('a'.repeat(MAX_QUERY_LENGTH - 1));
    expect(parseQuery('x'.repeat(10_000))!.text.length).to.equal(MAX_QUERY_LENGTH);
  });
});

describe('findMatches', () => {
  it('finds a Persian-yeh title with an Arabic-yeh query, in original indices', () => {
    const title = 'حمله در شهر کابل و ولایت تخار'; // Persian yeh (ی) and keheh (ک)
    expect(highlighted(title, 'كابل')).to.deep.equal(['کابل']);
    expect(highlighted(title, 'ولايت')).to.deep.equal(['ولایت']);
  });

  it('maps matches back across characters the fold removes or expands', () => {
    const text = 'a\u0640\u0640b Caf\u00E9 \uFB01sh \u200Cx';
    expect(highlighted(text, 'ab')).to.deep.equal(['a\u0640\u0640b']);
    expect(highlighted(text, 'cafe')).to.deep.equal(['Caf\u00E9']);
    // "ﬁ" folds to "fi": a term matching part of it highlights the whole ligature.
    expect(highlighted(text, 'ish')).to.deep.equal(['\uFB01sh']);
  });

  it('keeps combining marks and surrogate pairs inside the highlight', () => {
    const text = 'x Cafe\u0301 😀 Zu\u0308rich';
    expect(highlighted(text, 'cafe')).to.deep.equal(['Cafe\u0301']);
    expect(highlighted(text, 'zurich')).to.deep.equal(['Zu\u0308rich']);
    expect(highlighted('😀😀ab😀', 'ab')).to.deep.equal(['ab']);
    const [range] = findMatches('😀😀ab😀', 'ab');
    expect(range).to.deep.equal({start: 4, end: 6});
  });

  it('highlights every term, every time, and joins overlapping ranges', () => {
    expect(highlighted('Border post, border crossing', 'border post')).to.deep.equal(['Border', 'post', 'border']);
    expect(highlighted('Borderpost', 'border post')).to.deep.equal(['Borderpost']);
    expect(findMatches('aaaa', 'aa')).to.deep.equal([{start: 0, end: 4}]);
    expect(findMatches('Takhar', 'zzz')).to.deep.equal([]);
    expect(findMatches('Takhar', '')).to.deep.equal([]);
  });

  it('never gives a range outside the text, whatever the text and query', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 40}), fc.string({unit: 'grapheme', maxLength: 6}), (text, query) => {
        let previousEnd = -1;
        for (const {start, end} of findMatches(text, query)) {
          expect(start).to.be.greaterThan(previousEnd);
          expect(end).to.be.greaterThan(start);
          expect(end).to.be.at.most(text.length);
          previousEnd = end;
        }
      }),
    );
  });

  it('finds a term wherever the text holds it', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 20}), fc.string({maxLength: 20}), fc.string({minLength: 1, maxLength: 3}), (before, after, term) => {
        const text = before + term + after;
        if (!parseQuery(term)) return;
        expect(findMatches(text, term).length).to.be.greaterThan(0);
      }),
    );
  });
});

describe('itemMatches', () => {
  const nawabad = richIncident({
    title: 'Jamaat Ansarullah militants arrive in Nawabad',
    summary: 'Fighters arrived in the north of the province.',
    category: 'movement',
    actors: [{name: 'Jamaat Ansarullah', role: 'side-a'}],
    location: {name: 'Nawabad', admin2: 'Dashti Qala', admin1: 'Takhar', country: 'Afghanistan'},
    sources: [{id: 's', publisher: 'News.Az', title: 'Militants near the Tajik border'}],
  });

  it('needs every term, each in any field', () => {
    expect(itemMatches(nawabad, 'ansarullah takhar')).to.equal(true);
    expect(itemMatches(nawabad, 'ANSARULLAH afghanistan news.az')).to.equal(true);
    expect(itemMatches(nawabad, 'ansarullah khatlon')).to.equal(false);
  });

  it('searches every field of an incident', () => {
    for (const term of ['arrive', 'province', 'movement', 'jamaat', 'nawabad', 'dashti', 'takhar', 'afghanistan', 'news.az', 'tajik']) {
      expect(itemMatches(nawabad, term), term).to.equal(true);
    }
  });

  it('searches every field of an alert', () => {
    const highest: AlertWindow = {
      ...alert('a-1', 0, 1),
      title: 'Highest alert',
      description: 'Threat from armed groups',
      areas: [{name: 'Tajik side of the border', country: 'Tajikistan'}],
      measures: [{kind: 'patrols', text: 'Additional patrols'}],
      sources: [{id: 's', publisher: 'Asia-Plus'}],
    };
    for (const term of ['highest', 'armed', 'side', 'patrols', 'asia-plus']) expect(itemMatches(highest, term), term).to.equal(true);
    expect(itemMatches(highest, 'curfew')).to.equal(false);
  });

  it('does not match a term across two fields', () => {
    const item = richIncident({title: 'Khorog', summary: 'Town'});
    expect(searchableFields(item)).to.include.members(['Khorog', 'Town']);
    expect(itemMatches(item, 'khorogtown')).to.equal(false);
    expect(itemMatches(item, 'rog\ntown')).to.equal(true);
  });

  it('finds Persian text typed with Arabic letters, and the other way round', () => {
    const persian = richIncident({title: 'درگیری در ولایت تخار', location: {name: 'کابل'}});
    expect(itemMatches(persian, 'ولايت')).to.equal(true);
    expect(itemMatches(persian, 'كابل')).to.equal(true);
    const arabic = richIncident({title: 'هجوم في مدينة كابل'});
    expect(itemMatches(arabic, 'کابل')).to.equal(true);
  });

  it('matches everything on an empty query', () => {
    expect(itemMatches(nawabad, '')).to.equal(true);
    expect(itemMatches(nawabad, null)).to.equal(true);
    const items = [nawabad];
    expect(filterItems(items, '  ')).to.equal(items);
  });

  it('folds an item once: what it was searched as first stays its text', () => {
    const item = richIncident({title: 'Khorog'});
    expect(itemMatches(item, 'khorog')).to.equal(true);
    // Items are read, not changed; a change made anyway is not seen, as the text is kept.
    item.title = 'Ishkashim';
    expect(itemMatches(item, 'khorog')).to.equal(true);
    expect(itemMatches(item, 'ishkashim')).to.equal(false);
  });

  it('filters 100,000 incidents on each keystroke of a query, finding the same items as a plain scan', () => {
    const places = ['Nawabad', 'Khorog', 'Ishkashim', 'Darvoz', 'Shahritus', 'Panj'];
    const incidents = Array.from({length: 100_000}, (_, i) =>
      richIncident({
        id: `i-${i}`,
        title: `Incident ${i} near ${places[i % places.length]}`,
        summary: 'Reported movement of armed groups along the border, with patrols reinforced on the other side.',
        location: {name: places[i % places.length], admin1: i % 2 ? 'Takhar' : 'Badakhshan', country: 'Afghanistan'},
      }),
    );
    const inKhorog = incidents.filter((item) => item.location!.name === 'Khorog');
    expect(filterItems(incidents, 'khorog')).to.deep.equal(inKhorog);
    // What each keystroke finds (its speed is the benchmark's business, not a test's).
    const found = ['k', 'kho', 'khorog', 'khorog ta', 'khorog takhar'].map((query) => filterItems(incidents, parseQuery(query)).length);
    expect(found.at(-1)).to.equal(inKhorog.filter((item) => item.location!.admin1 === 'Takhar').length);
    expect(found[2]).to.equal(inKhorog.length);
    // Narrowing a query never finds more.
    for (let i = 1; i < found.length; i++) expect(found[i]).to.be.at.most(found[i - 1]);
  });
});
