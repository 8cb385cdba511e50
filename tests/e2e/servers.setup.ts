import path from 'node:path';
import { SERVERS, serverBinary, startServer, type Running } from '../../lib/build/local-servers';

/** Each real server gets a loopback port of its own, from SERVERS_TEST_PORT (default 8089) up. */
const FIRST_PORT = Number(process.env.SERVERS_TEST_PORT ?? process.env.NGINX_TEST_PORT ?? 8089);

export const serverUrlVariable = (name: string) => `SERVER_URL_${name.toUpperCase()}`;

/**
 * Serves out/ with nginx, Caddy and Apache, each with the config the build
 * generated for it, so tests/e2e/servers.spec.ts checks the configs that ship.
 * A laptop without one of them skips that server's tests; CI installs all three.
 */
export default async function globalSetup() {
  const running: Running[] = [];
  for (const [index, name] of SERVERS.entries()) {
    if (!serverBinary(name)) {
      if (process.env.CI) throw new Error(`${name} is not installed: .ci/run installs it so its deploy config is tested.`);
      console.warn(`${name} is not installed here: its deploy tests will be skipped.`);
      continue;
    }
    const server = await startServer(name, { port: FIRST_PORT + index, dir: path.resolve(`test-results/servers/${name}`), quiet: true });
    process.env[serverUrlVariable(name)] = server.url;
    running.push(server);
  }
  return async () => {
    await Promise.all(running.map((server) => server.stop()));
  };
}
