/**
 * How each category is shown: the label, shape, colour and parent type the feed declares for it
 * (format 1.1), or the defaults: a default category's own shape and name, a label made from the
 * id. Labels are in the reader's language where the feed or the element has one. Pure, no DOM.
 */
import type {Feed} from '../feed/types.js';
import type {Translate} from '../i18n/translate.js';
import {CATEGORY_MESSAGES, labelIn} from './labels.js';
import {CATEGORY_SHAPES, type ShapeName} from './marker-shapes.js';
import {humanize} from './presentation.js';

export interface CategoryLook {
  id: string;
  label: string;
  shape: ShapeName;
  /** `#rrggbb` when the feed gives one; otherwise markers take their status colour. */
  color?: string;
  /** The category this one is a kind of. */
  parent?: string;
}

const looksOf = new WeakMap<Feed, Map<string, CategoryLook>>();

const defaultShape = (id: string): ShapeName | undefined => (Object.hasOwn(CATEGORY_SHAPES, id) ? CATEGORY_SHAPES[id] : undefined);

/**
 * The look of a category of a feed, labelled for the reader of `t` (English without one). A
 * sub-type without a shape of its own takes its parent's.
 */
export function categoryLook(feed: Pick<Feed, 'categories'>, id: string, t?: Translate): CategoryLook {
  let looks = looksOf.get(feed as Feed);
  if (!looks) looksOf.set(feed as Feed, (looks = new Map<string, CategoryLook>()));
  const key = `${t?.lang ?? ''}\u0000${id}`;
  let look = looks.get(key);
  if (look) return look;
  const declared = feed.categories.find((category) => category.id === id);
  const parent = declared?.parent !== undefined ? feed.categories.find((category) => category.id === declared.parent) : undefined;
  const builtIn = Object.hasOwn(CATEGORY_MESSAGES, id) ? CATEGORY_MESSAGES[id] : undefined;
  look = {
    id,
    label: declared ? labelIn(declared.label, declared.labels, t?.lang ?? 'en') : builtIn && t ? t(builtIn) : humanize(id),
    shape: declared?.shape ?? defaultShape(id) ?? parent?.shape ?? (parent ? defaultShape(parent.id) : undefined) ?? 'circle',
  };
  const color = declared?.color ?? parent?.color;
  if (color) look.color = color;
  if (declared?.parent !== undefined) look.parent = declared.parent;
  looks.set(key, look);
  return look;
}
