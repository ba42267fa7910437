import {expect} from '@open-wc/testing';
import {syntheticFeed} from '../../src/testing/synthetic-feed.js';
import {validateFeed} from '../../src/feed/validate.js';
import {INCIDENT_STATUSES} from '../../src/feed/types.js';

describe('syntheticFeed', () => {
  it('is deterministic: the same options give the identical document', () => {
    const options = {incidents: 500, seed: 42, timeZone: 'Asia/Dushanbe'};
    expect(JSON.stringify(syntheticFeed(options))).to.equal(JSON.stringify(syntheticFeed({...options})));
  });

  it('gives a different document for a different seed', () => {
    expect(JSON.stringify(syntheticFeed({incidents: 50, seed: 1}))).to.not.equal(JSON.stringify(syntheticFeed({incidents: 50, seed: 2})));
  });

  it('produces every status and every kind of uncertain date', () => {
    const document = syntheticFeed({incidents: 1000, seed: 3});
    expect(new Set(document.incidents!.map((incident) => incident.status))).to.deep.equal(new Set(INCIDENT_STATUSES));
    const {feed} = validateFeed(document);
    const precisions = new Set(feed!.incidents.map((incident) => incident.time.precision));
    // Exact days and minutes, and the uncertain kinds: a whole year, a month, an ISO week, an earliest–latest range.
    expect([...precisions].sort()).to.deep.equal(['day', 'minute', 'month', 'range', 'week', 'year']);
    const uncertain = feed!.incidents.filter((incident) => incident.time.latest - incident.time.earliest > 86_400_000 + 3_600_000);
    expect(uncertain.length).to.be.greaterThan(100);
  });

  it('validates with no problem at all for 1,000 incidents', () => {
    const document = syntheticFeed({incidents: 1000, seed: 11});
    const {feed, problems} = validateFeed(document);
    expect(problems).to.deep.equal([]);
    expect(feed!.incidents.length).to.equal(1000);
    expect(feed!.alerts.length).to.equal(5);
    expect(feed!.timeZone).to.equal('Europe/Berlin');
    expect(feed!.incidents.every((incident) => incident.sources.length === 1)).to.equal(true);
  });
});
