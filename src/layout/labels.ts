/**
 * Labels in the reader's language: a feed's own translations of a level or category name, else
 * the element's words for the levels and categories a feed uses without naming. Pure, no DOM.
 */
import type {AlertLevel, Labels} from '../feed/types.js';
import {FIRST_FRAME_ENGLISH, type MessageKey} from '../i18n/messages.js';
import type {Translate} from '../i18n/translate.js';

/** The label for a language: the feed's for that tag, else for its language ("fa" serves "fa-AF"), else `label`. */
export function labelIn(label: string, labels: Labels | undefined, lang: string): string {
  if (!labels) return label;
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0];
  let sameLanguage: string | undefined;
  for (const [tag, text] of Object.entries(labels)) {
    const lower = tag.toLowerCase();
    if (lower === wanted) return text;
    if (sameLanguage === undefined && (lower === base || lower.split('-')[0] === base)) sameLanguage = text;
  }
  return sameLanguage ?? label;
}

const LEVEL_MESSAGES: Readonly<Record<string, keyof typeof FIRST_FRAME_ENGLISH>> = {
  low: 'levelLow',
  elevated: 'levelElevated',
  high: 'levelHigh',
  highest: 'levelHighest',
};

export const CATEGORY_MESSAGES: Readonly<Record<string, MessageKey>> = {
  movement: 'categoryMovement',
  reconnaissance: 'categoryReconnaissance',
  attack: 'categoryAttack',
  clash: 'categoryClash',
  arrest: 'categoryArrest',
  'security-measure': 'categorySecurityMeasure',
  statement: 'categoryStatement',
  political: 'categoryPolitical',
};

/**
 * A level's name for the reader: the feed's translation; for a level of the default scale (a
 * feed that names none), the element's words; else the feed's label as it is.
 */
export function levelLabel(level: AlertLevel, t: Translate): string {
  if (level.labels) return labelIn(level.label, level.labels, t.lang);
  const key = Object.hasOwn(LEVEL_MESSAGES, level.id) ? LEVEL_MESSAGES[level.id] : undefined;
  return key && level.label === FIRST_FRAME_ENGLISH[key] ? t(key) : level.label;
}
