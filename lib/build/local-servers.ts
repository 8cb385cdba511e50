import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Serves out/ on a loopback port with a real web server (Debian's nginx, caddy
 * or apache2) and the config this build generated in deploy/generated/, so the
 * tests and `npm run serve:<server>` check the config that ships, not a copy.
 * Each run writes a full server config into its own folder, with the pid file,
 * logs and temp files there: nothing touches the system's own server setup.
 */
export const SERVERS = ['nginx', 'caddy', 'apache'] as const;
export type ServerName = (typeof SERVERS)[number];

const BINARIES: Record<ServerName, string[]> = {
  nginx: ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'],
  caddy: ['/usr/bin/caddy', '/usr/local/bin/caddy'],
  apache: ['/usr/sbin/apache2', '/usr/sbin/httpd', '/usr/local/sbin/httpd'],
};

export function serverBinary(name: ServerName): string | undefined {
  return BINARIES[name].find((p) => fs.existsSync(p));
}

export type Running = { url: string; child: ChildProcess; stop: () => Promise<void> };

type Options = { port: number; root?: string; dir: string; host?: string; /** Server output to <dir>/logs/server.log instead of this terminal. */ quiet?: boolean };

/** The generated site config with this machine's root and port put in. */
function siteConfig(file: string, root: string, host: string, port: number): string {
  const text = fs.readFileSync(path.resolve('deploy/generated', file), 'utf8');
  switch (file) {
    case 'nginx-site.conf':
      return text
        .replace(/^(\s*)listen \d+;/m, `$1listen ${host}:${port};`)
        .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`);
    case 'Caddyfile':
      return text.replace(/^:\d+ \{/m, `http://${host}:${port} {`).replace(/^(\s*)root \* .+$/m, `$1root * ${root}`);
    default:
      return text
        .replace(/<VirtualHost \*:\d+>/, `<VirtualHost ${host}:${port}>`)
        .replace(/^(\s*)DocumentRoot .+$/m, `$1DocumentRoot "${root}"`)
        .replace(/^(\s*)<Directory .+>$/m, `$1<Directory "${root}">`);
  }
}

/** Runs a config check; a failure names the server's own message. */
function check(binary: string, args: string[], env?: NodeJS.ProcessEnv) {
  try {
    execFileSync(binary, args, { stdio: 'pipe', env });
  } catch (error) {
    const e = error as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(`${path.basename(binary)} rejected its config:\n${e.stderr?.toString() ?? ''}${e.stdout?.toString() ?? ''}`);
  }
}

function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** The command that runs each server in the foreground with a config of our own. */
function prepare(name: ServerName, binary: string, { port, dir, root, host }: Required<Omit<Options, 'quiet'>>): string[] {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
  if (name === 'nginx') {
    const site = siteConfig('nginx-site.conf', root, host, port).replace(
      /access_log \S+ fg_private;/,
      `access_log ${dir}/logs/access.log fg_private;`,
    );
    write(dir, 'site.conf', site);
    const conf = write(
      dir,
      'nginx.conf',
      `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/site.conf;
}
`,
    );
    check(binary, ['-t', '-q', '-p', dir, '-c', conf]);
    return [binary, '-p', dir, '-c', conf];
  }
  if (name === 'caddy') {
    const conf = write(dir, 'Caddyfile', siteConfig('Caddyfile', root, host, port));
    check(binary, ['validate', '--adapter', 'caddyfile', '--config', conf], caddyEnv(dir));
    return [binary, 'run', '--adapter', 'caddyfile', '--config', conf];
  }
  const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'headers', 'filter', 'deflate'];
  write(dir, 'site.conf', siteConfig('apache-site.conf', root, host, port).replace(/\$\{APACHE_LOG_DIR\}/g, `${dir}/logs`));
  const conf = write(
    dir,
    'httpd.conf',
    `ServerRoot "${dir}"
ServerName ${host}
${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
Listen ${host}:${port}
PidFile "${dir}/httpd.pid"
Mutex file:${dir} default
DefaultRuntimeDir "${dir}"
ErrorLog "${dir}/logs/error.log"
LogLevel warn
TypesConfig /etc/mime.types
${process.getuid?.() === 0 ? 'User www-data\nGroup www-data' : ''}
StartServers 1
ServerLimit 1
ThreadsPerChild 16
MinSpareThreads 1
MaxSpareThreads 16
MaxRequestWorkers 16
ServerTokens Prod
TraceEnable Off
<Directory />
    AllowOverride None
    Require all denied
</Directory>
Include "${dir}/site.conf"
`,
  );
  check(binary, ['-t', '-f', conf]);
  return [binary, '-DFOREGROUND', '-f', conf];
}

function caddyEnv(dir: string): NodeJS.ProcessEnv {
  // Caddy keeps its data and config folders under HOME / XDG_*: point them into the run's own folder.
  return { ...process.env, HOME: dir, XDG_DATA_HOME: path.join(dir, 'data'), XDG_CONFIG_HOME: path.join(dir, 'config') };
}

export async function startServer(name: ServerName, options: Options): Promise<Running> {
  const binary = serverBinary(name);
  if (!binary) throw new Error(`${name} is not installed (apt-get install ${name === 'apache' ? 'apache2' : name}).`);
  const host = options.host ?? '127.0.0.1';
  const root = options.root ?? path.resolve('out');
  const [command, ...args] = prepare(name, binary, { ...options, root, host });
  const output = options.quiet ? fs.openSync(path.join(options.dir, 'logs', 'server.log'), 'a') : 'inherit';
  const child = spawn(command, args, {
    stdio: ['ignore', output, output],
    env: name === 'caddy' ? caddyEnv(options.dir) : process.env,
  });
  const url = `http://${host}:${options.port}`;
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i += 1) {
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (exited) throw new Error(`${name} stopped at start-up: see ${options.dir}/logs/`);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited) return resolve();
      child.once('exit', () => resolve());
      // nginx finishes gracefully on QUIT, Apache on WINCH; TERM stops all three at once.
      child.kill('SIGTERM');
    });
  return { url, child, stop };
}
