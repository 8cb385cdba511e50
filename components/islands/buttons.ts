/**
 * Button looks shared by the islands: at least 44px high, and dark text on yellow when focused, as elsewhere on the site.
 * The shadow is a plain box-shadow: Tailwind's shadow utility would put some twenty custom properties in every page's stylesheet.
 */
export const primaryButton =
  'inline-flex min-h-11 items-center rounded bg-brand px-5 py-2 font-bold text-white [box-shadow:0_3px_0_var(--color-ink)] hover:bg-brandDark focus-visible:bg-focus focus-visible:text-ink print:hidden';

export const secondaryButton =
  'inline-flex min-h-11 items-center rounded border-2 border-brand bg-paper px-4 py-2 font-bold text-brand hover:bg-mist focus-visible:bg-focus focus-visible:text-ink print:hidden';
