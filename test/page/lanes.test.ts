/**
 * Lanes as a reader of a large archive sees them: in the order asked for (lane-order), each
 * label with how many incidents its lane holds, and the quietest lanes folded into one that a button unfolds.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {render} from 'lit';
import '../../src/index.js';
import type {SecurityTimeline} from '../../src/index.js';
import {TimelineHarness} from '../../src/testing/harness.js';
import {renderLaneFolding} from '../../src/elements/security-timeline/render/chart.js';
import {buildTimelineModel, timelineFilters} from '../../src/model/timeline-model.js';
import {validateFeed} from '../../src/feed/validate.js';
import {translator} from '../../src/i18n/translate.js';

interface PlaceSpec {
  name?: string;
  count: number;
  /** Deaths of each of its incidents; none given when undefined. */
  deaths?: number;
  /** Day of March 2024 of its first incident; the others follow a day apart. */
  firstDay: number;
}

/**
 * Zaranj is the busiest, Bamyan the deadliest, Herat the earliest, and one incident has no
 * place: its lane, "Unspecified", comes after the others whatever the order.
 */
const PLACES: PlaceSpec[] = [
  {name: 'Zaranj', count: 5, deaths: 1, firstDay: 5},
  {name: 'Bamyan', count: 2, deaths: 30, firstDay: 20},
  {name: 'Herat', count: 3, firstDay: 1},
  {count: 1, deaths: 100, firstDay: 2},
];

function archive(places: PlaceSpec[] = PLACES) {
  return {
    version: '1.1',
    alerts: [],
    incidents: places.flatMap((place, p) =>
      Array.from({length: place.count}, (_, n) => {
        const date = new Date(Date.UTC(2024, 2, place.firstDay + n));
        return {
          id: `p${p}-${n}`,
          when: date.toISOString().slice(0, 10),
          title: `Incident ${n} in ${place.name ?? 'an unknown place'}`,
          category: n % 2 ? 'attack' : 'clash',
          status: 'reported',
          ...(place.name ? {location: {name: place.name, country: 'Afghanistan'}} : {}),
          ...(place.deaths === undefined ? {} : {fatalities: {best: place.deaths}}),
        };
      }),
    ),
  };
}

async function mount(element: ReturnType<typeof html>) {
  const timeline = await fixture<SecurityTimeline>(element);
  const harness = new TimelineHarness(timeline);
  await harness.loaded();
  return {element: timeline, harness, root: timeline.shadowRoot!};
}

/** Each lane label as drawn: the label's own text (isolated or cut short) and the total after it. */
function drawnLabels(root: ShadowRoot): Array<{text: string; total: string | undefined}> {
  return [...root.querySelectorAll<SVGTextElement>('text.lane-label')].map((label) => ({
    text: [...label.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join(''),
    total: label.querySelector('.lane-total')?.textContent?.replace(/^ · /, ''),
  }));
}

describe('lane-order', () => {
  it('draws the busiest lane first by default, the deadliest, alphabetical or earliest first when asked, "Unspecified" always last', async () => {
    const {element, harness} = await mount(html`<security-timeline style="width: 900px" group-by="location" .feed=${archive()}></security-timeline>`);
    expect(harness.laneLabels(), 'count').to.deep.equal(['Zaranj', 'Herat', 'Bamyan', 'Unspecified']);
    const orders = {
      fatalities: ['Bamyan', 'Zaranj', 'Herat', 'Unspecified'],
      name: ['Bamyan', 'Herat', 'Zaranj', 'Unspecified'],
      first: ['Herat', 'Zaranj', 'Bamyan', 'Unspecified'],
      count: ['Zaranj', 'Herat', 'Bamyan', 'Unspecified'],
    };
    for (const [order, labels] of Object.entries(orders)) {
      element.setAttribute('lane-order', order);
      await harness.settle();
      expect(harness.laneLabels(), order).to.deep.equal(labels);
    }
    // An order it does not know is the busiest first.
    element.setAttribute('lane-order', 'loudest');
    await harness.settle();
    expect(harness.laneLabels()).to.deep.equal(orders.count);
  });

  it('orders names in the reader’s alphabet, numbers in them by their value', async () => {
    const places = ['Zebak', 'Зебак', 'Sector 10', 'Sector 9'].map((name, p) => ({name, count: 1, firstDay: 1 + p}));
    const labelsIn = async (locale: string) => {
      const {harness} = await mount(
        html`<security-timeline style="width: 900px" locale=${locale} group-by="location" lane-order="name" .feed=${archive(places)}></security-timeline>`,
      );
      return harness.laneLabels();
    };
    expect(await labelsIn('en')).to.deep.equal(['Sector 9', 'Sector 10', 'Zebak', 'Зебак']);
    // Russian puts its own script first.
    expect(await labelsIn('ru')).to.deep.equal(['Зебак', 'Sector 9', 'Sector 10', 'Zebak']);
  });

  it('folds the quietest lanes whatever the order, and keeps the folded lane last', async () => {
    const {harness} = await mount(
      html`<security-timeline style="width: 900px" group-by="location" lane-order="first" max-lanes="3" .feed=${archive()}></security-timeline>`,
    );
    // Zaranj and Herat are the busiest; the earliest of them first.
    expect(harness.laneLabels()).to.deep.equal(['Herat', 'Zaranj', '2 other places']);
  });
});

describe('lane totals', () => {
  it('ends each label with how many of its incidents pass the filters, the folded lane’s too', async () => {
    const {element, harness, root} = await mount(
      html`<security-timeline style="width: 900px" group-by="location" max-lanes="3" .feed=${archive()}></security-timeline>`,
    );
    expect(drawnLabels(root)).to.deep.equal([
      {text: 'Zaranj', total: '5'},
      {text: 'Herat', total: '3'},
      {text: '2 other places', total: '3'},
    ]);
    // The labels the harness reads stay the lanes' names.
    expect(harness.laneLabels()).to.deep.equal(['Zaranj', 'Herat', '2 other places']);
    element.categories = 'clash';
    await harness.settle();
    expect(drawnLabels(root).map(({total}) => total)).to.deep.equal(['3', '2', '2']);
  });

  it('writes incidents whatever sizes the markers and orders the lanes: a bare number means one thing', async () => {
    const {root} = await mount(
      html`<security-timeline style="width: 900px" group-by="location" size-by="fatalities" lane-order="fatalities" .feed=${archive()}></security-timeline>`,
    );
    // Bamyan has the most deaths (60), Zaranj 5, Herat none given; "Unspecified" comes last.
    expect(drawnLabels(root)).to.deep.equal([
      {text: 'Bamyan', total: '2'},
      {text: 'Zaranj', total: '5'},
      {text: 'Herat', total: '3'},
      {text: 'Unspecified', total: '1'},
    ]);
  });

  it('writes totals grouped in the reader’s digits, right to left beside an isolated name', async () => {
    const feed = archive([{name: 'Zaranj', count: 1200, firstDay: 1}]);
    const english = await mount(html`<security-timeline style="width: 900px" group-by="location" .feed=${feed}></security-timeline>`);
    expect(drawnLabels(english.root)).to.deep.equal([{text: 'Zaranj', total: '1,200'}]);
    const dari = await mount(html`<security-timeline style="width: 900px" locale="fa-AF" group-by="location" .feed=${feed}></security-timeline>`);
    const [label] = drawnLabels(dari.root);
    // A Latin name inside right-to-left text is isolated, so that the total stays on its left.
    expect(label.text).to.equal('\u2068Zaranj\u2069');
    expect(label.total).to.equal(new Intl.NumberFormat('fa-AF').format(1200));
    expect(label.total).to.match(/^[۰-۹]+.[۰-۹]{3}$/);
  });

  it('cuts a long name short to leave its total whole, in the gutter and inside the lanes of a phone', async () => {
    const name = 'Crossing point on the river road north of the old customs house, past the second bridge over the Panj';
    const feed = archive([{name, count: 12, firstDay: 1}]);
    for (const width of [900, 360]) {
      const {root} = await mount(html`<security-timeline style=${`width: ${width}px`} group-by="location" .feed=${feed}></security-timeline>`);
      const [label] = drawnLabels(root);
      expect(label.total, `${width} px`).to.equal('12');
      expect(label.text, `${width} px`).to.match(/^Crossing point .*…$/);
      expect(name.startsWith(label.text.slice(0, -1)), `${width} px: the name's start`).to.equal(true);
      const text = root.querySelector<SVGTextElement>('text.lane-label')!;
      const box = text.getBBox();
      const plot = root.querySelector<SVGSVGElement>('svg.plot')!;
      if (width === 900) expect(box.x + box.width, 'clear of the plot').to.be.at.most(plot.x.baseVal.value);
      else expect(box.x + box.width, 'inside the chart').to.be.at.most(width);
    }
  });
});

describe('lane labels in the page’s font', () => {
  /** Width of `label` as drawn with `name` in place of its own (its total kept), in a copy removed after. */
  const drawnWith = (label: SVGTextElement, name: string) => {
    const copy = label.cloneNode(true) as SVGTextElement;
    copy.querySelector('title')?.remove();
    [...copy.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')!.textContent = name;
    label.parentNode!.append(copy);
    const width = copy.getComputedTextLength();
    copy.remove();
    return width;
  };

  const names = [
    'Federally Administered Tribal Areas',
    'Bosnia-Herzegovina, province of Sarajevo',
    'Khyber Pakhtunkhwa',
    'Mimimimimimimimimimimimi WWWWWWWWW',
  ];

  for (const font of ['sans-serif', 'serif', 'monospace']) {
    it(`cuts a name short only when it does not fit the gutter, and then keeps as much of it as fits (${font})`, async () => {
      const feed = archive(names.map((name, k) => ({name, count: 3 + k, firstDay: 1})));
      const {root} = await mount(
        html`<security-timeline style=${`width: 900px; --st-font-family: ${font}`} group-by="location" .feed=${feed}></security-timeline>`,
      );
      const gutter = root.querySelector<SVGSVGElement>('svg.plot')!.x.baseVal.value;
      // Labels start 8 px into the gutter and end at least 4 px before its edge.
      const room = gutter - 12;
      const labels = [...root.querySelectorAll<SVGTextElement>('text.lane-label')];
      const drawn = drawnLabels(root);
      expect(labels).to.have.length(names.length);
      let cut = 0;
      labels.forEach((label, k) => {
        const {text} = drawn[k];
        const name = label.querySelector('title')!.textContent;
        expect(label.getComputedTextLength(), `${name}: within the gutter`).to.be.at.most(room + 0.5);
        if (!text.endsWith('…')) {
          expect(text, 'whole when it fits').to.equal(name);
          return;
        }
        cut++;
        expect(drawnWith(label, name), `${name}: whole, it would not fit`).to.be.above(room);
        // The next cut that shows more (a space at its end is not drawn) would not fit either.
        const shown = text.slice(0, -1);
        const chars = Array.from(name);
        let length = Array.from(shown).length + 1;
        while (chars.slice(0, length).join('').trimEnd() === shown) length++;
        // Within a pixel: the canvas that measures and the text that is drawn round apart.
        expect(drawnWith(label, `${chars.slice(0, length).join('').trimEnd()}…`), `${name}: one character more would not fit`).to.be.above(room - 1);
      });
      expect(cut, 'names cut short').to.be.within(1, names.length - 1);
    });
  }
});

describe('the folded lane', () => {
  // Forty places; place k has k + 1 incidents, so the quietest are the first ones.
  const places = Array.from({length: 40}, (_, k) => ({name: `Place ${k}`, count: k + 1, firstDay: 1}));

  it('offers a button that shows every lane, then one that folds the quietest again', async () => {
    const {element, harness, root} = await mount(
      html`<security-timeline style="width: 1000px" group-by="location" .feed=${archive(places)}></security-timeline>`,
    );
    expect(harness.laneLabels()).to.have.length(20);
    const button = root.querySelector<HTMLButtonElement>('.outside button.lane-folding');
    expect(button, 'the unfold button, under the chart').to.not.equal(null);
    expect(button!.textContent.trim()).to.equal('Show every lane');
    button!.focus();
    button!.click();
    await harness.settle();
    expect(harness.laneLabels()).to.have.length(40);
    expect(element.maxLanes, 'the page’s own setting stays').to.equal(20);
    // The same button, so that focus stays on it, now folds them again.
    const again = root.querySelector<HTMLButtonElement>('.outside button.lane-folding')!;
    expect(again).to.equal(button);
    expect(root.activeElement).to.equal(again);
    expect(again.textContent.trim()).to.equal('Fold the quietest lanes');
    again.click();
    await harness.settle();
    expect(harness.laneLabels()).to.have.length(20);
    expect(harness.laneLabels().at(-1)).to.equal('21 other places');
  });

  it('draws the button with the callback it is given, in the reader’s words, and only when there is something to fold or unfold', () => {
    const feed = validateFeed(archive(places)).feed!;
    const t = translator([], 'en', 'en');
    const folded = buildTimelineModel(feed, timelineFilters({groupBy: 'location', maxLanes: 20}), t);
    const all = buildTimelineModel(feed, timelineFilters({groupBy: 'location', maxLanes: 0}), t);
    expect([folded.folded, all.folded]).to.deep.equal([21, 0]);
    const dates = {t} as Parameters<typeof renderLaneFolding>[0]['dates'];
    const host = document.createElement('div');
    let toggled = 0;
    const onToggleFolded = () => toggled++;
    const drawn = (view: Omit<Parameters<typeof renderLaneFolding>[0], 'dates'>) => {
      render(renderLaneFolding({...view, dates}), host);
      return host.querySelector('button');
    };
    drawn({model: folded, onToggleFolded})!.click();
    expect(toggled).to.equal(1);
    expect(host.querySelector('button')!.textContent).to.equal('Show every lane');
    expect(drawn({model: all, onToggleFolded, lanesUnfolded: true})!.textContent).to.equal('Fold the quietest lanes');
    expect(drawn({model: all, onToggleFolded}), 'nothing folded, nothing unfolded').to.equal(null);
    expect(drawn({model: folded}), 'no callback').to.equal(null);
  });
});
