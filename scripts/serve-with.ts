/**
 * Serves the built out/ folder with a real web server and the config the build
 * generated for it: `npm run serve:nginx`, `serve:caddy` or `serve:apache`.
 * PORT sets the port (default 8080); it listens on 127.0.0.1 only. The full
 * server config, pid file and logs go to a temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVERS, startServer, type ServerName } from '../lib/build/local-servers';

const name = process.argv[2] as ServerName;
if (!SERVERS.includes(name)) {
  console.error(`usage: tsx scripts/serve-with.ts ${SERVERS.join('|')}`);
  process.exit(2);
}
if (!fs.existsSync(path.resolve('deploy/generated/nginx-site.conf')) || !fs.existsSync(path.resolve('out/index.html'))) {
  console.error('out/ or deploy/generated/ is missing: run `npm run build` first.');
  process.exit(1);
}

const port = Number(process.env.PORT ?? 8080);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), `fluoroscopy-guide-${name}-`));
const server = await startServer(name, { port, dir }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
console.log(`Fluoroscopy Guide on ${name}: ${server.url}/ (config, pid and logs in ${dir})`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
server.child.on('exit', (code) => process.exit(code ?? 0));
