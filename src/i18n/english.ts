/**
 * `ENGLISH`, the whole English catalogue: the words of the first frame and those of the parts that
 * load on demand, in one object, for pages that write their own catalogue from it. Pure data.
 */
import {FIRST_FRAME_ENGLISH, type Catalogue} from './messages.js';
import {ON_DEMAND_ENGLISH} from './messages-on-demand.js';

/** Every message, in English: the catalogue every translation follows. */
export const ENGLISH = {...FIRST_FRAME_ENGLISH, ...ON_DEMAND_ENGLISH} as const satisfies Catalogue;
