import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QuireError } from '../../../shared/errors';
import { QuireCore } from '../../core/quire-core';
import { startLoopbackServer } from '../../serve/start-loopback-server';
import { positional } from '../cli-arguments';
import { defineCommand } from '../cli-command';

const usage = 'serve <vault> [--port <n>]';
const builtRenderer = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/renderer');

export const serveCommands = [
  defineCommand({
    words: ['serve'],
    usage,
    summary: 'Serve the built desktop UI and the API on 127.0.0.1 for a browser, until Ctrl+C.',
    options: { port: { type: 'string' } },
    async run({ positionals, values, out, warn, witness }) {
      const vaultPath = positional(positionals, 0, 'vault', usage);
      const port = values.port === undefined ? 4780 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new QuireError('INVALID_INPUT', '--port takes a port number (0 for any free port).');
      if (!existsSync(path.join(builtRenderer, 'index.html'))) out(`Note: ${builtRenderer} is not built yet; run "npm run build:renderer".`);
      const core = QuireCore.open(vaultPath, { witness });
      if (core.witnessWarning) warn(`${core.witnessWarning.code}: ${core.witnessWarning.message}`);
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
