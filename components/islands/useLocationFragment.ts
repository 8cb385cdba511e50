'use client';

import { useEffect, useState } from 'react';

/** True when the fragment is an in-page jump, such as the skip link's "#main", not a clinic's instructions. */
function namesAnElement(hash: string): boolean {
  if (hash.length < 2 || hash.includes('=')) return false;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1))) !== null;
  } catch {
    return false;
  }
}

/**
 * The page's fragment ("#v=1&p=..."), read after hydration and again on every
 * hashchange. Empty in the static HTML, so server and browser agree. Jumps to
 * an element of the page are ignored, so using the skip link or a contents
 * link does not wipe the instructions already shown.
 */
export function useLocationFragment(): string {
  const [fragment, setFragment] = useState('');
  useEffect(() => {
    const read = () => {
      const hash = window.location.hash;
      if (!namesAnElement(hash)) setFragment(hash);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  return fragment;
}
