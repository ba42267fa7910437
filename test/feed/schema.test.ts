import {expect} from '@open-wc/testing';
import {publishedFeedSchema, FEED_SCHEMA_ID} from '../../src/feed/schema.js';

describe('published feed schema', () => {
  it('matches the committed data/feed-v1.schema.json', async () => {
    const response = await fetch('/data/feed-v1.schema.json');
    expect(response.ok).to.equal(true);
    expect(await response.json()).to.deep.equal(publishedFeedSchema());
  });

  it('declares draft 2020-12 and its own $id', () => {
    const schema = publishedFeedSchema();
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal(FEED_SCHEMA_ID);
  });
});
