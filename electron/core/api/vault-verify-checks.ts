import type { VerifyCheck } from '../verify/verify-vault';

/** The domain checks `verify` runs besides the chain and content hashes (signatures join here). */
export const vaultVerifyChecks: { signatures?: VerifyCheck } = {};
