/** Walking up the composed tree: from an element to its parent, through the shadow roots it is in. */

/** An element's parent in the composed tree: its parent element, or the host of the shadow root it is in. */
export function composedParent(node: Element): Element | null {
  return node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
}
