/** JSON Pointers (RFC 6901), the way problems say where in a feed they are. */

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** `["incidents", 3, "when"]` → `/incidents/3/when`; `[]` → `""`, the whole document. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${escape(String(segment))}`).join('');
}

/** `/incidents/3/when` → `["incidents", "3", "when"]`. */
export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescape);
}
