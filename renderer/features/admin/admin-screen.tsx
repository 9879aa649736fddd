import { routeHref, type AdminPage } from '../../app/use-hash-route';
import { BackupScreen } from './backup-screen';
import { DocumentTypesScreen } from './document-types-screen';
import { RouteTemplatesScreen } from './route-templates-screen';
import { UsersScreen } from './users-screen';
import { VaultSettingsScreen } from './vault-settings-screen';

const pageNames: [AdminPage, string][] = [
  ['users', 'Users'],
  ['backup', 'Backup and verify'],
  ['types', 'Document types'],
  ['routes', 'Route templates'],
  ['settings', 'Vault settings'],
];

/** The administrator's pages, under one navigation; the core checks every act again. */
export function AdminScreen({ page }: { page: AdminPage }) {
  return (
    <div className="admin-layout">
      <nav className="admin-nav" aria-label="Administration">
        {pageNames.map(([key, name]) => (
          <a key={key} href={routeHref({ screen: 'admin', page: key })} aria-current={key === page ? 'page' : undefined}>
            {name}
          </a>
        ))}
      </nav>
      {page === 'users' && <UsersScreen />}
      {page === 'backup' && <BackupScreen />}
      {page === 'types' && <DocumentTypesScreen />}
      {page === 'routes' && <RouteTemplatesScreen />}
      {page === 'settings' && <VaultSettingsScreen />}
    </div>
  );
}
