import fs from 'node:fs';

/** A system Chromium: CHROMIUM_PATH first, then Debian's. Undefined means use Playwright's own. */
export function systemChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p) && fs.existsSync(p as string));
}
