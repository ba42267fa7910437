/**
 * What lane an incident goes in, for each way of grouping: the lane's key (its identity, the
 * grouping value normalised) and its label (the value as the feed spelled it). Pure, no DOM.
 */
import type {Incident, Location} from '../feed/types.js';

export type GroupBy = 'none' | 'location' | 'admin2' | 'admin1' | 'country' | 'actor' | 'category';

export const GROUP_BY_VALUES: readonly GroupBy[] = ['none', 'location', 'admin2', 'admin1', 'country', 'actor', 'category'];

/** Case and spacing do not distinguish places or actors: "Khatlon " is "khatlon". */
export function normalise(text: string | undefined): string {
  return text === undefined ? '' : text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `normalise`, remembering each spelling: a feed repeats a few names many times. */
export function normaliser(): (text: string | undefined) => string {
  const normalised = new Map<string, string>();
  return (text) => {
    if (text === undefined) return '';
    let value = normalised.get(text);
    if (value === undefined) normalised.set(text, (value = normalise(text)));
    return value;
  };
}

/** A lane an incident goes in. `title` is the label that tells it from another lane of the same label. */
export interface LaneGroup {
  key: string;
  label: string;
  title: string;
}

const joined = (parts: ReadonlyArray<string | undefined>) =>
  parts
    .map((part) => part?.trim())
    .filter((part) => part)
    .join(', ');

/** "Nawabad, Takhar, Afghanistan": a place with every level it is known at. */
export function locationTitle(location: Location): string {
  return joined([location.name, location.admin2, location.admin1, location.country]);
}

/** The key of a location's lane: every level it is known at, normalised. */
export function locationKey(location: Location, norm: (text: string | undefined) => string): string {
  const name = norm(location.name);
  return name === '' ? '' : [name, norm(location.admin2), norm(location.admin1), norm(location.country)].join('|');
}

/**
 * The province (admin1) or district (admin2) lane of a location. A location not known at that
 * level goes in a lane named for what is known: "Afghanistan, province unknown", "Takhar,
 * district unknown". Null when nothing is known: the incident goes in the unspecified lane.
 */
/** The names of lanes of places not known at the level grouped by. */
export interface UnknownAreaWords {
  provinceUnknown: (country: string) => string;
  districtUnknown: (province: string) => string;
}

const ENGLISH_UNKNOWN_AREAS: UnknownAreaWords = {
  provinceUnknown: (country) => `${country}, province unknown`,
  districtUnknown: (province) => `${province}, district unknown`,
};

export function areaGroup(
  location: Location | undefined,
  level: 'admin1' | 'admin2',
  norm: (text: string | undefined) => string,
  words: UnknownAreaWords = ENGLISH_UNKNOWN_AREAS,
): LaneGroup | null {
  if (!location) return null;
  const {country, admin1, admin2} = location;
  if (level === 'admin1') {
    if (norm(admin1) !== '') return {key: `${norm(country)}|${norm(admin1)}`, label: admin1!.trim(), title: joined([admin1, country])};
    if (norm(country) === '') return null;
    const label = words.provinceUnknown(country!.trim());
    return {key: `${norm(country)}|?`, label, title: label};
  }
  if (norm(admin2) !== '')
    return {key: `${norm(country)}|${norm(admin1)}|${norm(admin2)}`, label: admin2!.trim(), title: joined([admin2, admin1, country])};
  const known = norm(admin1) !== '' ? admin1! : norm(country) !== '' ? country! : undefined;
  if (known === undefined) return null;
  const label = words.districtUnknown(known.trim());
  return {key: `${norm(country)}|${norm(admin1)}|?`, label, title: label};
}

/**
 * The actors' lanes of an incident: one per distinct actor it involves, whatever its side, so
 * that an actor's lane holds every incident it is named in.
 */
export function actorGroups(incident: Incident, norm: (text: string | undefined) => string): LaneGroup[] {
  const groups: LaneGroup[] = [];
  for (const actor of incident.actors) {
    const key = norm(actor.name);
    if (key === '' || groups.some((group) => group.key === key)) continue;
    const label = actor.name.trim();
    groups.push({key, label, title: label});
  }
  return groups;
}
