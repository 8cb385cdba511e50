import { CSP_DIRECTIVES_SCORED } from './observatory-rules';

/**
 * A scorer for response headers that follows the MDN HTTP Observatory's rules
 * (mdn/mdn-http-observatory, src/grader/charts.js) for the tests that plain
 * HTTP on localhost allows: CSP, X-Frame-Options / frame-ancestors,
 * X-Content-Type-Options, Referrer-Policy and the cross-origin policies.
 * Redirection, HSTS and cookie tests need HTTPS and a real host; they are left
 * out, so the score is what those headers earn.
 */
export type Scored = { score: number; notes: string[] };

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

export function scoreHeaders(headers: Record<string, string | undefined>): Scored {
  let score = 100;
  const bonuses: [number, string][] = [];
  const notes: string[] = [];
  const get = (name: string) => headers[name.toLowerCase()];

  const csp = get('content-security-policy');
  if (!csp) {
    score -= 25;
    notes.push('no CSP: -25');
  } else {
    const d = directives(csp);
    const script = d.get('script-src') ?? d.get('default-src') ?? [];
    if (script.includes("'unsafe-inline'")) {
      score -= 20;
      notes.push("'unsafe-inline' in script-src: -20");
    }
    if (script.includes("'unsafe-eval'")) {
      score -= 10;
      notes.push("'unsafe-eval' in script-src: -10");
    }
    const defaultNone = (d.get('default-src') ?? []).join(' ') === "'none'";
    const noUnsafe = !CSP_DIRECTIVES_SCORED.some((name) => (d.get(name) ?? []).some((v) => /unsafe-inline|unsafe-eval|^\*$|^https?:$|^data:$/.test(v) && !(name === 'img-src' && v === 'data:')));
    if (defaultNone && noUnsafe) bonuses.push([10, "CSP default-src 'none' with no unsafe sources: +10"]);
  }

  const frameAncestors = csp ? directives(csp).get('frame-ancestors') : undefined;
  if (!get('x-frame-options') && !frameAncestors) {
    score -= 20;
    notes.push('no X-Frame-Options or frame-ancestors: -20');
  } else if (frameAncestors?.join(' ') === "'none'") {
    bonuses.push([5, "frame-ancestors 'none': +5"]);
  }
  if (get('x-content-type-options')?.toLowerCase() !== 'nosniff') {
    score -= 5;
    notes.push('no X-Content-Type-Options: nosniff: -5');
  }
  const referrer = get('referrer-policy')?.toLowerCase() ?? '';
  if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].some((v) => referrer.split(',').map((s) => s.trim()).includes(v))) {
    bonuses.push([5, 'safe Referrer-Policy: +5']);
  }
  if (get('cross-origin-resource-policy') === 'same-origin') bonuses.push([10, 'CORP same-origin: +10']);
  if (get('cross-origin-opener-policy') === 'same-origin') bonuses.push([10, 'COOP same-origin: +10']);
  if (get('cross-origin-embedder-policy') === 'require-corp') bonuses.push([10, 'COEP require-corp: +10']);

  // Bonuses only count once the score without them is 90 or more.
  if (score >= 90) {
    for (const [points, note] of bonuses) {
      score += points;
      notes.push(note);
    }
  }
  return { score, notes };
}
