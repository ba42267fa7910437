import {expect} from '@open-wc/testing';
import {chooseLocales, hasDateData, readLanguageList} from '../../src/i18n/locales.js';
import {calendarOf, weekStartOf} from '../../src/i18n/calendars.js';
import {SHIPPED_LANGUAGES} from '../../src/i18n/catalogues.js';

const SHIPPED = new Set(SHIPPED_LANGUAGES);

describe('chooseLocales', () => {
  it('writes words in the first language with a catalogue, and dates in the first this browser has dates for', () => {
    expect(chooseLocales('tg ru', SHIPPED)).to.deep.include({words: 'tg', catalogue: 'tg', dates: 'ru'});
    expect(chooseLocales('de fa-AF', SHIPPED)).to.deep.include({words: 'fa-AF', catalogue: 'fa', dates: 'de'});
    expect(chooseLocales('ru, en', SHIPPED)).to.deep.include({words: 'ru', dates: 'ru'});
  });

  it('gives a language without date data the one its readers also read: Tajik and Uzbek Russian, Pashto Dari', () => {
    expect(hasDateData('tg')).to.equal(false);
    expect(hasDateData('ps')).to.equal(false);
    // Chromium lists Uzbek but writes its months "M09".
    expect(hasDateData('uz')).to.equal(false);
    expect(hasDateData('fa-AF')).to.equal(true);
    expect(chooseLocales('tg', SHIPPED)).to.deep.include({words: 'tg', dates: 'ru'});
    expect(chooseLocales('uz', SHIPPED)).to.deep.include({words: 'uz', dates: 'ru'});
    expect(chooseLocales('ps', SHIPPED)).to.deep.include({words: 'ps', dates: 'fa-AF'});
    // Dari's own code is read as fa-AF.
    expect(chooseLocales('prs', SHIPPED)).to.deep.include({words: 'fa-AF', catalogue: 'fa'});
  });

  it('reads "en_US" as en-US and skips what is no tag at all, saying so, never throwing', () => {
    expect(readLanguageList('en_US')).to.deep.equal({
      tags: ['en-US'],
      problems: ['"en_US" is not a language tag (BCP 47 separates its parts with "-"): read as "en-US".'],
    });
    const choice = chooseLocales('!!, fa_AF', SHIPPED);
    expect(choice).to.deep.include({words: 'fa-AF', dates: 'fa-AF'});
    expect(choice.problems).to.have.length(2);
    expect(choice.problems[0]).to.equal('"!!" is not a language tag (BCP 47, e.g. "fa-AF"): skipped.');
    expect(chooseLocales('', SHIPPED)).to.deep.equal({words: 'en', catalogue: 'en', dates: undefined, problems: []});
    expect(chooseLocales('x'.repeat(500), SHIPPED).words).to.equal('en');
  });
});

describe('calendars and weeks', () => {
  it('uses the Solar Hijri calendar for Dari, the Gregorian for Russian, and an Islamic one where the tag asks', () => {
    const report = () => undefined;
    expect(calendarOf(undefined, 'fa-AF', report)).to.equal('persian');
    expect(calendarOf(undefined, 'ru', report)).to.equal('gregory');
    expect(calendarOf(undefined, 'ar-SA-u-ca-islamic-umalqura', report)).to.equal('islamic-umalqura');
    expect(calendarOf('gregory', 'fa-AF', report)).to.equal('gregory');
  });

  it('reports a calendar the browser does not know and uses the locale’s', () => {
    const problems: string[] = [];
    expect(calendarOf('martian', 'fa-AF', (problem) => problems.push(problem))).to.equal('persian');
    expect(problems).to.deep.equal([
      '"martian" is not a calendar this browser knows (e.g. "persian", "gregory", "islamic-umalqura"): the locale\'s own is used.',
    ]);
  });

  it('starts weeks on Saturday in Afghanistan, Sunday in the US, Monday in Russia', () => {
    expect([weekStartOf('fa-AF'), weekStartOf('ps'), weekStartOf('en-US'), weekStartOf('ru'), weekStartOf('en-GB')]).to.deep.equal([6, 6, 7, 1, 1]);
  });
});
