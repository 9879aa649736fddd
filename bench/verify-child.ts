// Runs verify on one vault in a process of its own and prints its time and the process's peak memory,
// so the figure is verify's alone (the generating process's memory is not in it), and the CPU time it
// used (on a shared machine the wall clock mostly measures the other processes).
import { closeVault, openVaultReadOnly } from '../electron/core/vault/open-vault';
import { vaultVerifyChecks } from '../electron/core/api/vault-verify-checks';
import { verifyVault } from '../electron/core/verify/verify-vault';

const vaultPath = process.argv[2]!;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const vault = openVaultReadOnly(vaultPath);
const report = verifyVault(vault.db, vaultVerifyChecks);
closeVault(vault);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssBytes: process.resourceUsage().maxRSS * 1024, ok: report.ok, problems: report.problems.slice(0, 3), revisions: report.revisions, auditEvents: report.auditEvents }));
