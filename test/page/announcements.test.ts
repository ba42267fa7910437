/** What a screen reader hears as focus moves through the chart: the item, where it stands, and the ends. */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';

describe('announcements', () => {
  it('give the item’s place among all, its severity, its lane and the alert in force, and say when there is nothing further', async () => {
    const element = await fixture<SecurityTimeline>(
      html`<security-timeline style="width: 900px" src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-25"></security-timeline>`,
    );
    const harness = new TimelineHarness(element);
    await harness.loaded();
    const heard = async (key: string) => {
      await sendKeys({press: key});
      await element.updateComplete;
      return element.shadowRoot!.querySelector('[aria-live]')!.textContent;
    };
    harness.chart.focus();
    const first = await heard('ArrowRight');
    expect(first).to.equal(
      'Jamaat Ansarullah militants arrive in Nawabad. mid-September 2024 (Sep 10 – 20, 2024). Reported, Movement, Nawabad. 2 of 5. Severity: 3 of 5. Lane: Nawabad.',
    );
    const reconnaissance = await heard('ArrowRight');
    expect(reconnaissance).to.contain('3 of 5. Severity: 3 of 5. Lane: Ai-Khanum border post.');
    const last = await heard('End');
    expect(last).to.contain('5 of 5.');
    expect(last).to.contain('During the Highest alert: Highest alert on the Tajik–Afghan border.');
    expect(await heard('ArrowRight')).to.equal('No later item.');
    await heard('Home');
    expect(await heard('ArrowLeft')).to.equal('No earlier item.');
  });
});

describe('the chart for screen readers', () => {
  it('is one tab stop with the application role, named by what it holds and how its keys work', async () => {
    const element = await fixture<SecurityTimeline>(html`<security-timeline style="width: 900px" src=${SEED_URL}></security-timeline>`);
    const harness = new TimelineHarness(element);
    await harness.loaded();
    expect(harness.chart.getAttribute('role')).to.equal('application');
    expect(harness.chart.getAttribute('aria-roledescription')).to.equal('timeline');
    expect(harness.chart.tabIndex).to.equal(0);
    expect(harness.chart.getAttribute('aria-label')).to.contain('Arrow keys move between incidents');
    await expect(element).to.be.accessible();
  });
});

describe('up and down between lanes and alert bands', () => {
  it('go up to an alert in view and back down to the incident they came from', async () => {
    const element = await fixture<SecurityTimeline>(
      html`<security-timeline style="width: 900px" src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-25"></security-timeline>`,
    );
    const harness = new TimelineHarness(element);
    await harness.loaded();
    harness.chart.focus();
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowRight'});
    await element.updateComplete;
    const live = () => element.shadowRoot!.querySelector('[aria-live]')!.textContent;
    expect(live()).to.match(/^Reconnaissance of the Ai-Khanum border post\./);
    const before = harness.window();
    // Up from the top lanes to the alert bands: the alert in view, the view unchanged.
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({press: 'ArrowUp'});
    await sendKeys({press: 'ArrowUp'});
    await element.updateComplete;
    expect(live()).to.match(/^Alert: Highest alert on the Tajik–Afghan border\./);
    expect(harness.window()).to.deep.equal(before);
    await sendKeys({press: 'ArrowDown'});
    await element.updateComplete;
    expect(live(), 'back where focus came from').to.match(/^Jamaat Ansarullah militants arrive in Nawabad\./);
  });
});

describe('the selection for screen readers', () => {
  it('is part of the chart’s description, and said when focus comes back to the selected item', async () => {
    const element = await fixture<SecurityTimeline>(
      html`<security-timeline style="width: 900px" src=${SEED_URL} group-by="location" start="2024-09-01" end="2024-10-25"></security-timeline>`,
    );
    const harness = new TimelineHarness(element);
    await harness.loaded();
    expect(harness.chart.hasAttribute('aria-describedby')).to.equal(false);
    const live = () => element.shadowRoot!.querySelector('[aria-live]')!.textContent;
    harness.chart.focus();
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    const description = element.shadowRoot!.getElementById(harness.chart.getAttribute('aria-describedby')!);
    expect(description!.textContent).to.equal('Selected incident: Jamaat Ansarullah militants arrive in Nawabad.');
    // The details opened; back in the chart, moving away and back says which item is the selected one.
    harness.chart.focus();
    await sendKeys({press: 'ArrowRight'});
    await element.updateComplete;
    expect(live()).not.to.contain('Selected.');
    await sendKeys({press: 'ArrowLeft'});
    await element.updateComplete;
    expect(live()).to.contain('2 of 5. Selected. Severity: 3 of 5.');
    await sendKeys({press: 'Escape'});
    await element.updateComplete;
    expect(harness.chart.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('says when the selected item is one the filters hide, which the keys never reach', async () => {
    const element = await fixture<SecurityTimeline>(
      html`<security-timeline
        style="width: 900px"
        src=${SEED_URL}
        start="2024-09-01"
        end="2024-10-25"
        categories="reconnaissance"
        selected="ansarullah-arrive-nawabad"
      ></security-timeline>`,
    );
    const harness = new TimelineHarness(element);
    await harness.loaded();
    const details = element.shadowRoot!.querySelector('[part="details"]')!;
    expect(details.querySelector('h3')!.textContent).to.equal('Jamaat Ansarullah militants arrive in Nawabad');
    expect(details.querySelector('.hidden-note')!.textContent).to.equal('Not in the chart: the filters hide it.');
    expect(harness.markers().map((marker) => marker.id)).not.to.include('ansarullah-arrive-nawabad');
    const live = () => element.shadowRoot!.querySelector('[aria-live]')!.textContent;
    harness.chart.focus();
    const heard: string[] = [];
    for (let step = 0; step < 4; step++) {
      await sendKeys({press: 'ArrowRight'});
      await element.updateComplete;
      heard.push(live());
    }
    expect(heard.join(' ')).not.to.contain('Nawabad');
    // Once the filter lets it through, the note goes.
    element.categories = undefined;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="details"] .hidden-note')).to.equal(null);
  });
});
