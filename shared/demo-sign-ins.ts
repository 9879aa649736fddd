// The demo vault's sign-ins: plain data, shown by the welcome screen (through main) and by `npm start`,
// and used by the demo that makes the vault (electron/cli/demo).
export const demoPasswords = { admin: 'Keeper-of-the-vault-26', others: 'Demo-user-2026!' };

/** Who can sign in to the demo vault, and with which password (shown on the welcome screen and by npm start). */
export const demoSignIns = {
  users: [
    { username: 'carol', role: 'controller' },
    { username: 'arun', role: 'author' },
    { username: 'zhang', role: 'reviewer' },
    { username: 'lukasz', role: 'approver' },
  ],
  password: demoPasswords.others,
  admin: { username: 'admin', password: demoPasswords.admin },
} as const;
