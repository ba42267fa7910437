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

  describe('realistic', () => {
    const options = {incidents: 2000, alerts: 50, locations: 8, years: 5, seed: 1};
    const plain = syntheticFeed(options);
    const document = syntheticFeed({...options, realistic: true});
    const incidents = document.incidents!;

    it('validates with no problem at all, as format 1.1', () => {
      const {feed, problems} = validateFeed(JSON.parse(JSON.stringify(document)));
      expect(problems).to.deep.equal([]);
      expect(document.version).to.equal('1.1');
      expect(feed!.incidents.length).to.equal(2000);
      expect(JSON.stringify(syntheticFeed({...options, realistic: true}))).to.equal(JSON.stringify(document));
    });

    it('keeps the dates, places, categories and statuses of the feed without it', () => {
      const shape = (items: typeof incidents) =>
        items.map(({id, when, title, category, status, severity, location}) => [id, when, title, category, status, severity, location?.name]);
      expect(shape(incidents)).to.deep.equal(shape(plain.incidents!));
      expect(document.alerts).to.deep.equal(plain.alerts);
    });

    it('gives varied summaries of 150–400 characters, and about 640 bytes of JSON an incident', () => {
      const lengths = incidents.map((incident) => incident.summary!.length);
      expect(Math.min(...lengths)).to.be.at.least(150);
      expect(Math.max(...lengths)).to.be.at.most(400);
      expect(Math.max(...lengths)).to.be.above(350);
      expect(new Set(incidents.map((incident) => incident.summary)).size).to.be.above(1900);
      const bytesEach = JSON.stringify(document).length / incidents.length;
      expect(bytesEach).to.be.within(550, 700);
    });

    it('names actors with their roles, counts fatalities with a long tail, and cites 1–3 sources', () => {
      const sourceIds = new Set(document.sources!.map((source) => source.id));
      const roles = new Set<string>();
      const best: number[] = [];
      for (const incident of incidents) {
        const actors = incident.actors as Array<{name: string; role: string; with?: string}>;
        expect(actors[0].role).to.equal('side-a');
        for (const actor of actors) {
          roles.add(actor.role);
          if (actor.role === 'associated') expect(actors.some((other) => other.role !== 'associated' && other.name === actor.with)).to.equal(true);
        }
        const fatalities = incident.fatalities as {best: number; low: number; high: number};
        expect(fatalities.low).to.be.at.most(fatalities.best);
        expect(fatalities.high).to.be.at.least(fatalities.best);
        best.push(fatalities.best);
        expect(incident.location).to.have.all.keys('name', 'country', 'admin1', 'admin2');
        expect(incident.sources!.length).to.be.within(1, 3);
        expect(new Set(incident.sources).size).to.equal(incident.sources!.length);
        expect(incident.sources!.every((id) => sourceIds.has(id))).to.equal(true);
      }
      expect([...roles].sort()).to.deep.equal(['associated', 'side-a', 'side-b']);
      expect(best.filter((count) => count === 0).length / best.length).to.be.within(0.6, 0.95);
      expect(Math.max(...best)).to.be.above(50);
      expect(new Set(incidents.map((incident) => incident.sources!.length))).to.deep.equal(new Set([1, 2, 3]));
    });
  });
});
