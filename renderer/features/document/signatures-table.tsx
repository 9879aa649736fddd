import type { Signature } from '../../../shared/contract';
import { shortHash, localTime } from '../../components/format';

/** The signatures on the document: who, meaning, when (UTC and the signer's own zone), and what content. */
export function SignaturesTable({ signatures }: { signatures: Signature[] }) {
  if (signatures.length === 0) return <p className="empty">No signatures yet.</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Rev</th>
          <th scope="col">Printed name</th>
          <th scope="col">Meaning</th>
          <th scope="col">Signed</th>
          <th scope="col">Signer's time zone</th>
          <th scope="col">Signed SHA-256 (content, PDF)</th>
          <th scope="col">Comment</th>
        </tr>
      </thead>
      <tbody>
        {[...signatures].reverse().map((s) => (
          <tr key={s.id}>
            <td className="mono strong">{s.revision}</td>
            <td title={s.signer.username}>{s.signer.printedName}</td>
            <td>
              <span className={`meaning meaning-${s.meaning}`}>{s.meaning}</span>
            </td>
            <td className="nowrap">{localTime(s.signedAt)}</td>
            <td className="nowrap">
              {s.timeZone} (UTC{s.utcOffset})
            </td>
            <td className="mono small" title={s.contentSha256}>
              {shortHash(s.contentSha256)}
              {s.renditionSha256 && (
                <>
                  <br />
                  <span title={s.renditionSha256}>PDF {shortHash(s.renditionSha256)}</span>
                </>
              )}
            </td>
            <td className="pre-line">{s.comment ?? <span className="muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
