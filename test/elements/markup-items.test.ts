import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {SecurityTimeline, SecurityTimelineIncident} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';

async function mount(template: ReturnType<typeof html>) {
  const element = await fixture<SecurityTimeline>(template);
  const harness = new TimelineHarness(element);
  await harness.loaded();
  return {element, harness};
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('<security-timeline> with markup items', () => {
  it('draws alerts and incidents written as child elements, without a feed file', async () => {
    const {harness, element} = await mount(html`<security-timeline time-zone="Asia/Dushanbe" group-by="location" start="2024-09-01" end="2024-10-25">
      <security-timeline-alert id="alert" start="2024-09-24" end="2024-10-15" level="highest" areas="Badakhshan, Takhar">
        Highest alert
      </security-timeline-alert>
      <security-timeline-incident id="arrival" when="2024-09" precision="month" status="reported" category="movement" location="Nawabad, Takhar" country="Afghanistan" actors="Jamaat Ansarullah">
        Militants arrive in Nawabad
      </security-timeline-incident>
      <security-timeline-incident id="expected" earliest="2024-10-02" latest="2024-10-09" date-label="in the coming days" status="expected" category="reconnaissance" location="Khamadoni crossing" severity="4">
        Reconnaissance expected near the crossing
      </security-timeline-incident>
    </security-timeline>`);
    expect(element.problems).to.deep.equal([]);
    expect(harness.bands().map((b) => b.id)).to.deep.equal(['alert']);
    expect(
      harness
        .markers()
        .map((m) => m.id)
        .sort(),
    ).to.deep.equal(['arrival', 'expected']);
    expect(harness.laneLabels()).to.deep.equal(['Nawabad', 'Khamadoni crossing']);
    const arrival = element.data!.incidents.find((i) => i.id === 'arrival')!;
    expect(arrival.time.precision).to.equal('month');
    expect(arrival.location).to.deep.equal({name: 'Nawabad', admin1: 'Takhar', country: 'Afghanistan'});
    expect(new Date(element.data!.alerts[0].end).toISOString()).to.equal('2024-10-15T19:00:00.000Z');
  });

  it('validates markup exactly as a feed: a wrong status is a problem with its pointer, the rest still draws', async () => {
    const {harness, element} = await mount(html`<security-timeline start="2024-09-01" end="2024-10-25">
      <security-timeline-incident id="good" when="2024-09-20" status="confirmed" category="attack">Good</security-timeline-incident>
      <security-timeline-incident id="bad" when="2024-09-21" status="rumoured" category="attack">Bad</security-timeline-incident>
      <security-timeline-incident id="bad-severity" when="2024-09-22" status="reported" category="attack" severity="grave">Bad severity</security-timeline-incident>
    </security-timeline>`);
    expect(
      harness
        .markers()
        .map((m) => m.id)
        .sort(),
    ).to.deep.equal(['bad-severity', 'good']);
    expect(element.problems.map((p) => [p.pointer, p.dropped])).to.deep.equal([
      ['/incidents/1/status', 'item'],
      ['/incidents/2/severity', 'value'],
    ]);
  });

  it('follows children being added, edited and removed', async () => {
    const {harness, element} = await mount(html`<security-timeline group-by="category" start="2024-09-01" end="2024-10-25">
      <security-timeline-incident id="one" when="2024-09-20" status="confirmed" category="attack">One</security-timeline-incident>
    </security-timeline>`);
    expect(harness.markers().map((m) => m.id)).to.deep.equal(['one']);

    const added = document.createElement('security-timeline-incident');
    Object.assign(added, {id: 'two'});
    added.setAttribute('when', '2024-10-01');
    added.setAttribute('status', 'expected');
    added.setAttribute('category', 'clash');
    added.textContent = 'Two';
    element.append(added);
    await nextFrame();
    await harness.settle();
    expect(
      harness
        .markers()
        .map((m) => m.id)
        .sort(),
    ).to.deep.equal(['one', 'two']);

    added.setAttribute('status', 'denied');
    await nextFrame();
    await harness.settle();
    expect(harness.marker('two')!.status).to.equal('denied');

    added.textContent = 'Two, renamed';
    await nextFrame();
    await harness.settle();
    expect(element.data!.incidents.find((i) => i.id === 'two')!.title).to.equal('Two, renamed');

    element.querySelector('#one')!.remove();
    await nextFrame();
    await harness.settle();
    expect(harness.markers().map((m) => m.id)).to.deep.equal(['two']);
  });

  it('gives each markup item a property for each of its attributes', async () => {
    const item = await fixture<SecurityTimelineIncident>(html`<security-timeline-incident></security-timeline-incident>`);
    item.status = 'expected';
    item.when = '2024-10';
    await item.updateComplete;
    expect(item.getAttribute('status')).to.equal('expected');
    expect(item.getAttribute('when')).to.equal('2024-10');
  });
});
