/**
 * What an importer of one data set provides, and the lists it gathers while rows stream past:
 * the categories the rows use, the publications they cite, the places they are in. Those lists
 * stay small (a few dozen categories, a few thousand outlets) however long the file is, so they
 * are kept and written after the incidents.
 */
import type {FeedIncident, FeedSource} from '../feed/feed-types.js';
import type {RowProblem} from './row-problems.js';
import type {Header, Row} from './table.js';
import {nameHash, slug} from './values.js';

/** An incident as written to the feed, with the data set's own columns under its name ("acled", "ucdp"). */
export type ImportedIncident = FeedIncident & {[dataset: string]: unknown};

/** A category as the feed declares it (format 1.1). */
export interface FeedCategory {
  id: string;
  label: string;
  parent?: string;
}

export interface RowContext {
  report(problem: RowProblem): void;
  /** Takes `id` for this row: false, with the reason reported, when an earlier row took it. */
  claimId(id: string, row: Row, column: number): boolean;
}

/** The lists that follow the incidents. */
export interface FeedTail {
  categories: FeedCategory[];
  sources: FeedSource[];
  /** The data's own names for where its rows are (regions, else countries), for a region with no name given. */
  places: string;
  /** When the most recently changed row was changed, when the data set says. */
  updated?: string;
}

/** Reads the rows of one file. */
export interface DatasetReader {
  /** The row's incident, or undefined when it cannot be made (the reason reported). */
  read(row: Row, context: RowContext): ImportedIncident | undefined;
  finish(): FeedTail;
}

export interface Dataset {
  /** How the command names it: "acled", "ucdp". */
  name: string;
  /** Columns the header must have: each entry lists the names any one of which will do. */
  required: ReadonlyArray<readonly string[]>;
  /** The credit the data's terms ask for on every visual. */
  attribution: string;
  start(header: Header): DatasetReader;
}

/** Declares each category once, in the order rows first use them, a parent before its first kind. */
export class CategoryCatalogue {
  private readonly byId = new Map<string, FeedCategory>();
  /** Ids by label: every row names its category, and a slug costs more than a lookup. */
  private readonly idByLabel = new Map<string, string>();

  /** The id of the category `label` (by default its slug), a kind of `parentLabel` when given, declaring both the first time. */
  use(label: string, parentLabel = '', id = this.idOf(label)): string {
    if (this.byId.has(id)) return id;
    const parent = parentLabel === '' ? undefined : this.idOf(parentLabel);
    if (parent !== undefined && parent !== id && !this.byId.has(parent)) this.byId.set(parent, {id: parent, label: parentLabel});
    this.byId.set(id, parent !== undefined && parent !== id ? {id, label, parent} : {id, label});
    return id;
  }

  list(): FeedCategory[] {
    return [...this.byId.values()];
  }

  private idOf(label: string): string {
    let id = this.idByLabel.get(label);
    if (id === undefined) this.idByLabel.set(label, (id = categoryId(label)));
    return id;
  }
}

/** A category id for a label; a label with no Latin letter or digit still gets a stable one. */
function categoryId(label: string): string {
  return slug(label) || `category-${nameHash(label)}`;
}

/** Gives each publisher one source id, "src-" and its name's slug, distinct even when two names share a slug. */
export class SourceCatalogue {
  private readonly idByName = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly sources: FeedSource[] = [];

  constructor(fixed: readonly FeedSource[] = []) {
    for (const source of fixed) {
      this.taken.add(source.id);
      this.sources.push(source);
    }
  }

  idOf(publisher: string): string {
    let id = this.idByName.get(publisher);
    if (id !== undefined) return id;
    const base = `src-${slug(publisher, 100) || nameHash(publisher)}`;
    id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    this.idByName.set(publisher, id);
    this.sources.push({id, publisher});
    return id;
  }

  list(): FeedSource[] {
    return this.sources;
  }
}

/** Distinct names in order of first appearance; past a dozen, only that there are more. */
export class PlaceTally {
  private static readonly SHOWN = 12;
  private readonly names = new Set<string>();
  private more = false;

  add(name: string): void {
    if (name === '' || this.names.has(name)) return;
    if (this.names.size < PlaceTally.SHOWN) this.names.add(name);
    else this.more = true;
  }

  /** "South Asia, Caucasus and Central Asia"; "A, B, … L and others". */
  toString(): string {
    const shown = [...this.names].join(', ');
    return this.more ? `${shown} and others` : shown;
  }
}
