// Patches a rendered tree into the live DOM in place, so live updates neither flicker nor lose the scroll position.

/** Nodes match when they are the same kind of node with the same tag and `data-key`. */
function sameNode(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType) return false;
  if (a instanceof Element && b instanceof Element) {
    return a.tagName === b.tagName && a.getAttribute('data-key') === b.getAttribute('data-key');
  }
  return true;
}

function patchAttributes(target: Element, source: Element): void {
  for (const name of target.getAttributeNames()) {
    if (!source.hasAttribute(name)) target.removeAttribute(name);
  }
  for (const name of source.getAttributeNames()) {
    const value = source.getAttribute(name) ?? '';
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  }
}

function patchNode(target: Node, source: Node): void {
  if (target instanceof Element && source instanceof Element) {
    // Classes the client adds on its own (highlighting) survive the patch.
    const kept = target.classList.contains('is-active');
    patchAttributes(target, source);
    if (kept) target.classList.add('is-active');
    patchChildren(target, [...source.childNodes]);
  } else if (target.nodeValue !== source.nodeValue) {
    target.nodeValue = source.nodeValue;
  }
}

/** Makes `parent`'s children equal to `next`, reusing matching nodes position by position. */
export function patchChildren(parent: Node, next: readonly Node[]): void {
  const current = [...parent.childNodes];
  next.forEach((node, i) => {
    const existing = current[i];
    if (!existing) parent.appendChild(node);
    else if (sameNode(existing, node)) patchNode(existing, node);
    else parent.replaceChild(node, existing);
  });
  for (let i = next.length; i < current.length; i++) parent.removeChild(current[i]);
}
