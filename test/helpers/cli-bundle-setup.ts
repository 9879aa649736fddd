// Vitest global setup: the tests that run the real `quire` command run the CLI bundle (dist/cli),
// so it is rebuilt here, once before any test, whenever it is older than the sources — never
// by several test workers at once, and never left behind the code under test.
import { buildCli, cliBundleIsStale } from '../../scripts/build-cli.mjs';

export default async function buildCliBundleBeforeTests(): Promise<void> {
  if (cliBundleIsStale()) await buildCli();
}
