/** True when the fragment is an in-page jump, such as the skip link's "#main", not a clinic's instructions. */
export function namesAnElement(hash: string): boolean {
  // Clinic links are key=value pairs (version 1) or start with their version number and a full stop (version 2).
  if (hash.length < 2 || hash.includes('=') || /^#[0-9]+\./.test(hash)) return false;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1))) !== null;
  } catch {
    return false;
  }
}

/**
 * Calls `show` with the page's fragment ("#2.barium-swallow&..." or "#v=1&p=..."),
 * now and on every hashchange. Jumps to an element of the page are ignored,
 * so using the skip link or a contents link does not wipe the instructions.
 */
export function followFragment(show: (fragment: string) => void): void {
  const read = () => {
    const hash = window.location.hash;
    if (!namesAnElement(hash)) show(hash);
  };
  read();
  window.addEventListener('hashchange', read);
}
