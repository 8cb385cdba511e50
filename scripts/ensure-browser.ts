/**
 * Makes sure Playwright has a Chromium to drive: Debian's (or the one named by
 * CHROMIUM_PATH) when present, otherwise Playwright's own, downloaded once.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from '../lib/build/chromium';

if (systemChromium()) process.exit(0);
if (fs.existsSync(chromium.executablePath())) process.exit(0);
console.log('No Chromium found: installing Playwright’s own (needs internet).');
execSync('npx playwright install chromium', { stdio: 'inherit' });
