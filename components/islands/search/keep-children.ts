/**
 * Makes `nodes` the children of `parent`, in that order, moving only what has
 * to move: what leaves is removed, what is new is inserted, and what stays is
 * never taken out and put back, which would drop the focus of a button in it.
 */
export function keepChildren(parent: Element, nodes: Node[]): void {
  for (const child of [...parent.childNodes]) if (!nodes.includes(child)) child.remove();
  nodes.forEach((node, i) => {
    if (parent.childNodes[i] !== node) parent.insertBefore(node, parent.childNodes[i] ?? null);
  });
}
