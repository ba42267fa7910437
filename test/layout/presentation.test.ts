import {expect} from '@open-wc/testing';
import {fitToWidth, needsDarkText} from '../../src/layout/presentation.js';
import {DEFAULT_LEVELS} from '../../src/feed/validate.js';

describe('needsDarkText', () => {
  it('picks dark text on light colours and white text on dark ones', () => {
    expect(needsDarkText('#ffffff')).to.equal(true);
    expect(needsDarkText('#e9c46a')).to.equal(true);
    expect(needsDarkText('#000000')).to.equal(false);
    expect(needsDarkText('#b5179e')).to.equal(false);
  });

  it('keeps white text for anything that is not #rrggbb', () => {
    expect(needsDarkText('red')).to.equal(false);
  });

  it('gives every default level a label colour of at least 4.5:1 contrast', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const level of DEFAULT_LEVELS) {
      const l = luminance(level.color!);
      const contrast = needsDarkText(level.color!) ? (l + 0.05) / (luminance('#111111') + 0.05) : 1.05 / (l + 0.05);
      expect(contrast, level.id).to.be.at.least(4.5);
    }
  });
});

describe('fitToWidth', () => {
  // Every character 10 px wide, the ellipsis too.
  const width = (text: string) => Array.from(text).length * 10;

  it('keeps a text that fits whole, and cuts one that does not to the longest start that fits with an ellipsis', () => {
    expect(fitToWidth('Herat', 50, width)).to.equal('Herat');
    expect(fitToWidth('Kandahar', 50, width)).to.equal('Kand…');
    expect(width(fitToWidth('Kandahar', 79, width))).to.be.at.most(79);
    expect(fitToWidth('Kandahar', 79, width)).to.equal('Kandah…');
  });

  it('keeps at least one character, never splits a surrogate pair, and draws no space before the ellipsis', () => {
    expect(fitToWidth('Kandahar', 5, width)).to.equal('K…');
    expect(fitToWidth('𝔄𝔅𝔆𝔇𝔈', 30, width)).to.equal('𝔄𝔅…');
    expect(fitToWidth('Nord Kivu', 60, width)).to.equal('Nord…');
  });
});
