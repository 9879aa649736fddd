import { useEffect, useState, type ReactNode } from 'react';
import { call } from '../api';
import { DocumentPage } from '../features/document/document-page';
import { HomePage } from '../features/home/home-page';
import { InboxScreen } from '../features/inbox/inbox-screen';
import { ReviewsScreen } from '../features/reviews/reviews-screen';
import { TrainingScreen } from '../features/training/training-screen';
import { TrainingMatrixScreen } from '../features/training/training-matrix-screen';
import { RegisterDocumentForm } from '../features/new-document/register-document-form';
import { RegisterScreen } from '../features/register/register-screen';
import { SearchScreen } from '../features/search/search-screen';
import { DueForRecallScreen } from '../features/copies/due-for-recall-screen';
import { VerifyPrintScreen } from '../features/verify/verify-print-screen';
import { ViewerScreen } from '../features/viewer/viewer-screen';
import { AdminScreen } from '../features/admin/admin-screen';
import { AuditTrailScreen } from '../features/audit/audit-trail-screen';
import { NotFoundPage } from './not-found-page';
import { ImportWizard } from '../features/import/import-wizard';
import { DcrRegisterScreen } from '../features/dcr/dcr-register-screen';
import { GapAnalysisScreen } from '../features/audit-pack/gap-analysis-screen';
import { PrepareForAuditScreen } from '../features/audit-pack/prepare-for-audit-screen';
import { useSession } from './session-context';
import { usePageHeadingFocus } from './use-page-heading-focus';
import { routeHref, useHashRoute } from './use-hash-route';

/** The frame around every signed-in screen: navigation, inbox count, who is signed in. */
export function AppShell({ onSignOut, inboxGeneration }: { onSignOut: () => void; inboxGeneration: number }) {
  const route = useHashRoute();
  const session = useSession();
  const [inboxCount, setInboxCount] = useState<number | null>(null);

  useEffect(() => {
    call('tasks.mine', {}).then(
      (tasks) => setInboxCount(tasks.filter((t) => t.actionable).length),
      () => setInboxCount(null),
    );
  }, [inboxGeneration, route]);

  // A new page, not a new filter on the same page (the audit trail keeps its filters in the address).
  usePageHeadingFocus(route.screen === 'audit' ? 'audit' : routeHref(route));

  const current = (screen: string) => (route.screen === screen ? 'page' : undefined);
  return (
    <div className="shell">
      <a className="skip-link" href="#main-content" onClick={(e) => { e.preventDefault(); document.getElementById('main-content')?.focus(); }}>
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href={routeHref({ screen: 'home' })}>
          Quire
        </a>
        <div className="whoami">
          <span className="whoami-name">{session.user.fullName}</span>
          <span className="muted">
            {session.user.username} · {session.user.roles.join(', ')}
          </span>
          <button type="button" className="link-button" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <div className="shell-body">
        <nav className="sidenav" aria-label="Main">
          <div className="nav-group">
            <a href={routeHref({ screen: 'home' })} aria-current={current('home')}>Home</a>
            <a href={routeHref({ screen: 'inbox' })} aria-current={current('inbox')}>
              Inbox{inboxCount ? <span className="count" aria-label={`${inboxCount} waiting`}>{inboxCount}</span> : null}
            </a>
          </div>
          <NavGroup title="Documents">
            <a href={routeHref({ screen: 'register' })} aria-current={current('register') ?? current('document') ?? current('viewer')}>Register</a>
            {session.can('documents.register') && <a href={routeHref({ screen: 'new-document' })} aria-current={current('new-document')}>Register a document</a>}
            {session.can('documents.import') && <a href={routeHref({ screen: 'import' })} aria-current={current('import')}>Import a folder</a>}
            <a href={routeHref({ screen: 'verify' })} aria-current={current('verify')}>Verify a paper copy</a>
            {session.can('prints.controlled') && <a href={routeHref({ screen: 'recall' })} aria-current={current('recall')}>Due for recall</a>}
          </NavGroup>
          <NavGroup title="Change & training">
            <a href={routeHref({ screen: 'dcrs' })} aria-current={current('dcrs')}>Change requests</a>
            <a href={routeHref({ screen: 'reviews' })} aria-current={current('reviews')}>Periodic reviews</a>
            {(session.can('training.assign') || session.can('training.manage')) && <a href={routeHref({ screen: 'training' })} aria-current={current('training') ?? current('training-matrix')}>Training</a>}
          </NavGroup>
          {session.can('audit.read') && (
            <NavGroup title="Audit">
              <a href={routeHref({ screen: 'audit', filters: {} })} aria-current={current('audit')}>Audit trail</a>
              <a href={routeHref({ screen: 'audit-pack' })} aria-current={current('audit-pack') ?? current('gap-analysis')}>Prepare for audit</a>
            </NavGroup>
          )}
          {session.can('users.manage') && (
            <NavGroup title="Vault">
              <a href={routeHref({ screen: 'admin', page: 'users' })} aria-current={current('admin')}>Administration</a>
            </NavGroup>
          )}
        </nav>
        <main className="content" id="main-content" tabIndex={-1}>
          {route.screen === 'home' && <HomePage />}
          {route.screen === 'reviews' && <ReviewsScreen />}
          {route.screen === 'training' && <TrainingScreen />}
          {route.screen === 'training-matrix' && <TrainingMatrixScreen key={route.job ?? ''} job={route.job} />}
          {route.screen === 'register' && <RegisterScreen query={route.query ?? ''} />}
          {route.screen === 'inbox' && <InboxScreen />}
          {route.screen === 'new-document' && <RegisterDocumentForm />}
          {route.screen === 'verify' && <VerifyPrintScreen />}
          {route.screen === 'recall' && <DueForRecallScreen />}
          {route.screen === 'import' && <ImportWizard />}
          {route.screen === 'dcrs' && <DcrRegisterScreen status={route.status} />}
          {route.screen === 'document' && <DocumentPage key={route.number} number={route.number} />}
          {route.screen === 'viewer' && <ViewerScreen key={`${route.number}/${route.label}`} number={route.number} label={route.label} page={route.page} find={route.find} />}
          {route.screen === 'admin' && <AdminScreen page={route.page} />}
          {route.screen === 'audit' && <AuditTrailScreen filters={route.filters} />}
          {route.screen === 'not-found' && <NotFoundPage hash={route.hash} />}
          {route.screen === 'gap-analysis' && <GapAnalysisScreen />}
          {route.screen === 'audit-pack' && <PrepareForAuditScreen />}
          {route.screen === 'search' && <SearchScreen key={route.query} query={route.query} />}
        </main>
      </div>
    </div>
  );
}

/** A labelled group of the main navigation's links (a group with no link to show is not drawn). */
function NavGroup({ title, children }: { title: string; children: ReactNode }) {
  const id = `nav-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <div className="nav-group" role="group" aria-labelledby={id}>
      <span className="nav-group-title" id={id}>{title}</span>
      {children}
    </div>
  );
}
