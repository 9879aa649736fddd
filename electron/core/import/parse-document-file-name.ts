/** What a recognisable file name says about its document: `SOP-QA-0007 Rev C Line clearance.pdf`. */
export interface NamedDocumentFile {
  number: string;
  label: string | null;
  title: string | null;
}

// A number is a prefix of letters, optional parts, and a run of digits (SOP-QA-0007, WI-12, FRM-PRD-2024-003);
// then optionally "Rev C" / "Revision 3" / "rev.B"; then the title, after spaces, an underscore or a dash.
const namePattern =
  /^(?<number>[A-Za-z]{2,10}(?:[-_][A-Za-z0-9]{1,10})*[-_]\d{1,8})(?:[\s_]+rev(?:ision)?\.?[\s_]*(?<label>[A-Za-z0-9]{1,4})(?=[\s_]|$))?(?:(?:[\s_]*[-–—][\s_]*|[\s_]+)(?<title>\S.*?))?\s*$/iu;

/**
 * Reads the number, revision label and title from a file name when it follows the usual shared-drive
 * pattern; null when it does not (the document is then numbered by its type's scheme).
 */
export function parseDocumentFileName(fileName: string): NamedDocumentFile | null {
  const stem = fileName.normalize('NFC').replace(/\.[A-Za-z0-9]{1,5}$/u, '');
  const match = namePattern.exec(stem);
  if (!match?.groups) return null;
  const number = match.groups.number!.replaceAll('_', '-').toUpperCase();
  return { number, label: match.groups.label?.toUpperCase() ?? null, title: match.groups.title?.trim() || null };
}
