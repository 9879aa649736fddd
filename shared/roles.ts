// Roles and what each may do. The core checks these on every call; the UI only uses them to hide buttons.

export const roles = ['admin', 'controller', 'author', 'reviewer', 'approver', 'reader'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'users.manage',
  'vault.configure',
  'vault.verify',
  'vault.backup',
  'audit.read',
  'documents.read',
  'documents.register',
  'documents.edit',
  'revisions.draft',
  'revisions.submit',
  'revisions.review',
  'revisions.approve',
  'revisions.release',
  'documents.withdraw',
  'prints.uncontrolled',
  'prints.controlled',
  'training.assign',
  'training.manage',
  'documents.import',
] as const;
export type Permission = (typeof permissions)[number];

const readerPermissions: Permission[] = ['documents.read', 'prints.uncontrolled'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: ['users.manage', 'vault.configure', 'vault.verify', 'vault.backup', 'audit.read', 'training.manage', ...readerPermissions],
  controller: [
    ...readerPermissions,
    'documents.register',
    'documents.edit',
    'revisions.draft',
    'revisions.submit',
    'revisions.release',
    'documents.withdraw',
    'prints.controlled',
    'training.assign',
    'training.manage',
    'documents.import',
    'audit.read',
    'vault.verify',
    'vault.backup',
  ],
  author: [...readerPermissions, 'documents.register', 'revisions.draft', 'revisions.submit'],
  reviewer: [...readerPermissions, 'revisions.review'],
  approver: [...readerPermissions, 'revisions.approve'],
  reader: readerPermissions,
};

/** True when any of the roles grants the permission. */
export function rolesAllow(userRoles: readonly Role[], permission: Permission): boolean {
  return userRoles.some((role) => rolePermissions[role].includes(permission));
}
