/**
 * The catalogues there are: English, always at hand; the shipped translations, each its own chunk
 * loaded the first time a reader needs it; and those a page defines. Pure, no DOM.
 */
import {FIRST_FRAME_ENGLISH, type Message, type Messages} from './messages.js';

/**
 * The names of the messages in `messages-on-demand.ts`, whose words load with the parts that
 * write them: a page's messages are checked against every name before any part has loaded.
 */
const ON_DEMAND_NAMES = new Set(
  'overviewLabel searchPlaceholder clearSearch exportPng exportSvg exportCsv exportJson copyLink linkCopied describeAlert describeIncident describeIncidentAt describeFatalities itemPosition inLane duringAlert isSelected noEarlier noLater wholeRegionInSentence statusConfirmed statusReported statusExpected statusDenied deathsRange wholeRegion labelWithExplanation levelAlert fatalitiesValue clusterIncidents clickToZoom legendLevels legendLevel legendLevelHint legendCategories legendCategory legendStatuses legendStatus legendLanes legendLane legendToggle severityOutOf where coordinates sideA sideB alsoNamed linkNotShown levelNotOnScale updatedSinceLoad changedSinceLoad withdrawnNote withdrawnOnNote withdrawnReason geoExact geoNear geoRegion geoDistrict geoProvince geoLine geoCountry geoWaterAir tableCaption tableCaptionFirst columnWhen columnType columnWhat columnStatus columnWhere columnFatalities problemsList problemsMore tableInView tableRowRange previousPage nextPage'.split(
    ' ',
  ),
);

/** Whether a message of this name exists. */
export const isMessageName = (key: string): boolean => Object.hasOwn(FIRST_FRAME_ENGLISH, key) || ON_DEMAND_NAMES.has(key);

type CatalogueModule = Promise<{messages: Messages}>;

/** The translations shipped with the element, by language code; each loads on demand. */
const SHIPPED: Readonly<Record<string, () => CatalogueModule>> = {
  ar: () => import('./messages-ar.js'),
  fa: () => import('./messages-fa.js'),
  ps: () => import('./messages-ps.js'),
  ru: () => import('./messages-ru.js'),
  tg: () => import('./messages-tg.js'),
  uz: () => import('./messages-uz.js'),
};

/** The languages shipped with the element, English first. */
export const SHIPPED_LANGUAGES: readonly string[] = ['en', ...Object.keys(SHIPPED)];

const defined = new Map<string, Messages>();
const loaded = new Map<string, Messages>([['en', FIRST_FRAME_ENGLISH]]);
let version = 0;

const isMessage = (value: unknown): value is Message =>
  typeof value === 'string' || (typeof value === 'object' && value !== null && typeof (value as {other?: unknown}).other === 'string');

/**
 * The messages of `input` that can be used: known names with text (or plural forms with at least
 * `other`); each thing left out is said in `problems`. A page's messages are checked like a feed.
 */
export function readMessages(input: unknown): {messages: Messages; problems: string[]} {
  const messages: Record<string, Message> = {};
  const problems: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    if (input !== undefined && input !== null) problems.push(`messages must be an object of message names to text, not ${typeof input}: ignored.`);
    return {messages, problems};
  }
  for (const [key, value] of Object.entries(input)) {
    if (!isMessageName(key)) problems.push(`"${key.slice(0, 60)}" is not a message name: ignored (the names are those of ENGLISH).`);
    else if (!isMessage(value)) problems.push(`The message "${key}" must be text or plural forms with "other": ignored.`);
    else messages[key] = value;
  }
  return {messages: messages, problems};
}

/**
 * Makes a language available to every timeline on the page, or rewords some messages of one
 * (a page's messages come before the shipped ones). Returns what was ignored, and why.
 */
export function defineMessages(lang: string, input: unknown): string[] {
  const {messages, problems} = readMessages(input);
  const code = lang.toLowerCase();
  defined.set(code, {...defined.get(code), ...messages});
  version++;
  return problems;
}

/** The language codes with a catalogue, shipped or defined by the page. */
export function catalogueNames(): Set<string> {
  return new Set([...SHIPPED_LANGUAGES, ...defined.keys()]);
}

/** Changes whenever a page defines messages, so that what was written with the old ones is written again. */
export const cataloguesVersion = () => version;

/** The catalogues of a language, most preferred first (the page's, then the shipped one), once loaded. */
export function cataloguesOf(code: string): Messages[] | undefined {
  const shipped = loaded.get(code);
  if (SHIPPED[code] && !shipped) return undefined;
  return [defined.get(code), shipped].filter((messages): messages is Messages => messages !== undefined);
}

/** Loads a shipped translation; resolves when it is there (or failed to load: English then stands in). */
export async function loadCatalogue(code: string): Promise<void> {
  const load = SHIPPED[code];
  if (!load || loaded.has(code)) return;
  try {
    loaded.set(code, (await load()).messages);
  } catch (error) {
    console.warn(`security-timeline: the ${code} messages could not be loaded; English is shown instead.`, error);
    loaded.set(code, {});
  }
  version++;
}
