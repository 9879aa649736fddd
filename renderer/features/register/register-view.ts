import { registerSortColumns, revisionStates, type RegisterFilter, type RegisterSortColumn, type RevisionState } from '../../../shared/contract';

/** What the register screen shows: its filters and sort, as the address keeps them (#/register?…). */
export interface RegisterView {
  search: string;
  type: string;
  department: string;
  owner: string;
  state: '' | RevisionState;
  /** Active documents unless the address says otherwise; '' is both. */
  status: '' | 'active' | 'obsolete';
  effectiveFrom: string;
  effectiveTo: string;
  nextReviewFrom: string;
  nextReviewTo: string;
  sort: RegisterSortColumn;
  direction: 'asc' | 'desc';
}

export const defaultRegisterView: RegisterView = {
  search: '',
  type: '',
  department: '',
  owner: '',
  state: '',
  status: 'active',
  effectiveFrom: '',
  effectiveTo: '',
  nextReviewFrom: '',
  nextReviewTo: '',
  sort: 'number',
  direction: 'asc',
};

const textKeys = ['search', 'type', 'department', 'owner', 'effectiveFrom', 'effectiveTo', 'nextReviewFrom', 'nextReviewTo'] as const;
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The view an address query names; anything unknown or malformed falls back to the default. */
export function registerViewFromQuery(query: string): RegisterView {
  const params = new URLSearchParams(query);
  const view: RegisterView = { ...defaultRegisterView };
  for (const key of textKeys) {
    const value = params.get(key)?.slice(0, 200) ?? '';
    if (key.endsWith('From') || key.endsWith('To')) view[key] = isDate(value) ? value : '';
    else view[key] = value;
  }
  const state = params.get('state') ?? '';
  view.state = (revisionStates as readonly string[]).includes(state) ? (state as RevisionState) : '';
  const status = params.get('status');
  view.status = status === 'all' ? '' : status === 'obsolete' ? 'obsolete' : 'active';
  const sort = params.get('sort') ?? '';
  view.sort = (registerSortColumns as readonly string[]).includes(sort) ? (sort as RegisterSortColumn) : 'number';
  view.direction = params.get('direction') === 'desc' ? 'desc' : 'asc';
  return view;
}

/** The address query for a view: only what differs from the default, so a plain #/register stays plain. */
export function registerViewQuery(view: RegisterView): string {
  const params = new URLSearchParams();
  for (const key of textKeys) if (view[key]) params.set(key, view[key]);
  if (view.state) params.set('state', view.state);
  if (view.status !== 'active') params.set('status', view.status || 'all');
  if (view.sort !== 'number') params.set('sort', view.sort);
  if (view.direction !== 'asc') params.set('direction', view.direction);
  return params.toString();
}

/** The core's filter for a view (empty fields left out). */
export function registerFilterOf(view: RegisterView): RegisterFilter {
  const filter: RegisterFilter = { sort: view.sort, direction: view.direction };
  const search = view.search.trim();
  if (search) filter.search = search;
  if (view.type) filter.type = view.type;
  if (view.department.trim()) filter.department = view.department.trim();
  // A user name half typed is not a filter yet (the core would refuse it as malformed).
  if (/^[A-Za-z0-9][A-Za-z0-9._-]+$/.test(view.owner.trim())) filter.owner = view.owner.trim();
  if (view.state) filter.state = view.state;
  if (view.status) filter.status = view.status;
  for (const key of ['effectiveFrom', 'effectiveTo', 'nextReviewFrom', 'nextReviewTo'] as const) if (view[key]) filter[key] = view[key];
  return filter;
}
