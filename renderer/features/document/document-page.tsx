import { useState } from 'react';
import { documentStatusLabels } from '../../../shared/lifecycle';
import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { routeHref } from '../../app/use-hash-route';
import { ErrorMessage } from '../../components/error-message';
import { PrintabilityWarnings } from './printability-warnings';
import { localTime } from '../../components/format';
import { StateBadge } from '../../components/state-badge';
import { useLoad } from '../../components/use-load';
import { CopiesPanel } from '../copies/copies-panel';
import { AuditTrailTable } from './audit-trail-table';
import { TabList } from '../../components/tab-list';
import { ComparePanel } from './compare-panel';
import { HistoryPanel } from './history-panel';
import { DocumentActions } from './document-actions';
import { WorkflowNotices } from './workflow-notices';
import { RevisionsTable } from './revisions-table';
import { RoutePanel } from './route-panel';
import { SignaturesTable } from './signatures-table';
import { ChangeRecordPanel } from '../dcr/change-record-panel';
import { SaveChangeRecordButton } from '../dcr/save-change-record-button';
import { LinksPanel } from '../dcr/links-panel';
import { RequestChangeButton } from '../dcr/request-change-dialog';
import { DocumentClausesPanel } from '../audit-pack/document-clauses-panel';
import { QuizSection } from '../training/quiz-section';

/** One controlled document: its metadata, revisions, route, signatures and audit trail, and what you may do. */
export function DocumentPage({ number }: { number: string }) {
  const session = useSession();
  const [tab, setTab] = useState<Tab>('overview');
  const [generation, setGeneration] = useState(0);
  const canReadAudit = session.can('audit.read');
  const page = useLoad(async () => {
    const document = await call('documents.get', { number });
    const [route, signatures, printability, audit, changeRecord, links] = await Promise.all([
      call('revisions.route', { number }),
      call('signatures.list', { number }),
      call('prints.printability', { number }),
      canReadAudit ? loadAudit(document.number) : Promise.resolve(null),
      call('changeRecords.get', { number }),
      call('documents.links', { number }),
    ]);
    return { document, route, signatures, printability, audit, changeRecord, links };
  }, [number, canReadAudit]);

  if (!page.data) {
    return (
      <section>
        <p>
          <a href={routeHref({ screen: 'register' })}>← Register</a>
        </p>
        {page.error ? <ErrorMessage message={page.error} /> : <p className="muted">Loading {number}…</p>}
      </section>
    );
  }
  const { document: d, route, signatures, printability, audit, changeRecord, links } = page.data;
  const latest = d.revisions[d.revisions.length - 1] ?? null;
  return (
    <article className="document-page" aria-labelledby="document-title">
      <p className="breadcrumb">
        <a href={routeHref({ screen: 'register' })}>Register</a> / <span className="mono">{d.number}</span>
      </p>
      <header className="document-head">
        <div>
          <h1 id="document-title">
            <span className="mono">{d.number}</span> {d.title}
          </h1>
          <p className="document-badges">
            {d.currentRevision && (
              <>
                Revision <span className="mono strong">{d.currentRevision.label}</span> <StateBadge state={d.currentRevision.state} effectiveDate={d.revisions.find((r) => r.label === d.currentRevision?.label)?.effectiveDate ?? null} />
              </>
            )}
            {latest && latest.label !== d.currentRevision?.label && latest.state === 'approved' && latest.effectiveDate && (
              <>
                {' '}
                · <span className="mono strong">{latest.label}</span> <StateBadge state={latest.state} effectiveDate={latest.effectiveDate} />
              </>
            )}
            {d.status === 'obsolete' && <span className="badge badge-obsolete">Document obsolete</span>}
          </p>
        </div>
        {d.status === 'active' && (
          <p className="request-change">
            <RequestChangeButton number={d.number} onRequested={() => setGeneration((g) => g + 1)} />
          </p>
        )}
        <DocumentActions
          document={d}
          latest={latest}
          route={route}
          onChanged={() => {
            page.reload();
            setGeneration((g) => g + 1);
          }}
        />
      </header>
      <ErrorMessage message={page.error} />
      <WorkflowNotices document={d} />
      <PrintabilityWarnings rows={printability} />
      <TabList label="Document views" tabs={tabs} current={tab} onSelect={setTab} />
      {tab === 'history' && (
        <section role="tabpanel" id="panel-history" aria-labelledby="tab-history">
          <HistoryPanel key={generation} number={d.number} />
        </section>
      )}
      {tab === 'compare' && (
        <section role="tabpanel" id="panel-compare" aria-labelledby="tab-compare">
          <ComparePanel number={d.number} revisions={d.revisions} current={d.currentRevision?.label ?? null} />
        </section>
      )}
      {tab === 'copies' && (
        <section role="tabpanel" id="panel-copies" aria-labelledby="tab-copies">
          <CopiesPanel number={d.number} generation={generation} onChanged={() => setGeneration((g) => g + 1)} />
        </section>
      )}
      {tab === 'overview' && (
        <div role="tabpanel" id="panel-overview" aria-labelledby="tab-overview">
          <dl className="metadata">
            <div>
              <dt>Type</dt>
              <dd>{d.type}</dd>
            </div>
            <div>
              <dt>Department</dt>
              <dd>{d.department ?? '—'}</dd>
            </div>
            <div>
              <dt>Owner</dt>
              <dd>
                {d.owner.fullName} <span className="muted">({d.owner.username})</span>
              </dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>{documentStatusLabels[d.status]}</dd>
            </div>
            <div>
              <dt>Periodic review</dt>
              <dd>every {d.reviewIntervalMonths} months</dd>
            </div>
            <div>
              <dt>Next periodic review</dt>
              <dd>{d.nextReviewDate ?? '—'}</dd>
            </div>
            <div>
              <dt>Retention</dt>
              <dd>{d.retentionYears} years</dd>
            </div>
            {d.external && (
              <div>
                <dt>External source</dt>
                <dd>
                  {d.external.source} {d.external.reference}
                </dd>
              </div>
            )}
            <div>
              <dt>Registered</dt>
              <dd>{localTime(d.createdAt)}</dd>
            </div>
          </dl>
          <section aria-labelledby="revisions-title">
            <h2 id="revisions-title">Revisions</h2>
            <RevisionsTable number={d.number} revisions={d.revisions} />
          </section>
          <section aria-labelledby="route-title">
            <h2 id="route-title">Review and approval route</h2>
            <RoutePanel route={route} />
          </section>
          <section aria-labelledby="change-record-title">
            <h2 id="change-record-title">Change record</h2>
            <ChangeRecordPanel records={changeRecord} />
            {changeRecord.length > 0 && <SaveChangeRecordButton number={d.number} />}
          </section>
          {session.can('training.manage') && d.status === 'active' && <QuizSection document={d} />}
          <section aria-labelledby="links-title">
            <h2 id="links-title">Linked documents</h2>
            <LinksPanel links={links} mayLink={session.can('documents.edit') || d.owner.username === session.user.username} onLinked={page.reload} />
          </section>
          <section aria-labelledby="signatures-title">
            <h2 id="signatures-title">Signatures</h2>
            <SignaturesTable signatures={signatures} />
          </section>
          <DocumentClausesPanel number={d.number} />
          {audit && (
            <section aria-labelledby="audit-title">
              <h2 id="audit-title">Audit trail</h2>
              <AuditTrailTable events={audit} />
            </section>
          )}
        </div>
      )}
    </article>
  );
}

type Tab = 'overview' | 'history' | 'compare' | 'copies';
const tabs: [Tab, string][] = [
  ['overview', 'Overview'],
  ['history', 'History'],
  ['compare', 'Compare revisions'],
  ['copies', 'Controlled copies'],
];

/** The events about the document itself and each of its revisions, oldest first, named for reading. */
async function loadAudit(number: string) {
  return (await call('audit.page', { document: number, order: 'oldest-first', limit: 500 })).events;
}
