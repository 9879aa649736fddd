import type { ImportReport } from '../../../shared/contract';

function Category<T>({ title, items, line }: { title: string; items: T[]; line: (item: T) => string }) {
  if (items.length === 0) return null;
  return (
    <details className="import-category">
      <summary>
        {title} ({items.length})
      </summary>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{line(item)}</li>
        ))}
      </ul>
    </details>
  );
}

/** An import's plan or outcome: the documents, then every category of what was (or would be) left out. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const revisions = report.documents.reduce((n, d) => n + d.revisions.length, 0);
  return (
    <section aria-label={report.dryRun ? 'Import plan' : 'Import result'} className="import-report">
      <p role="status">
        {report.dryRun ? 'The plan (nothing has been changed): ' : report.finished ? 'Imported: ' : 'Imported before the import was cancelled: '}
        <strong>{report.documents.length}</strong> document(s), <strong>{revisions}</strong> revision(s).
        {!report.dryRun && report.documents.length === 0 && report.alreadyImported.length > 0 && ' Nothing new: every file was imported before.'}
      </p>
      <Category title="Documents" items={report.documents} line={(d) => `${d.number ?? '(numbered by its type)'} — ${d.title} — ${d.revisions.map((r) => `${r.label} ${r.state}`).join(', ')} — from ${d.importedFrom}`} />
      <Category title="Already imported" items={report.alreadyImported} line={(a) => a.path} />
      <Category title="Unreadable or refused" items={report.unreadable} line={(u) => `${u.path}: ${u.reason}`} />
      <Category title="Duplicates" items={report.duplicates} line={(d) => `${d.path}: same content as ${d.sameAs}`} />
      <Category title="Numbering clashes" items={report.clashes} line={(c) => `${c.number}: ${c.reason}`} />
      <Category title="Sheet rows without a file" items={report.rowsWithoutFile} line={(r) => `line ${r.line}: ${r.path}`} />
      <Category title="Files without a sheet row" items={report.filesWithoutRow} line={(f) => f} />
      <Category title="Skipped files" items={report.skipped} line={(s) => `${s.path}: ${s.reason}`} />
    </section>
  );
}
