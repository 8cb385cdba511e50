
/** The page a patient link opens: one of the tests, or a general guide, named by its English slug in every language. */
export type LinkPage = { slug: string; title: string; kind: 'procedure' | 'guide' };

/** "fluoroscopy-guide.example.org/procedures/barium-swallow/": short enough to type from paper. */
export function shortUrl(origin: string, path: string): string {
  return `${origin.replace(/^https?:\/\//, '')}${path}`;
}

/**
 * A tel: link from what the clinic typed. Only digits and + are kept, so
 * nothing but a number can reach the href. Undefined when no digit is left.
 */
export function telHref(phone: string): string | undefined {
  const number = phone.replace(/[^0-9+]/g, '');
  return /[0-9]/.test(number) ? `tel:${number}` : undefined;
}

/**
 * Domains kept for examples (RFC 2606 and RFC 6761): the default SITE_URL is
 * one of them, so a link made by a build without SITE_URL set goes nowhere.
 */
const PLACEHOLDER_DOMAINS = ['example.org', 'example.com', 'example.net'];
const PLACEHOLDER_TLDS = ['example', 'test', 'invalid'];

/** True when links made for this origin would point to a placeholder domain rather than a real site. */
export function isPlaceholderOrigin(origin: string): boolean {
  let host: string;
  try {
    host = new URL(origin).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return true;
  }
  return (
    PLACEHOLDER_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`)) ||
    PLACEHOLDER_TLDS.includes(host.split('.').pop()!)
  );
}
