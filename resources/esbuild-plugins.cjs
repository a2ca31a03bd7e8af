'use strict';

/**
 * esbuild plugins for serverless-esbuild (`custom.esbuild.plugins` in serverless.yml).
 * The bundles are ESM with a `.js` extension, because `serverless invoke local` (osls) cannot
 * load `.mjs`; Lambda then needs a `package.json` with `"type": "module"` beside them.
 */
const fs = require('node:fs');
const path = require('node:path');

/** Packages that only the local runtime may use: importing one from a handler fails the build. */
const LOCAL_ONLY = ['dynalite', 'aws-local-stepfunctions'];

const escapeRegExp = (name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

const refuseLocalOnly = {
  name: 'refuse-local-only-packages',
  setup(build) {
    const filter = new RegExp(`^(${LOCAL_ONLY.map(escapeRegExp).join('|')})(/|$)`);
    build.onResolve({ filter }, (args) => ({
      errors: [
        {
          text: `${args.path} is local-only and must never be bundled (imported by ${args.importer})`,
        },
      ],
    }));
  },
};

/** Writes `<top dir of the entry>/package.json` = {"type":"module"}: `functions/package.json` in every zip. */
const esmPackageMarker = {
  name: 'esm-package-marker',
  setup(build) {
    build.onEnd((result) => {
      const { outdir, entryPoints } = build.initialOptions;
      const entry = Array.isArray(entryPoints) ? entryPoints[0] : undefined;
      if (result.errors.length > 0 || !outdir || typeof entry !== 'string') return;
      const entryDir = path.dirname(path.normalize(entry));
      const topDir = entryDir.split(path.sep)[0];
      if (!topDir || topDir === '.' || !outdir.endsWith(entryDir)) return;
      const buildRoot = outdir.slice(0, outdir.length - entryDir.length);
      const marker = path.join(buildRoot, topDir, 'package.json');
      fs.mkdirSync(path.dirname(marker), { recursive: true });
      fs.writeFileSync(marker, `${JSON.stringify({ type: 'module' })}\n`);
    });
  },
};

/**
 * stdnum's ES module build instead of its CommonJS one. The classifier imports
 * `stdnum/lib/cjs/<country>/<scheme>.js`, which Node can load unbundled (the ESM build's own
 * imports have no file extensions, so only a bundler can load it). Bundled, each of the 80
 * CommonJS modules copies stdnum's helpers through esModuleInterop at import: about 10 ms of a
 * cold start, where the ESM build is plain code. Same library version, same results.
 */
const stdnumEsm = {
  name: 'stdnum-esm',
  setup(build) {
    build.onResolve({ filter: /^stdnum\/lib\/cjs\// }, async (args) => {
      const resolved = await build.resolve(args.path.replace('/lib/cjs/', '/lib/esm/'), {
        kind: args.kind,
        resolveDir: args.resolveDir,
      });
      return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: resolved.path };
    });
  },
};

// A code unit outside ASCII, with the backslashes right before it. Not U+2028 and U+2029: they end
// a line comment, and an escape would carry the comment on.
const NON_ASCII = /(\\*)([\u0080-\u2027\u202a-\uffff])/g;
const LOADERS = {
  '.ts': 'ts',
  '.mts': 'ts',
  '.cts': 'ts',
  '.js': 'js',
  '.mjs': 'js',
  '.cjs': 'js',
};

/**
 * A source with each code unit outside ASCII written as a `\uXXXX` escape. esbuild escapes
 * strings and names itself, but leaves regular expression literals and template literals as
 * written ('(?:était|clínica)', String.raw patterns), and one such character anywhere makes V8
 * hold the whole 2.2 MB bundle as a two-byte string: Node then decodes it from UTF-8 about 11 ms
 * slower, and V8 compiles it 6-19 ms slower (a cold start). The escape means the same character in
 * a string, a template, a regular expression (an astral character as its two surrogates, which
 * a `u` pattern reads as one code point), an identifier and a comment; after an odd run of
 * backslashes ('\é', an identity escape) it replaces that escape. A raw template read as text
 * rather than as a pattern would change: the classifier has none, and a test compares the
 * bundled classifier with the source on every fixture. An escape adds no line, so a stack trace
 * through the source map names the right line (a column on such a line may be a little off).
 */
const escapeNonAscii = (source) =>
  source.replace(NON_ASCII, (_match, slashes, char) => {
    const escaped = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escaped;
  });

/** Loads every TypeScript and JavaScript source through escapeNonAscii: an ASCII-only bundle. */
const asciiSources = {
  name: 'ascii-sources',
  setup(build) {
    build.onLoad({ filter: /\.(?:[cm]?ts|[cm]?js)$/ }, async (args) => {
      const source = (await fs.promises.readFile(args.path, 'utf8')).replace(/^\uFEFF/, '');
      const loader = LOADERS[path.extname(args.path)];
      return { contents: escapeNonAscii(source), loader, resolveDir: path.dirname(args.path) };
    });
  },
};

module.exports = [refuseLocalOnly, esmPackageMarker, stdnumEsm, asciiSources];
module.exports.LOCAL_ONLY = LOCAL_ONLY;
module.exports.escapeNonAscii = escapeNonAscii;
