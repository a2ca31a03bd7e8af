import { readFileSync } from 'node:fs';
import { main } from './main.js';

// The pinned SDK runs on Node 20; its notice that future releases need Node 22 is noise for CLI users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stdin: () => readFileSync(0, 'utf8'),
});
process.exitCode = exitCode;
