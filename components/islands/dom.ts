/*
 * What the framework-free islands (search, appointment) do to the markup the
 * server wrote for them.
 */

/** An element the page's markup must hold: a page without it is a build fault, not a reader's. */
export function one<T extends Element>(within: ParentNode, selector: string): T {
  const found = within.querySelector<T>(selector);
  if (!found) throw new Error(`the page has no ${selector}`);
  return found;
}

/** A fresh copy of one of the island's inert templates, for the script to fill with text. */
export function copyOf(island: ParentNode, name: string): DocumentFragment {
  return one<HTMLTemplateElement>(island, `template[data-template="${name}"]`).content.cloneNode(true) as DocumentFragment;
}
