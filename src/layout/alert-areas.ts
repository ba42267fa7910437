/**
 * Which lanes an alert's areas cover. A bare name (format 1.0) matches a lane when it equals,
 * ignoring case, the lane's key or the place, district, province or country of any incident in
 * it. An area that names its levels ({country: "Tajikistan"}, {admin1: "Takhar", country:
 * "Afghanistan"}) matches a lane holding an incident located on every level it names. Pure.
 */
import type {Area, Location} from '../feed/types.js';

/** A location's levels, normalised: place, district, province, country. */
export type PlaceLevels = readonly [place: string, admin2: string, admin1: string, country: string];

export function placeLevels(location: Location, norm: (text: string | undefined) => string): PlaceLevels {
  return [norm(location.name), norm(location.admin2), norm(location.admin1), norm(location.country)];
}

/** Whether an area names its levels (format 1.1), rather than being a bare name. */
export const namesLevels = (area: Area) =>
  area.place !== undefined || area.admin2 !== undefined || area.admin1 !== undefined || area.country !== undefined;

/** Whether a place is on every level an area names. */
export function areaCovers(area: Area, place: PlaceLevels, norm: (text: string | undefined) => string): boolean {
  const [name, admin2, admin1, country] = place;
  return (
    (area.place === undefined || norm(area.place) === name) &&
    (area.admin2 === undefined || norm(area.admin2) === admin2) &&
    (area.admin1 === undefined || norm(area.admin1) === admin1) &&
    (area.country === undefined || norm(area.country) === country)
  );
}
