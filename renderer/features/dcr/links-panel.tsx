import { useState } from 'react';
import { documentLinkKinds, type DocumentLink, type MethodResult } from '../../../shared/contract';
import { call } from '../../api';
import { routeHref } from '../../app/use-hash-route';
import { ErrorMessage } from '../../components/error-message';
import { useDialogSubmit } from '../../components/use-dialog-submit';

function LinkList({ links, none }: { links: DocumentLink[]; none: string }) {
  if (links.length === 0) return <p className="muted small">{none}</p>;
  return (
    <ul className="link-list">
      {links.map((l) => (
        <li key={l.number}>
          <a className="mono" href={routeHref({ screen: 'document', number: l.number })}>
            {l.number}
          </a>{' '}
          {l.title} <span className="muted">({l.kind})</span>
        </li>
      ))}
    </ul>
  );
}

/** The documents this one uses and those that use it; its owner or a controller adds a link. */
export function LinksPanel({ links, mayLink, onLinked }: { links: MethodResult<'documents.links'>; mayLink: boolean; onLinked: () => void }) {
  const [other, setOther] = useState('');
  const [kind, setKind] = useState<DocumentLink['kind']>('references');
  const { busy, error, submit } = useDialogSubmit(async () => {
    await call('documents.link', { number: links.document, other, kind });
    setOther('');
    onLinked();
  }, () => undefined);
  return (
    <div className="links-panel">
      <div className="picker-row">
        <div>
          <h3>Uses</h3>
          <LinkList links={links.uses} none="It uses no other document." />
        </div>
        <div>
          <h3>Used by</h3>
          <LinkList links={links.usedBy} none="No document uses it." />
        </div>
      </div>
      {mayLink && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label className="field">
            <span>Link to document</span>
            <input value={other} onChange={(e) => setOther(e.target.value)} placeholder="SOP-QA-0002" required />
          </label>
          <label className="field">
            <span>As</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as DocumentLink['kind'])}>
              {documentLinkKinds.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={busy}>
            Add link
          </button>
          <ErrorMessage message={error} />
        </form>
      )}
    </div>
  );
}
