/** The document viewer at a page, with the words to find there highlighted (the viewer's own route, #/documents/<number>/revisions/<label>/view). */
export function viewerHref(number: string, label: string, page: number | null, find: string): string {
  const params = new URLSearchParams();
  if (page !== null) params.set('page', String(page));
  if (find) params.set('find', find);
  return `#/documents/${encodeURIComponent(number)}/revisions/${encodeURIComponent(label)}/view?${params.toString()}`;
}
