/**
 * A date known to the day, month or year is a date in the feed's region, and reads as that date
 * whatever zone the element shows times in (the test browser itself believes it is in New York).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';

const SEED_URL = '/data/tajik-afghan-border-2024.json';

/** Zones far from Dushanbe's (UTC+5) either way, one with a clock change, one on the feed's own side. */
const ZONES = ['UTC', 'America/New_York', 'Asia/Kabul', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

/** Every date the element writes of the seed's items: details (with sources), table rows, announcements. */
async function datesWritten(timeZone: string | undefined, calendar = '') {
  const element = await fixture<SecurityTimeline>(
    html`<security-timeline style="width: 1000px" src=${SEED_URL} time-zone=${timeZone ?? ''} calendar=${calendar} group-by="location" show-table start="2021-01-01" end="2024-12-31"></security-timeline>`,
  );
  const harness = new TimelineHarness(element);
  await harness.loaded();
  const details: Record<string, string> = {};
  for (const item of [...element.data!.alerts, ...element.data!.incidents]) {
    element.selected = item.id;
    await harness.settle();
    const panel = harness.details()!;
    const facts = [...panel.querySelectorAll('dt')].map(
      (dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent.replace(/\s+/g, ' ').trim()}`,
    );
    details[item.id] = facts.filter((fact) => /^(When|Sources)/.test(fact)).join(' | ');
  }
  element.selected = undefined;
  await harness.settle();
  const table = harness.tableRows().map((row) => row[0]);
  const announced: string[] = [];
  const tooltips: string[] = [];
  harness.chart.focus();
  for (let i = 0; i < 5; i++) {
    await sendKeys({press: 'ArrowRight'});
    await element.updateComplete;
    announced.push(element.shadowRoot!.querySelector('[aria-live]')!.textContent);
    // The focused item's tooltip says when it happened, as the details do.
    tooltips.push(harness.tooltip()?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }
  const summary = element.shadowRoot!.querySelector('.summary')!.textContent;
  return {details, table, announced, tooltips, summary};
}

describe('calendar dates in other display zones', () => {
  it('are written as the region’s dates in every zone, and only the zone of times is said to differ', async () => {
    const home = await datesWritten(undefined);
    expect(home.details['tj-af-border-highest-2024']).to.equal('When: Sep 24 – Oct 15, 2024 | Sources: News.Az, Oct 2, 2024');
    expect(home.details['taliban-take-power-2021']).to.equal('When: 2021 | Sources: News.Az, Oct 2, 2024');
    expect(home.details['expected-recon-khamadoni']).to.equal(
      'When: in the days after 2 October 2024 (Oct 2 – 9, 2024) | Sources: News.Az, Oct 2, 2024',
    );
    expect(home.summary).to.contain('Jan 1, 2021 – Oct 15, 2024, times in Asia/Dushanbe.');
    expect(
      home.tooltips.some((tooltip) => tooltip.includes('in the days after 2 October 2024 (Oct 2 – 9, 2024)')),
      home.tooltips.join(' / '),
    ).to.equal(true);
    for (const zone of ZONES) {
      const there = await datesWritten(zone);
      expect(there.details, zone).to.deep.equal(home.details);
      expect(there.table, zone).to.deep.equal(home.table);
      expect(there.announced, zone).to.deep.equal(home.announced);
      expect(there.tooltips, zone).to.deep.equal(home.tooltips);
      expect(there.summary, zone).to.equal(home.summary.replace('times in Asia/Dushanbe.', `times in ${zone}, dates as in Asia/Dushanbe.`));
    }
  });

  for (const calendar of ['persian', 'islamic-umalqura']) {
    it(`are the same days in the ${calendar} calendar, in every zone`, async () => {
      const home = await datesWritten(undefined, calendar);
      // The alert's days written straight from the civil dates, in that calendar.
      const days = new Intl.DateTimeFormat('en', {calendar, timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric'});
      expect(home.details['tj-af-border-highest-2024']).to.equal(
        `When: ${days.formatRange(Date.UTC(2024, 8, 24), Date.UTC(2024, 9, 15))} | Sources: ${days.format(Date.UTC(2024, 9, 2))}`.replace(
          'Sources: ',
          'Sources: News.Az, ',
        ),
      );
      // A year known to the year straddles two of this calendar's: both are named.
      const years = new Intl.DateTimeFormat('en', {calendar, timeZone: 'UTC', year: 'numeric'});
      expect(home.details['taliban-take-power-2021']).to.match(
        new RegExp(`^When: ${years.formatRange(Date.UTC(2021, 0, 1), Date.UTC(2021, 11, 31))} \\|`),
      );
      for (const zone of ZONES.slice(0, 4)) {
        const there = await datesWritten(zone, calendar);
        expect(there.details, `${calendar} in ${zone}`).to.deep.equal(home.details);
        expect(there.table, `${calendar} in ${zone}`).to.deep.equal(home.table);
        expect(there.announced, `${calendar} in ${zone}`).to.deep.equal(home.announced);
        expect(there.tooltips, `${calendar} in ${zone}`).to.deep.equal(home.tooltips);
        expect(there.summary, `${calendar} in ${zone}`).to.equal(
          home.summary.replace('times in Asia/Dushanbe.', `times in ${zone}, dates as in Asia/Dushanbe.`),
        );
      }
    });
  }
});
