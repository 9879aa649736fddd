import { integerField, stringField, stringListField, type TrailEvent } from './trail-events';

/** A signing key as the trail issued it: `keyId` always, the public key when the event carries it. */
export interface ExpectedKey {
  keyId: string | null;
  publicKeyPem: string | null;
  issuedAt: string;
  retiredAt: string | null;
  /** Issued by an event written before schema 6 that names no key (the first admin's user.added). */
  legacy: boolean;
}

/** What the trail says one user's row, roles and keys must be. `undefined` where old events do not say. */
export interface ExpectedUser {
  username: string | undefined;
  fullName: string | undefined;
  roles: string[];
  disabled: boolean;
  locked: boolean;
  mustChangePassword: boolean | undefined;
  passwordHashSha256: string | undefined;
  keys: ExpectedKey[];
}

function retireActiveKeys(user: ExpectedUser, at: string): void {
  for (const key of user.keys) if (key.retiredAt === null) key.retiredAt = at;
}

/** The key an event issued: `{ keyId, publicKeyPem }` (schema 6), or the older 'new key <id>' text. */
function issuedKey(value: Record<string, unknown>, at: string): ExpectedKey | null {
  const key = value.signingKey;
  if (key !== null && typeof key === 'object') {
    const fields = key as Record<string, unknown>;
    return { keyId: stringField(fields, 'keyId') ?? null, publicKeyPem: stringField(fields, 'publicKeyPem') ?? null, issuedAt: at, retiredAt: null, legacy: false };
  }
  const legacy = typeof key === 'string' ? /^new key ([0-9a-f]{64})$/.exec(key) : null;
  return legacy ? { keyId: legacy[1]!, publicKeyPem: null, issuedAt: at, retiredAt: null, legacy: false } : null;
}

export function newExpectedUser(): ExpectedUser {
  return { username: undefined, fullName: undefined, roles: [], disabled: false, locked: false, mustChangePassword: undefined, passwordHashSha256: undefined, keys: [] };
}

/** Folds one user event into the expected state (events of other kinds, e.g. sign-ins, change nothing here). */
export function applyUserEvent(user: ExpectedUser, event: TrailEvent): void {
  const v = event.value;
  const digest = stringField(v, 'passwordHashSha256');
  switch (event.action) {
    case 'user.added': {
      user.username = stringField(v, 'username');
      user.fullName = stringField(v, 'fullName');
      user.roles = [...(stringListField(v, 'roles') ?? [])].sort();
      user.mustChangePassword = typeof v.mustChangePassword === 'boolean' ? v.mustChangePassword : undefined;
      user.passwordHashSha256 = digest;
      const key = issuedKey(v, event.occurredAt);
      if (key) user.keys.push(key);
      // Before schema 6 the event did not say; the first admin (who chose their own password, and is the
      // only user recorded as adding themself) got a key with it.
      else if (!('signingKey' in v) && event.userId === event.entityId) user.keys.push({ keyId: null, publicKeyPem: null, issuedAt: event.occurredAt, retiredAt: null, legacy: true });
      break;
    }
    case 'user.roles_changed':
      user.roles = [...(stringListField(v, 'roles') ?? [])].sort();
      break;
    case 'user.disabled':
      user.disabled = true;
      break;
    case 'user.enabled':
      user.disabled = false;
      break;
    case 'user.locked':
      user.locked = true;
      break;
    case 'user.unlocked':
      user.locked = false;
      break;
    case 'user.password_reset':
      user.mustChangePassword = true;
      user.passwordHashSha256 = digest;
      if ((integerField(v, 'signingKeysRetired') ?? 1) > 0) retireActiveKeys(user, event.occurredAt);
      break;
    case 'user.password_changed': {
      user.mustChangePassword = false;
      user.passwordHashSha256 = digest;
      const key = issuedKey(v, event.occurredAt);
      if (key) {
        retireActiveKeys(user, event.occurredAt);
        user.keys.push(key);
      }
      break;
    }
  }
}
