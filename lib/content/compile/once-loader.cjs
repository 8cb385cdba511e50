/*
 * Next compiles a module once per layer that imports it: the pages, and again
 * the metadata routes (sitemap, share images) that read the same articles
 * through content/manifest.ts. This loader sits in front of the MDX loader and
 * keeps each compiled article in .next/cache, keyed by the file's text and the
 * compiler's own sources, so the second layer (often in another worker process)
 * takes the first one's output instead of parsing the file again. A lock file
 * makes a worker that arrives while another is compiling wait for its result.
 */
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const WAIT_MS = 50;
// A lock older than this is from a build that died; compile anyway rather than hang.
const STALE_MS = 120_000;

/** Everything the compiled output depends on besides the article itself. */
const COMPILER_INPUTS = ['lib/content', 'content/schema', 'content/data', 'package-lock.json'];

const versions = new Map();

function filesUnder(entry) {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

const compilerFiles = (root) => COMPILER_INPUTS.flatMap((entry) => filesUnder(path.join(root, entry)));

/** One hash of the compiler's inputs, worked out once per process. */
function compilerVersion(root) {
  if (!versions.has(root)) {
    const hash = createHash('sha256');
    for (const file of compilerFiles(root)) {
      hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
    }
    versions.set(root, hash.digest('hex'));
  }
  return versions.get(root);
}

function keyOf(root, file, source) {
  return createHash('sha256').update(compilerVersion(root)).update(file).update('\0').update(source).digest('hex');
}

function readIfPresent(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the real loader with a context whose `async()` callback hands its result back here. */
function runInner(context, inner, source) {
  return new Promise((resolve, reject) => {
    const callback = (error, code) => (error ? reject(error) : resolve(String(code)));
    const proxy = new Proxy(context, {
      get(target, prop, receiver) {
        if (prop === 'async') return () => callback;
        if (prop === 'callback') return callback;
        return Reflect.get(target, prop, receiver);
      },
    });
    try {
      const returned = inner.call(proxy, source);
      if (returned !== undefined) resolve(String(returned));
    } catch (error) {
      reject(error);
    }
  });
}

/**
 * Returns the compiled article, compiling it only when no other layer or
 * worker has. `compile` is the real MDX loader's work; `log`, when given, is
 * told of each real compile (the build's compile count).
 */
async function compileOnce({ root, cacheDir, file, source, compile, log }) {
  const key = keyOf(root, file, source);
  const output = path.join(cacheDir, `${key}.js`);
  const lock = path.join(cacheDir, `${key}.lock`);
  fs.mkdirSync(cacheDir, { recursive: true });

  for (;;) {
    const cached = readIfPresent(output);
    if (cached !== undefined) return cached;
    let handle;
    try {
      handle = fs.openSync(lock, 'wx');
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_MS) fs.rmSync(lock, { force: true });
      else await sleep(WAIT_MS);
      continue;
    }
    try {
      const code = await compile();
      if (log) log(file);
      // Written whole under another name first, so a reader never sees half a module.
      const partial = `${output}.${process.pid}.tmp`;
      fs.writeFileSync(partial, code);
      fs.renameSync(partial, output);
      return code;
    } finally {
      fs.closeSync(handle);
      fs.rmSync(lock, { force: true });
    }
  }
}

module.exports = function compileOnceLoader(source) {
  const callback = this.async();
  const { inner, ...innerOptions } = this.getOptions();
  const root = this.rootContext ?? process.cwd();
  const file = path.relative(root, this.resourcePath).split(path.sep).join('/');
  const innerLoader = require(inner);
  // The article step validates against the schemas and data, so a change there must compile the article again
  // (in `next dev`, and in the bundler's own cache between builds).
  for (const dependency of compilerFiles(root)) if (!dependency.endsWith('package-lock.json')) this.addDependency(dependency);
  const context = new Proxy(this, {
    get(target, prop, receiver) {
      if (prop === 'getOptions') return () => innerOptions;
      return Reflect.get(target, prop, receiver);
    },
  });
  const logFile = process.env.CONTENT_COMPILE_LOG;
  compileOnce({
    root,
    cacheDir: path.join(root, '.next', 'cache', 'content-compile'),
    file,
    source: String(source),
    compile: () => runInner(context, innerLoader, source),
    log: logFile ? (name) => fs.appendFileSync(path.resolve(root, logFile), `${name}\n`) : undefined,
  }).then(
    (code) => callback(null, code),
    (error) => callback(error),
  );
};

module.exports.compileOnce = compileOnce;
