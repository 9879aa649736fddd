import { utilityProcess } from 'electron';
import path from 'node:path';
import { unpackedPath } from './unpacked-path';

/**
 * The demo vault's path in `folder`, made on first use by dist/electron/demo-vault.mjs in a utilityProcess
 * of its own (the demo runs the whole workflow, about a minute). Rejects with a coded error if it fails.
 */
export function makeDemoVault(folder: string, onOutput: (line: string) => void): Promise<string> {
  const child = utilityProcess.fork(unpackedPath(path.join(__dirname, 'demo-vault.mjs')), [folder], { serviceName: 'Quire demo vault', stdio: 'pipe' });
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => onOutput(chunk.toString('utf8').trimEnd()));
  return new Promise((resolve, reject) => {
    child.on('message', (message: { kind: 'ready'; vaultPath: string } | { kind: 'failed'; error: { code: string; message: string } }) => {
      if (message.kind === 'ready') resolve(message.vaultPath);
      else reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
      child.kill();
    });
    child.on('exit', (code) => reject(Object.assign(new Error(`The demo vault could not be made (exit code ${code}).`), { code: 'INTERNAL' })));
  });
}
