import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { positional } from '../cli-arguments';
import { defineCommand } from '../cli-command';
import { usageError } from '../cli-usage-error';
import { cliWarningLine } from '../cli-error-hints';

const usage = 'serve <vault> [--port <n>]';
// dist/renderer, seen from this source file (electron/cli/commands/) or from the CLI bundle (dist/cli/).
const builtRenderer = fileURLToPath(new URL(/\.[cm]?ts$/u.test(import.meta.url) ? '../../../dist/renderer' : '../renderer', import.meta.url));

export const serveCommands = [
  defineCommand({
    words: ['serve'],
    usage,
    summary: 'Serve the built desktop UI and the API on 127.0.0.1 for a browser, until Ctrl+C.',
    options: { port: { type: 'string' } },
    async run({ positionals, values, out, warn, witness }) {
      const vaultPath = positional(positionals, 0, 'vault', usage);
      const port = values.port === undefined ? 4780 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError({ field: 'port', problem: 'out-of-range', min: 0, max: 65535 }, usage, '--port <number>, 0 for any free port');
      if (!existsSync(path.join(builtRenderer, 'index.html'))) out(`Note: ${builtRenderer} is not built yet; run "npm run build:renderer".`);
      const [{ QuireCore }, { startLoopbackServer }] = await Promise.all([import('../../core/quire-core'), import('../../serve/start-loopback-server')]);
      const core = QuireCore.open(vaultPath, { witness });
      if (core.witnessWarning) warn(cliWarningLine(core.witnessWarning));
      // The loopback host opens the vault for work: releases due today become effective now, later ones on the timer.
      core.applyDueReleases();
      core.startTimers();
      const server = await startLoopbackServer({ core, staticDir: builtRenderer, port });
      out(`Quire is serving ${vaultPath} at ${server.url}  (127.0.0.1 only; Ctrl+C stops)`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.close();
      core.close();
      return { url: server.url };
    },
    text: () => 'Stopped.',
  }),
];
