/**
 * Serves the built site from out/ with the same headers the deploy configs
 * send (out/serve.json, written by scripts/postbuild.ts). PORT sets the port.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const port = Number(process.env.PORT ?? 3000);
const out = path.resolve('out');
if (!fs.existsSync(path.join(out, 'serve.json'))) {
  console.error('out/ is missing or incomplete: run `npm run build` first.');
  process.exit(1);
}

// Started directly, not through npx, so stopping this process stops the server.
const bin = path.resolve('node_modules/.bin/serve');
const child = spawn(bin, ['--no-clipboard', '--no-port-switching', '--listen', `tcp://0.0.0.0:${port}`, out], {
  stdio: 'inherit',
});
console.log(`Fluoroscopy Guide: http://localhost:${port}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
