// `npm run bench`: runs each benchmark in turn and prints its figures beside its reference,
// measured in the same run. Add a bench here (a module exporting `run(): Promise<void>`) to include it.
import { fmt, seconds } from './measure';

const benches: { name: string; load: () => Promise<{ run: () => Promise<void> }> }[] = [
  { name: 'cli', load: () => import('./cli-start') },
  { name: 'vault: doc add', load: () => import('./vault-doc-add') },
  { name: 'vault: import a shared drive', load: () => import('./vault-import') },
  { name: 'vault: verify', load: () => import('./vault-verify') },
  { name: 'vault: verify 100,000 documents', load: () => import('./vault-verify-documents') },
  { name: 'search 100,000 documents', load: () => import('./search-documents') },
  { name: 'register: 100,000 documents', load: () => import('./register-list') },
  { name: 'compare revisions', load: () => import('./compare-revisions') },
  { name: 'pdf stamping', load: () => import('./pdf-stamp') },
  { name: 'audit pack: 1,000 documents, 100,000 events', load: () => import('./audit-pack') },
];

// `npm run bench -- pdf` runs only the benches whose name contains "pdf".
const only = process.argv.slice(2);
let failed = false;
for (const bench of benches.filter((b) => only.length === 0 || only.some((word) => b.name.includes(word)))) {
  console.log(`\n== ${bench.name}`);
  try {
    const { run } = await bench.load();
    const took = await seconds(run);
    console.log(`(${bench.name} took ${fmt(took)} in all)`);
  } catch (error) {
    failed = true;
    console.error(`${bench.name} FAILED: ${(error as Error).stack ?? String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
