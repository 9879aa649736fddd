import type { Database } from 'better-sqlite3';
import { signingKeyScryptParams, type ScryptParams } from '../signatures';
import { passwordHashParameters } from './password-hash';

/** The scrypt cost of the secrets a vault connection creates: password hashes and signing-key wrappings. */
export interface ScryptCosts {
  passwordHash: ScryptParams;
  signingKey: ScryptParams;
}

const productionCosts: ScryptCosts = {
  passwordHash: { N: passwordHashParameters.N, r: passwordHashParameters.r, p: passwordHashParameters.p },
  signingKey: signingKeyScryptParams,
};

/** 2^10 instead of 2^17: about a hundredth of the time and 1 MiB instead of 128 MiB per derivation. */
const testCosts: ScryptCosts = { passwordHash: { N: 2 ** 10, r: 8, p: 1 }, signingKey: { N: 2 ** 10, r: 8, p: 1 } };

// Connections a test helper opened and lowered; never reached by the contract, the CLI, the
// environment or any host: only test/helpers call lowerScryptCostsForTests (a test checks that).
const lowered = new WeakSet<Database>();

/**
 * TEST HELPERS ONLY. New secrets made through this connection use a cheap scrypt cost, so a test
 * suite that creates hundreds of users spends its time on what it tests. Each hash and envelope
 * records its own cost, so such a vault still verifies and signs like any other.
 */
export function lowerScryptCostsForTests(db: Database): void {
  lowered.add(db);
}

/** The cost for a new secret in this vault: the production cost unless a test helper lowered it. */
export function scryptCostsFor(db: Database): ScryptCosts {
  return lowered.has(db) ? testCosts : productionCosts;
}
