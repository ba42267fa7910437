import {expect} from '@open-wc/testing';
import {validateFeed} from '../../src/feed/validate.js';

const feed = (view: unknown) => ({version: '1.1', region: {name: 'Border', timeZone: 'Asia/Dushanbe'}, view, alerts: [], incidents: []});

describe('the first view a feed names', () => {
  it('is read in the feed’s zone, its end date counting to the end of that day', () => {
    const {feed: read, problems} = validateFeed(feed({start: '2024-09-01', end: '2024-10-25'}));
    expect(problems).to.deep.equal([]);
    expect(read!.view).to.deep.equal({start: Date.parse('2024-08-31T19:00:00Z'), end: Date.parse('2024-10-25T19:00:00Z')});
  });

  it('is left out, saying why, when it ends before it starts or is not made of dates', () => {
    const backwards = validateFeed(feed({start: '2024-10-25', end: '2024-09-01'}));
    expect(backwards.feed!.view).to.equal(undefined);
    expect(backwards.problems.map((problem) => problem.pointer)).to.deep.equal(['/view/end']);
    const notDates = validateFeed(feed({start: 'soon', end: '2024-09-01'}));
    expect(notDates.feed!.view).to.equal(undefined);
    expect(notDates.problems.map((problem) => problem.pointer)).to.deep.equal(['/view/start']);
  });
});
