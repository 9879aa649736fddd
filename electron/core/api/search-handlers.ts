import { searchRevisions } from '../search/search-revisions';
import type { HandlerTable } from './handler-table';

export const searchHandlers: HandlerTable<'search.query'> = {
  'search.query': (ctx, input) => searchRevisions(ctx.vault.db, ctx.user, input),
};
