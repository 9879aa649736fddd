import { verifySignaturesCheck } from '../workflow/verify-signatures';
import type { VerifyCheck } from '../verify/verify-vault';

/** The domain checks `verify` runs besides the chain and content hashes. */
export const vaultVerifyChecks: { signatures?: VerifyCheck } = { signatures: verifySignaturesCheck };
