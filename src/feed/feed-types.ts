/**
 * TypeScript types of a feed as published (before validation), derived at compile time
 * from the JSON Schema in `schema.ts`, so the two cannot drift apart.
 */
import type {FromSchema} from 'json-schema-to-ts';
import type {feedSchema} from './schema.js';

/** A feed document as a site publishes it (format version 1). */
export type FeedDocument = FromSchema<typeof feedSchema>;
/** One alert window as published. */
export type FeedAlert = NonNullable<FeedDocument['alerts']>[number];
/** One incident as published. */
export type FeedIncident = NonNullable<FeedDocument['incidents']>[number];
/** One source as published. */
export type FeedSource = NonNullable<FeedDocument['sources']>[number];
/** One step of the alert scale as published. */
export type FeedLevel = NonNullable<FeedDocument['levels']>[number];
/** The region of a feed as published. */
export type FeedRegion = NonNullable<FeedDocument['region']>;
/** The `when` of an incident as published. */
export type FeedWhen = FeedIncident['when'];
/** The location of an incident as published. */
export type FeedLocation = NonNullable<FeedIncident['location']>;
