// The change-control vocabulary as plain lists, without the contract's schema library: the CLI checks its
// flags against them, and `quire --help` must not load zod (see test/cli/cli-bundle.test.ts).

/** Where a document change request (DCR) stands. */
export const changeRequestStates = ['open', 'accepted', 'rejected', 'implemented'] as const;

/** How one document uses another. */
export const documentLinkKinds = ['references', 'form', 'annex'] as const;
