import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const NGINX_PORT = Number(process.env.NGINX_TEST_PORT ?? 8089);
const PREFIX = path.resolve('test-results/nginx');

function nginxBinary(): string | undefined {
  return ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((p) => fs.existsSync(p));
}

/**
 * Serves out/ with the generated deploy config on a loopback port, so the
 * nginx tests check the config that ships, not a copy of it.
 */
export default async function globalSetup() {
  const binary = nginxBinary();
  if (!binary) {
    if (process.env.CI) throw new Error('nginx is not installed: .ci/run installs it so the deploy config is tested.');
    console.warn('nginx is not installed here: the nginx deploy tests will be skipped.');
    return;
  }
  const site = fs
    .readFileSync(path.resolve('deploy/generated/nginx-site.conf'), 'utf8')
    .replace(/^(\s*)listen \d+;/m, `$1listen 127.0.0.1:${NGINX_PORT};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${path.resolve("out")};`);
  fs.mkdirSync(path.join(PREFIX, 'logs'), { recursive: true });
  fs.writeFileSync(path.join(PREFIX, 'site.conf'), site);
  fs.writeFileSync(
    path.join(PREFIX, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${PREFIX}/nginx.pid;
error_log ${PREFIX}/logs/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${PREFIX}/body;
    proxy_temp_path ${PREFIX}/proxy;
    fastcgi_temp_path ${PREFIX}/fastcgi;
    uwsgi_temp_path ${PREFIX}/uwsgi;
    scgi_temp_path ${PREFIX}/scgi;
    include ${PREFIX}/site.conf;
}
`,
  );
  execFileSync(binary, ['-t', '-p', PREFIX, '-c', path.join(PREFIX, 'nginx.conf')], { stdio: 'pipe' });
  const child = spawn(binary, ['-p', PREFIX, '-c', path.join(PREFIX, 'nginx.conf')], { stdio: 'inherit' });
  for (let i = 0; i < 50; i += 1) {
    try {
      await fetch(`http://127.0.0.1:${NGINX_PORT}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  process.env.NGINX_URL = `http://127.0.0.1:${NGINX_PORT}`;
  return async () => {
    child.kill('SIGQUIT');
  };
}
