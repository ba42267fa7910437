/** What the analysts' stories (stories/analysts.stories.ts) exist to show, checked as the story test renders them. */
import {expect} from '@open-wc/testing';
import type {Drawn, Expectation} from './story-expectation.js';

const RECONNAISSANCE = ['expected-recon-khamadoni', 'recon-ai-khanum-post', 'recon-kaflotun-post'];

/** The incidents whose best time is in the window: what the chart counts as in view. */
const inView = ({element, harness}: Drawn) => {
  const [start, end] = harness.window();
  return element.data!.incidents.filter((incident) => incident.time.best >= start && incident.time.best < end + 1).length;
};

export const ANALYST_EXPECTATIONS: Record<string, Expectation> = {
  Search: {
    shows: 'the seed timeline searched for “reconnaissance”: its three reports in the chart and the table, the search box saying so',
    check({element, harness}) {
      const root = harness.root;
      expect(root.querySelector<HTMLInputElement>('input[part="search"]')!.value).to.equal('reconnaissance');
      expect(
        harness
          .markers()
          .map((marker) => marker.id)
          .sort(),
      ).to.deep.equal(RECONNAISSANCE);
      expect(root.querySelector('.search-status')!.textContent).to.equal('3 incidents matching “reconnaissance”');
      expect(root.querySelectorAll('[part="table"] tbody tr')).to.have.length(3);
      // Two of them say so in their titles, the third in its summary.
      expect(root.querySelectorAll('[part="table"] mark').length).to.be.at.least(2);
      expect(element.query).to.equal('reconnaissance');
    },
  },
  ArchiveOverview: {
    shows: 'a UCDP archive of three decades with its overview: bars over 1989–2022 and a brush on the year shown',
    check({harness}) {
      const strip = harness.root.querySelector('[part="overview"]')!;
      expect(strip.getAttribute('role')).to.equal('slider');
      expect(strip.querySelectorAll('path.overview-bars').length).to.be.greaterThan(0);
      const brush = strip.querySelector('rect.brush')!.getBoundingClientRect();
      expect(brush.width).to.be.below(strip.getBoundingClientRect().width / 10);
      expect(harness.root.querySelector('.outside .earlier')!.textContent).to.match(/\d+ earlier incidents/);
    },
  },
  DenseWithFatalities: {
    shows:
      'ten thousand incidents with deaths: clusters sized by their deaths, from 12 to 21 px, ringed by status, with the overview weighted by deaths',
    check({harness}) {
      const clusters = harness.clusters();
      expect(clusters.length).to.be.greaterThan(20);
      const radii = new Set(clusters.map((cluster) => cluster.r));
      expect(radii.size, 'sizes that differ with deaths').to.be.greaterThan(2);
      for (const cluster of clusters) expect(cluster.r).to.be.within(12, 21);
      expect(harness.root.querySelectorAll('path.cluster-ring').length).to.be.greaterThan(0);
      expect(harness.root.querySelector('[part="overview"] path.overview-bars')).to.not.equal(null);
    },
  },
  FoldedLane: {
    shows:
      'the busiest provinces of an imported archive, the deadliest first, each with its incidents on its label, the rest folded into one lane that a button unfolds',
    async check({element, harness}) {
      const labels = harness.laneLabels();
      expect(labels).to.have.length(12);
      expect(labels.at(-1)).to.match(/^\d+ other provinces$/);
      const folded = Number(labels.at(-1)!.split(' ')[0]);
      // The deadliest first: the deaths of the provinces named alone (not told apart by their countries) never rise.
      const deathsIn = (label: string) =>
        element.data!.incidents.filter((item) => item.location?.admin1 === label).reduce((sum, item) => sum + (item.fatalities?.best ?? 0), 0);
      const deaths = labels
        .slice(0, -1)
        .filter((label) => !label.includes(','))
        .map(deathsIn);
      expect(deaths.length).to.be.greaterThan(5);
      expect(deaths).to.deep.equal([...deaths].sort((a, b) => b - a));
      // Each label ends with its incidents, the folded lane's with those of every lane it holds.
      const totals = [...harness.root.querySelectorAll('text.lane-label .lane-total')].map((total) => Number(total.textContent.replace(/\D/g, '')));
      expect(totals.reduce((sum, total) => sum + total, 0)).to.equal(element.data!.incidents.length);
      const button = harness.root.querySelector<HTMLButtonElement>('.outside .lane-folding')!;
      expect(button.textContent.trim()).to.equal('Show every lane');
      button.click();
      await harness.settle();
      expect(harness.laneLabels()).to.have.length(11 + folded);
      button.click();
      await harness.settle();
      expect(harness.laneLabels()).to.have.length(12);
      expect(element.maxLanes).to.equal(12);
    },
  },
  CompleteTable: {
    shows: 'the complete table of an imported archive: every incident in view, paged, with deaths and sources columns',
    check(drawn) {
      const root = drawn.harness.root;
      const count = inView(drawn);
      expect(count).to.be.greaterThan(100);
      expect(root.querySelector('[part="table"] .table-range')!.textContent).to.equal(`Rows 1–100 of ${count.toLocaleString('en')}`);
      const headers = [...root.querySelectorAll('[part="table"] th')].map((th) => th.textContent.trim());
      expect(headers).to.include.members(['Fatalities', 'Sources']);
    },
  },
  CitableView: {
    shows: 'a timeline whose view is kept in the URL: a move is written to the fragment under its id, and the export menu offers a link',
    async check({element}) {
      try {
        element.zoom(2);
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(decodeURIComponent(location.hash)).to.contain(`st.citable.start=${element.start}`);
        const choices = [...element.shadowRoot!.querySelectorAll('.export-choices button')].map((button) => button.textContent.trim());
        expect(choices).to.include('Copy a link to this view');
      } finally {
        history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      }
    },
  },
};
