// Runs verify on one vault in a process of its own and prints its time and the process's peak memory,
// so the figure is verify's alone (the generating process's memory is not in it).
import { closeVault, openVaultReadOnly } from '../electron/core/vault/open-vault';
import { vaultVerifyChecks } from '../electron/core/api/vault-verify-checks';
import { verifyVault } from '../electron/core/verify/verify-vault';

const vaultPath = process.argv[2]!;
const start = process.hrtime.bigint();
const vault = openVaultReadOnly(vaultPath);
const report = verifyVault(vault.db, vaultVerifyChecks);
closeVault(vault);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(JSON.stringify({ seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024, ok: report.ok, problems: report.problems.slice(0, 3), revisions: report.revisions, auditEvents: report.auditEvents }));
