import { CSP_DIRECTIVES_SCORED } from './observatory-rules';

/**
 * A scorer for response headers that follows the MDN HTTP Observatory's rules
 * (mdn/mdn-http-observatory, src/grader/charts.js) for the tests that plain
 * HTTP on localhost allows: CSP, X-Frame-Options / frame-ancestors,
 * X-Content-Type-Options, Referrer-Policy, Cross-Origin-Resource-Policy and,
 * given the page's HTML, Subresource Integrity. Redirection, HSTS and cookie
 * tests need HTTPS and a real host; they are left out, so the score is what
 * those headers and the page earn. (COOP and COEP are sent but not scored.)
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

/**
 * The Observatory's Subresource Integrity test over a page's <script src> tags:
 * +5 when every script carries an integrity hash and none comes over plain
 * HTTP; 0 with no scripts, or same-origin scripts without it; less for
 * outside scripts without it.
 */
export function scoreSri(html: string): [number, string] {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((m) => m[1])
    .filter((attributes) => /\bsrc\s*=/i.test(attributes));
  if (!scripts.length) return [0, 'no script tags: SRI not needed: 0'];
  const src = (a: string) => /\bsrc\s*=\s*"([^"]*)"/i.exec(a)?.[1] ?? '';
  const external = (a: string) => /^(?:[a-z]+:)?\/\//i.test(src(a));
  const insecure = (a: string) => /^(?:http:)?\/\//i.test(src(a));
  const withIntegrity = scripts.filter((a) => /\bintegrity\s*=\s*"sha(?:256|384|512)-/i.test(a));
  if (withIntegrity.length === scripts.length) {
    return scripts.some(insecure) ? [-20, 'SRI, but scripts over HTTP: -20'] : [5, 'SRI on every script, all loaded securely: +5'];
  }
  if (scripts.some((a) => external(a) && insecure(a))) return [-50, 'no SRI and scripts over HTTP: -50'];
  if (scripts.some(external)) return [-5, 'no SRI on outside scripts: -5'];
  return [0, 'no SRI, but all scripts from this origin: 0'];
}

export function scoreHeaders(headers: Record<string, string | undefined>, html?: string): Scored {
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
    // 'wasm-unsafe-eval' is not 'unsafe-eval': it lets a page compile WebAssembly, not run strings as code.
    const noUnsafe = !CSP_DIRECTIVES_SCORED.some((name) => (d.get(name) ?? []).some((v) => /^'unsafe-inline'$|^'unsafe-eval'$|^\*$|^https?:$|^data:$/.test(v)));
    const formAction = (d.get('form-action') ?? []).join(' ');
    const formLocked = formAction === "'none'" || formAction === "'self'";
    if (defaultNone && noUnsafe && formLocked) bonuses.push([10, "CSP default-src 'none', no unsafe sources, form-action locked: +10"]);
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
  const corp = get('cross-origin-resource-policy');
  if (corp === 'same-origin' || corp === 'same-site') bonuses.push([10, `CORP ${corp}: +10`]);
  if (html !== undefined) {
    const [points, note] = scoreSri(html);
    if (points > 0) bonuses.push([points, note]);
    else if (points < 0) {
      score += points;
      notes.push(note);
    } else notes.push(note);
  }

  // Bonuses only count once the score without them is 90 or more.
  if (score >= 90) {
    for (const [points, note] of bonuses) {
      score += points;
      notes.push(note);
    }
  }
  return { score, notes };
}
