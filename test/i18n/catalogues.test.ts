import {expect} from '@open-wc/testing';
import type {Message, MessageKey} from '../../src/i18n/messages.js';
import {ENGLISH} from '../../src/i18n/english.js';
import {
  catalogueNames,
  cataloguesOf,
  defineMessages,
  isMessageName,
  loadCatalogue,
  readMessages,
  SHIPPED_LANGUAGES,
} from '../../src/i18n/catalogues.js';
import {ON_DEMAND_ENGLISH} from '../../src/i18n/messages-on-demand.js';
import {isolate, translator} from '../../src/i18n/translate.js';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
const forms = (message: Message) => (typeof message === 'string' ? {text: message} : message);

describe('the shipped catalogues', () => {
  for (const lang of SHIPPED_LANGUAGES.filter((code) => code !== 'en')) {
    it(`${lang}: gives every message, no other, with the English placeholders and every plural form its language has`, async () => {
      await loadCatalogue(lang);
      const [messages] = cataloguesOf(lang)!;
      expect(Object.keys(messages).sort()).to.deep.equal(Object.keys(ENGLISH).sort());
      // This browser has no plural rules for Tajik: its forms are those of any language without cases, one and other.
      const categories = new Intl.PluralRules(lang === 'tg' ? 'uz' : lang).resolvedOptions().pluralCategories.slice().sort();
      for (const key of Object.keys(ENGLISH) as MessageKey[]) {
        const english = ENGLISH[key];
        const wanted = placeholders(typeof english === 'string' ? english : english.other);
        const message = messages[key]!;
        if (typeof english === 'string') {
          expect(message, `${lang} ${key}`).to.be.a('string');
          expect(placeholders(message as string), `${lang} ${key}`).to.deep.equal(wanted);
          continue;
        }
        expect(Object.keys(message).sort(), `${lang} ${key}: plural forms`).to.deep.equal(categories);
        for (const [category, text] of Object.entries(forms(message)) as Array<[string, string]>) {
          // Arabic writes one, two and none in words ("حادثتان"), without the number.
          const allowed =
            lang === 'ar' && ['zero', 'one', 'two'].includes(category) ? placeholders(text).every((name) => wanted.includes(name)) : null;
          if (allowed === null) expect(placeholders(text), `${lang} ${key} ${category}`).to.deep.equal(wanted);
          else expect(allowed, `${lang} ${key} ${category}`).to.equal(true);
        }
      }
    });
  }

  it('writes Dari in Persian letters (ی ک), Pashto with its own, and no catalogue holds HTML', async () => {
    for (const lang of ['fa', 'ps', 'ar', 'ru', 'tg', 'uz']) await loadCatalogue(lang);
    const text = (lang: string) => JSON.stringify(cataloguesOf(lang)![0]);
    expect(text('fa')).to.not.match(/[يك]/);
    expect(text('ps')).to.match(/[ټډړږښګڼېۍ]/);
    expect(text('tg')).to.match(/[ғӣқӯҳҷ]/);
    expect(text('uz')).to.not.match(/o'|g'/);
    for (const lang of SHIPPED_LANGUAGES.slice(1)) expect(text(lang), lang).to.not.match(/<[a-z]/i);
  });
});

describe('translator', () => {
  it('chooses the plural form by the language’s rules and writes numbers in the locale’s digits', async () => {
    await loadCatalogue('ru');
    const ru = translator(cataloguesOf('ru')!, 'ru', 'ru');
    expect([1, 2, 5, 21, 1000].map((count) => ru('incidents', {count}))).to.deep.equal([
      '1 инцидент',
      '2 инцидента',
      '5 инцидентов',
      '21 инцидент',
      '1\u00a0000 инцидентов',
    ]);
    await loadCatalogue('fa');
    const fa = translator(cataloguesOf('fa')!, 'fa-AF', 'fa-AF');
    expect(fa('incidents', {count: 12})).to.contain('۱۲');
    expect(fa.count(1015)).to.equal('۱٬۰۱۵');
  });

  it('isolates text of the other direction, and any text with bidi controls, and leaves the rest alone', () => {
    expect(isolate('Asia/Dushanbe', true)).to.equal('\u2068Asia/Dushanbe\u2069');
    expect(isolate('کابل', true)).to.equal('کابل');
    expect(isolate('کابل', false)).to.equal('\u2068کابل\u2069');
    expect(isolate('Kabul', false)).to.equal('Kabul');
    expect(isolate('evil\u202eelbat', false)).to.equal('\u2068evil\u202eelbat\u2069');
    const english = translator([], 'en', 'en');
    expect(english('selectedIncident', {title: 'حمله'})).to.equal('Selected incident: \u2068حمله\u2069.');
  });

  it('takes a page’s own messages first, and ignores what is not a message, saying why', () => {
    const {messages, problems} = readMessages({fitAll: 'Show all', incidents: {one: '{count} event', other: '{count} events'}, nope: 'x', table: 5});
    expect(messages).to.deep.equal({fitAll: 'Show all', incidents: {one: '{count} event', other: '{count} events'}});
    expect(problems).to.deep.equal([
      '"nope" is not a message name: ignored (the names are those of ENGLISH).',
      'The message "table" must be text or plural forms with "other": ignored.',
    ]);
    const t = translator([messages], 'en', 'en');
    expect([t('fitAll'), t('incidents', {count: 1}), t('incidents', {count: 3}), t('table')]).to.deep.equal([
      'Show all',
      '1 event',
      '3 events',
      'Table',
    ]);
    expect(readMessages('nonsense').problems).to.have.length(1);
    // A plural form that is not text falls back to `other` rather than throwing.
    expect(translator([{incidents: {one: 7, other: '{count} x'}} as never], 'en', 'en')('incidents', {count: 1})).to.equal('1 x');
  });

  it('knows the name of every message, the words of the parts that load on demand included, and no other', () => {
    for (const key of Object.keys(ENGLISH)) expect(isMessageName(key), key).to.equal(true);
    for (const key of ['nope', 'toString', 'constructor', '__proto__', '']) expect(isMessageName(key), key).to.equal(false);
    // A page rewording a message of the table is heard before the table's code has loaded.
    expect(readMessages({tableCaption: 'Everything from {span}'}).problems).to.deep.equal([]);
    const t = translator([{tableCaption: 'Everything from {span}'}], 'en', 'en');
    expect(t('tableCaption', {span: '2024'})).to.equal('Everything from 2024');
    // Once loaded, the words on demand are the English of any language without them.
    expect(translator([], 'de', 'de')('previousPage')).to.equal(ON_DEMAND_ENGLISH.previousPage);
  });

  it('lets a page add a language for every timeline', () => {
    expect(catalogueNames().has('de')).to.equal(false);
    expect(defineMessages('de', {fitAll: 'Alles zeigen'})).to.deep.equal([]);
    expect(catalogueNames().has('de')).to.equal(true);
    const t = translator(cataloguesOf('de')!, 'de', 'de');
    expect([t('fitAll'), t('zoomIn')]).to.deep.equal(['Alles zeigen', 'Zoom in']);
  });
});
