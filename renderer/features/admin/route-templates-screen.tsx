import { useState } from 'react';
import type { MethodResult } from '../../../shared/contract';
import { call } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { DataTable } from '../../components/data-table';
import { DoneNotice } from './done-notice';
import { useLoad } from '../../components/use-load';
import { ReasonDialog } from './reason-dialog';

type RouteTemplate = MethodResult<'routeTemplates.list'>[number];

const names = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((n) => n.trim())
    .filter(Boolean);

function RouteDialog({ type, template, onDone, onClose }: { type: string; template: RouteTemplate | undefined; onDone: (m: string) => void; onClose: () => void }) {
  const [reviewers, setReviewers] = useState(template?.reviewers.join(', ') ?? '');
  const [approvers, setApprovers] = useState(template?.approvers.join(', ') ?? '');
  const [mode, setMode] = useState<'parallel' | 'sequential'>(template?.approvalMode ?? 'parallel');
  const [reviewDays, setReviewDays] = useState(template?.reviewDays ? String(template.reviewDays) : '');
  const [approvalDays, setApprovalDays] = useState(template?.approvalDays ? String(template.approvalDays) : '');
  const submit = async (reason: string) => {
    await call('routeTemplates.set', {
      type,
      reviewers: names(reviewers),
      approvers: names(approvers),
      approvalMode: mode,
      ...(reviewDays ? { reviewDays: Number(reviewDays) } : {}),
      ...(approvalDays ? { approvalDays: Number(approvalDays) } : {}),
      reason,
    });
    return `The route for ${type} is saved; it applies to revisions submitted from now on.`;
  };
  return (
    <ReasonDialog title={`Route for ${type}`} submitLabel="Save route" onSubmit={submit} onDone={onDone} onClose={onClose}>
      <label className="field">
        <span>Reviewers (user names, separated by commas)</span>
        <input name="reviewers" value={reviewers} onChange={(e) => setReviewers(e.target.value)} autoFocus />
      </label>
      <label className="field">
        <span>Approvers (user names, separated by commas)</span>
        <input name="approvers" value={approvers} onChange={(e) => setApprovers(e.target.value)} />
      </label>
      <label className="field">
        <span>Approvers sign</span>
        <select name="approvalMode" value={mode} onChange={(e) => setMode(e.target.value as 'parallel' | 'sequential')}>
          <option value="parallel">In any order</option>
          <option value="sequential">One after another, in the order listed</option>
        </select>
      </label>
      <label className="field">
        <span>Days for the review (optional)</span>
        <input name="reviewDays" type="number" min={1} max={365} value={reviewDays} onChange={(e) => setReviewDays(e.target.value)} />
      </label>
      <label className="field">
        <span>Days for the approval (optional)</span>
        <input name="approvalDays" type="number" min={1} max={365} value={approvalDays} onChange={(e) => setApprovalDays(e.target.value)} />
      </label>
    </ReasonDialog>
  );
}

/** Who reviews and approves each document type by default. */
export function RouteTemplatesScreen() {
  const data = useLoad(async () => ({ types: await call('documentTypes.list', {}), templates: await call('routeTemplates.list', {}) }), []);
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const templateOf = (type: string) => data.data?.templates.find((t) => t.type === type);
  return (
    <section aria-labelledby="routes-title">
      <h1 id="routes-title">Route templates</h1>
      <p className="muted">The reviewers and approvers a new revision of each type is routed to unless its author names others.</p>
      <DoneNotice message={done} />
      <ErrorMessage message={data.error} />
      {data.data && (
        <DataTable columns={['Type', 'Reviewers', 'Approvers', 'Approval', 'Days']} actions>
            {data.data.types.map(({ code, name }) => {
              const t = templateOf(code);
              return (
                <tr key={code}>
                  <td>
                    <span className="mono strong">{code}</span> <span className="muted">{name}</span>
                  </td>
                  <td>{t?.reviewers.join(', ') || <span className="muted">none set</span>}</td>
                  <td>{t?.approvers.join(', ') || <span className="muted">none set</span>}</td>
                  <td>{t ? (t.approvalMode === 'sequential' ? 'one after another' : 'any order') : ''}</td>
                  <td>{t ? `${t.reviewDays ?? '—'} / ${t.approvalDays ?? '—'}` : ''}</td>
                  <td>
                    <button type="button" onClick={() => setEditing(code)}>
                      Change…
                    </button>
                  </td>
                </tr>
              );
            })}
        </DataTable>
      )}
      {editing && (
        <RouteDialog
          type={editing}
          template={templateOf(editing)}
          onDone={(message) => {
            setDone(message);
            data.reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
