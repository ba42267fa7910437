/**
 * A tap on an element, as the chart's gestures see it: a primary pointer pressed and released
 * without moving, at a point of the element (its centre, or `offset` from its top left corner).
 */
export function tap(element: Element, offset?: {x: number; y: number}): void {
  const box = element.getBoundingClientRect();
  const [clientX, clientY] = offset ? [box.left + offset.x, box.top + offset.y] : [box.left + box.width / 2, box.top + box.height / 2];
  for (const type of ['pointerdown', 'pointerup']) {
    element.dispatchEvent(new PointerEvent(type, {bubbles: true, composed: true, button: 0, pointerId: 1, clientX, clientY}));
  }
}
