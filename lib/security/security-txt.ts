import { SITE_FEEDBACK_EMAIL, SITE_URL } from '@/lib/site';

/** Where to report a security problem: SITE_SECURITY_EMAIL at build time, or the corrections address. */
export const SECURITY_CONTACT = process.env.SITE_SECURITY_EMAIL ?? SITE_FEEDBACK_EMAIL;

/**
 * The site's /.well-known/security.txt (RFC 9116): who to tell about a
 * security problem. It must carry an expiry date; a year from the build, so a
 * site left unbuilt for a year stops claiming an address nobody reads.
 */
export function securityTxt(built: Date, contact = SECURITY_CONTACT, origin = SITE_URL): string {
  const expires = new Date(built.getTime() + 365 * 24 * 60 * 60 * 1000);
  return [
    `Contact: mailto:${contact}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: en',
    `Canonical: ${origin}/.well-known/security.txt`,
    '',
  ].join('\n');
}
