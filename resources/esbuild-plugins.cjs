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

module.exports = [refuseLocalOnly, esmPackageMarker, stdnumEsm];
module.exports.LOCAL_ONLY = LOCAL_ONLY;
