// A one-shot process that makes (or finds) the demo vault in the folder named by argv[2] and says where it
// is. The desktop app runs it as a utilityProcess for "Try the demo vault" and then opens that vault in
// its core host like any other, so neither main nor the core host loads the demo.
import { prepareDemoVault } from './prepare-demo-vault';

interface ParentPort {
  postMessage(message: unknown): void;
}
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
const send = (message: unknown) => (parentPort ? parentPort.postMessage(message) : process.send?.(message));

try {
  const folder = process.argv[2];
  if (!folder) throw new Error('The demo vault process needs the folder as its first argument.');
  const { vaultPath } = await prepareDemoVault(folder);
  send({ kind: 'ready', vaultPath });
} catch (error) {
  send({ kind: 'failed', error: { code: 'INTERNAL', message: `The demo vault could not be made: ${(error as Error).message}` } });
  process.exitCode = 1;
}
// The parent ends this process once it has the answer (its message channel keeps it alive until then).
