import { useEffect, useState } from 'react';
import { call, contentDownloadUrl, errorSentence } from '../../api';

/**
 * When the revision cannot be shown here (no LibreOffice for a Word file, a format with no PDF
 * rendition, a refusal): the reason, the raw file to download, and — when the file is one the user
 * may read — a way to say they opened it, which the core records as a declared viewing.
 */
export function ViewerFallback({ number, label, error, onDeclared }: { number: string; label: string; error: unknown; onDeclared: (sha256: string) => Promise<void> }) {
  const [revision, setRevision] = useState<{ fileName: string; sha256: string } | null>(null);
  const [declared, setDeclared] = useState(false);
  const refused = (error as { code?: string }).code === 'REVISION_NOT_VISIBLE';
  useEffect(() => {
    if (refused) return;
    call('documents.get', { number }).then(
      (d) => setRevision(d.revisions.find((r) => r.label === label) ?? null),
      () => setRevision(null),
    );
  }, [number, label, refused]);
  const href = contentDownloadUrl(number, label);
  return (
    <div className="viewer viewer-fallback" data-testid="document-viewer">
      <p className="notice" role="status">
        This revision cannot be shown here. {errorSentence(error)}
      </p>
      {revision && (
        <>
          <p>
            {href ? (
              <a href={href} download={revision.fileName}>
                Download {revision.fileName}
              </a>
            ) : (
              <span>Export {revision.fileName} from the document page to read it.</span>
            )}
          </p>
          <button
            type="button"
            disabled={declared}
            onClick={async () => {
              await onDeclared(revision.sha256);
              setDeclared(true);
            }}
          >
            {declared ? 'Recorded: you opened the file' : 'I have opened and read the downloaded file'}
          </button>
        </>
      )}
    </div>
  );
}
