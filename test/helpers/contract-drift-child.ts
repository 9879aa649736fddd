// A child process whose core answers one call against a deliberately narrowed contract: the method
// no longer declares the code it raises. It proves that a core in another process checks itself
// when the test setup's QUIRE_CONTRACT_CHECK_LOG reaches it.
//   node --import tsx test/helpers/contract-drift-child.ts <vault> <user> <password>
import { apiContract } from '../../shared/contract';
import { QuireCore } from '../../electron/core/quire-core';

const [vaultPath, username, password] = process.argv.slice(2) as [string, string, string];
const spec = apiContract['documents.get'] as { errors: readonly string[] };
spec.errors = spec.errors.filter((code) => code !== 'DOCUMENT_NOT_FOUND');
const core = QuireCore.open(vaultPath, { workstation: 'contract-drift-child' });
try {
  const { token } = await core.login(username, password);
  const outcome = await core.dispatch({ token, method: 'documents.get', input: { number: 'SOP-QA-9999' } });
  process.stdout.write(JSON.stringify(outcome));
} finally {
  core.close();
}
