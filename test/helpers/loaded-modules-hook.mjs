// Preloaded into a `quire` process (NODE_OPTIONS=--import=<this file>) by test/cli/cli-bundle.test.ts:
// records the URL of every module the process loads, by import or require, and writes the list to
// the file named by QUIRE_LOADED_MODULES_FILE when the process exits. Evidence of what a command
// parsed, taken from Node's module loader itself rather than from our own code.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const loaded = [];
registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => writeFileSync(process.env.QUIRE_LOADED_MODULES_FILE, loaded.join('\n')));
