import type Database from 'better-sqlite3';
import type { MethodResult, Printability } from '../../../shared/contract';
import { actStates } from '../../../shared/lifecycle';
import { labelOf, requireDocumentRow, revisionRows, type DocumentRow, type RevisionRow } from '../documents/document-queries';
import { availableRenditionTool, systemRenditionEnvironment, type RenditionEnvironment } from '../pdf/renditions/rendition-tools';
import { readVaultSettings } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import { officeMediaTypes, quireRenderers } from './rendition-sources';

/**
 * Whether this desktop can print a revision, and how, without making anything: the PDF itself, Quire's
 * renderer, the author's PDF, a rendition the vault already holds, or the first office program of the
 * vault's order found here. An office source with none of these cannot be printed on this desktop.
 */
export function revisionPrintability(db: Database.Database, revision: RevisionRow, environment: RenditionEnvironment = systemRenditionEnvironment()): Printability {
  const none = { lookedFor: [] };
  if (revision.media_type === 'application/pdf') return { printable: true, how: 'native-pdf', tool: null, ...none };
  const renderer = quireRenderers[revision.media_type];
  if (renderer) return { printable: true, how: 'quire-renderer', tool: renderer, ...none };
  if (revision.rendition_sha256) return { printable: true, how: 'supplied-pdf', tool: null, ...none };
  const recorded = statement<[number], { tool: string }>(db, 'SELECT tool FROM renditions WHERE content_id = ?').get(revision.content_id);
  if (recorded) return { printable: true, how: 'recorded-rendition', tool: recorded.tool, ...none };
  if (!officeMediaTypes.has(revision.media_type)) return { printable: false, how: null, tool: null, ...none };
  const order = readVaultSettings(db).renditionTools;
  const tool = availableRenditionTool(order, environment);
  return tool ? { printable: true, how: tool.id, tool: tool.description, lookedFor: order } : { printable: false, how: null, tool: null, lookedFor: order };
}

function row(db: Database.Database, document: DocumentRow, revision: RevisionRow, environment: RenditionEnvironment): MethodResult<'prints.printability'>[number] {
  return { document: document.number, title: document.title, revision: labelOf(revision), state: revision.state, ...revisionPrintability(db, revision, environment) };
}

/**
 * Every visible revision of one document with its printability here; without a number, the effective
 * revisions of the whole register that this desktop cannot print (what a controller must fix first).
 */
export function listPrintability(
  db: Database.Database,
  number: string | undefined,
  visible: (revision: RevisionRow) => boolean,
  environment: RenditionEnvironment = systemRenditionEnvironment(),
): MethodResult<'prints.printability'> {
  if (number !== undefined) {
    const document = requireDocumentRow(db, number);
    return revisionRows(db, document.id).filter(visible).map((r) => row(db, document, r, environment));
  }
  const printable = actStates('printControlled');
  const documents = statement<[], { number: string }>(db, 'SELECT number FROM documents ORDER BY number').all();
  return documents.flatMap(({ number: n }) => {
    const document = requireDocumentRow(db, n);
    return revisionRows(db, document.id)
      .filter((r) => printable.includes(r.state) && visible(r))
      .map((r) => row(db, document, r, environment))
      .filter((r) => !r.printable);
  });
}
