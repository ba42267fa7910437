import {expect} from '@open-wc/testing';
import {runImport} from './helpers.js';

interface Example {
  file: string;
  args: string[];
}

describe('the example feeds of imported archives (data/examples/)', () => {
  it('are what the importer writes from the real data samples today (`npm run examples` rewrites them)', async () => {
    const examples = (await (await fetch('/data/examples/examples.json')).json()) as Example[];
    expect(examples.map((example) => example.file)).to.deep.equal(['acled-2022h1-south-and-central-asia.json', 'ucdp-ged-23.1-sample-1000.json']);
    for (const {file, args} of examples) {
      const run = await runImport(args);
      const committed = await (await fetch(`/data/examples/${file}`)).text();
      expect(JSON.parse(run.stdout), file).to.deep.equal(JSON.parse(committed));
    }
  });
});
