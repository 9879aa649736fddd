// Writes one audit pack from a vault in a process of its own and prints its time, CPU time and the
// process's peak memory, so the figure is the pack's alone (not the generating process's).
import { QuireCore } from '../electron/core/quire-core';

const [vaultPath, destination, username, password] = process.argv.slice(2) as [string, string, string, string];
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const core = QuireCore.open(vaultPath);
const { token } = await core.login(username, password);
const { jobId } = await core.call(token, 'auditPack.start', { destination, password });
let progress = await core.call(token, 'auditPack.progress', { jobId });
while (progress.phase === 'running') {
  await new Promise((resolve) => setTimeout(resolve, 50));
  progress = await core.call(token, 'auditPack.progress', { jobId });
}
core.close();
if (!progress.result) throw new Error(`the pack failed: ${JSON.stringify(progress.error)}`);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssBytes: process.resourceUsage().maxRSS * 1024, bytes: progress.result.bytes, files: progress.result.files }));
