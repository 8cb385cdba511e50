import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './lib/build/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4173);

const launchOptions = {
  executablePath: systemChromium(),
  // Keep Chromium from reaching out to the network on its own.
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  globalSetup: './tests/e2e/servers.setup.ts',
  use: { baseURL: `http://localhost:${PORT}`, trace: 'off' },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // The same server and headers as `npm start`, on a port of its own.
    command: `node_modules/.bin/serve --no-clipboard --no-port-switching --listen tcp://127.0.0.1:${PORT} out`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
