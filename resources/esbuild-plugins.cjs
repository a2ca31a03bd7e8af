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

module.exports = [refuseLocalOnly, esmPackageMarker];
module.exports.LOCAL_ONLY = LOCAL_ONLY;
