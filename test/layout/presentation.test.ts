import {expect} from '@open-wc/testing';
import {needsDarkText} from '../../src/layout/presentation.js';
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
