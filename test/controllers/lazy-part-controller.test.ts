import {translator} from '../../src/i18n/translate.js';
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, nothing, type TemplateResult} from 'lit';
import {LazyPartController, pendingLoads} from '../../src/controllers/lazy-part-controller.js';
import {renderOnDemand} from '../../src/elements/security-timeline/render/states.js';

type Part = {draw(): TemplateResult};

/** A host with one part loaded on demand, whose loader the test controls. */
class LazyHost extends LitElement {
  loads = 0;
  fail = true;
  readonly lazyPart = new LazyPartController<Part>(this, () => {
    this.loads++;
    return this.fail ? Promise.reject(new Error('offline')) : Promise.resolve({draw: () => html`<p class="drawn">The part</p>`});
  });
  shown = false;

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (await pendingLoads([this.lazyPart])) complete = await super.getUpdateComplete();
    return complete;
  }

  protected override render() {
    return this.shown ? renderOnDemand(this.lazyPart, 'the table', (module) => module.draw(), translator([], 'en', 'en')) : nothing;
  }
}
customElements.define('lazy-part-host', LazyHost);

describe('LazyPartController', () => {
  it('loads nothing until the part is first drawn, then draws it once loaded, and updateComplete waits for it', async () => {
    const host = await fixture<LazyHost>(html`<lazy-part-host></lazy-part-host>`);
    host.fail = false;
    expect(host.loads).to.equal(0);
    host.shown = true;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('.drawn')?.textContent).to.equal('The part');
    host.requestUpdate();
    await host.updateComplete;
    expect(host.loads).to.equal(1);
  });

  it('says in its place that a part could not be loaded, without retrying on every update, and loads it on "Try again"', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...parts: unknown[]) => warnings.push(parts[0]);
    try {
      const host = await fixture<LazyHost>(html`<lazy-part-host></lazy-part-host>`);
      host.shown = true;
      host.requestUpdate();
      await host.updateComplete;
      const notice = host.shadowRoot!.querySelector('[role="alert"]');
      expect(notice?.textContent).to.contain('Could not load the table.');
      expect(warnings).to.have.length(1);
      host.requestUpdate();
      await host.updateComplete;
      expect(host.loads).to.equal(1);

      host.fail = false;
      host.shadowRoot!.querySelector('button')!.click();
      await host.updateComplete;
      expect(host.loads).to.equal(2);
      expect(host.shadowRoot!.querySelector('.drawn')).to.not.equal(null);
      expect(host.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });
});
