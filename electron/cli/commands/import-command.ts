import path from 'node:path';
import type { ImportProgress, ImportReport } from '../../../shared/contract';
import { formatSize } from '../../../shared/messages';
import { QuireError, type ErrorCode } from '../../../shared/errors';
import { defineCommand } from '../cli-command';
import { optionalText, positional } from '../cli-arguments';

const usage = 'import <vault> <folder> [--metadata <sheet.csv|sheet.xlsx>] [--type <T>] [--dept <D>] [--dry-run] --as <user>';

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/** One line a terminal rewrites in place: files, MB, rate and time left. */
function progressLine(p: ImportProgress): string {
  const rate = p.elapsedMs > 0 ? (p.bytesDone / p.elapsedMs) * 1000 : 0;
  const left = rate > 0 ? duration(((p.bytesTotal - p.bytesDone) / rate) * 1000) : '…';
  return `\r${p.filesDone}/${p.filesTotal} files, ${formatSize(p.bytesDone)} of ${formatSize(p.bytesTotal)}, ${formatSize(rate)}/s, ${left} left   `;
}

function section<T>(title: string, items: T[], line: (item: T) => string): string[] {
  return items.length === 0 ? [] : [`${title} (${items.length}):`, ...items.map((i) => `  ${line(i)}`)];
}

/** The report in words: what was (or would be) imported, then every category of what was not. */
export function importReportText(r: ImportReport): string {
  const revisions = r.documents.reduce((n, d) => n + d.revisions.length, 0);
  const head = r.dryRun
    ? `Plan for ${r.folder} (dry run: nothing was changed): ${r.documents.length} document(s), ${revisions} revision(s).`
    : `Imported ${r.documents.length} document(s), ${revisions} revision(s) from ${r.folder}${r.finished ? '' : ' before the import was cancelled'}.`;
  const nothingNew = !r.dryRun && r.documents.length === 0 && r.alreadyImported.length > 0 ? ['Nothing new: every file was imported before (same path and SHA-256).'] : [];
  return [
    head,
    ...nothingNew,
    ...section('Documents', r.documents, (d) => `${d.number ?? '(numbered by its type)'}  ${d.title}  [${d.revisions.map((v) => `${v.label} ${v.state}`).join(', ')}]  from ${d.importedFrom}`),
    ...section('Already imported, skipped', r.alreadyImported, (a) => `${a.path}${a.number ? ` (${a.number})` : ''}`),
    ...section('Unreadable or refused, not imported', r.unreadable, (u) => `${u.path}${u.line ? ` (sheet line ${u.line})` : ''}: ${u.reason}`),
    ...section('Duplicates, skipped', r.duplicates, (d) => `${d.path}: same content as ${d.sameAs}`),
    ...section('Numbering clashes, not imported', r.clashes, (c) => `${c.number}: ${c.reason} (${c.paths.join(', ')})`),
    ...section('Sheet rows without a file', r.rowsWithoutFile, (row) => `line ${row.line}: ${row.path}`),
    ...section('Files without a sheet row, not imported', r.filesWithoutRow, (f) => f),
    ...section('Skipped files', r.skipped, (s) => `${s.path}: ${s.reason}`),
  ].join('\n');
}

export const importCommands = [
  defineCommand({
    words: ['import'],
    usage,
    summary: 'Import a folder tree of documents (with a CSV or XLSX metadata sheet); --dry-run prints the plan.',
    options: { metadata: { type: 'string' }, type: { type: 'string' }, dept: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    async run({ signedIn, values, positionals }) {
      const folder = path.resolve(positional(positionals, 1, 'folder', usage));
      const metadata = optionalText(values.metadata);
      const request = { folder, metadata: metadata ? path.resolve(metadata) : undefined, type: optionalText(values.type), department: optionalText(values.dept) };
      if (values['dry-run']) {
        // Read-only: not even the sign-in is recorded, so the vault file stays as it was, byte for byte.
        const { core, token } = await signedIn({ readOnly: true });
        return core.call(token, 'import.plan', request);
      }
      const { core, token, password } = await signedIn({ applyDueReleases: true });
      const { jobId } = await core.call(token, 'import.start', { ...request, password });
      const onInterrupt = () => void core.call(token, 'import.cancel', { jobId });
      process.once('SIGINT', onInterrupt);
      const terminal = process.stderr.isTTY === true;
      try {
        for (;;) {
          const progress = await core.call(token, 'import.progress', { jobId });
          if (terminal) process.stderr.write(progressLine(progress));
          if (progress.report) {
            if (terminal) process.stderr.write('\n');
            return progress.report;
          }
          if (progress.error) throw QuireError.fromJSON({ code: progress.error.code as ErrorCode, params: progress.error.params });
          await new Promise((resolve) => setTimeout(resolve, terminal ? 250 : 50));
        }
      } finally {
        process.off('SIGINT', onInterrupt);
      }
    },
    text: importReportText,
  }),
];
