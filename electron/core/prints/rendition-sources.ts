// Which sources Quire renders itself and which need an office program: one list for the print path and
// for the printability check, so the two never disagree.

export const officeMediaTypes: ReadonlySet<string> = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/msword',
  'application/rtf',
]);

/** Media types Quire renders with its own code, and the renderer's name as recorded with the rendition. */
export const quireRenderers: Readonly<Record<string, string>> = {
  'text/plain': 'Quire text renderer',
  'text/csv': 'Quire text renderer',
  'text/markdown': 'Quire Markdown renderer',
};
