'use strict';

/**
 * A local Serverless plugin that removes the staging folders serverless-esbuild leaves behind.
 * Its zip() copies each function's files into `<os tmp>/<function>-<pid>-<ms>-<hex>` and releases
 * that folder with a non-recursive remove, which fails on the full folder without a word
 * (floydspace/serverless-esbuild pull request #589): every `serverless package` or `deploy` left
 * five folders in /tmp. Only this process's folders, named after this service's functions (or
 * the service, when not packaged individually), are removed.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const STAGING = /^(.+)-(\d+)-\d+-[0-9a-f]{8}$/;

/** Removes `<dir>/<name>-<pid>-<ms>-<hex>` for each of `names`; returns how many it removed. */
const sweepStaging = (names, pid, dir = os.tmpdir()) => {
  const wanted = new Set(names);
  let removed = 0;
  for (const entry of fs.readdirSync(dir)) {
    const match = STAGING.exec(entry);
    if (match === null || !wanted.has(match[1]) || Number(match[2]) !== pid) continue;
    fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
    removed += 1;
  }
  return removed;
};

class TmpCleanup {
  constructor(serverless) {
    const sweep = () => {
      const { service } = serverless;
      sweepStaging([...service.getAllFunctions(), service.service], process.pid);
    };
    this.hooks = {
      'after:package:createDeploymentArtifacts': sweep,
      'after:deploy:function:packageFunction': sweep,
    };
  }
}

module.exports = TmpCleanup;
module.exports.sweepStaging = sweepStaging;
