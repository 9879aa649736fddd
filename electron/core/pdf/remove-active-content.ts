import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream, PDFString, PDFHexString, type PDFDocument, type PDFObject } from './pdf-lib';

// The only action a controlled copy keeps: a jump to another place in the same file.
const inertActions = new Set(['GoTo']);
// Annotations that exist to carry a file, a script or media: removed whole.
const activeAnnotations = new Set(['FileAttachment', 'RichMedia', 'Screen', 'Movie', 'Sound', '3D']);

/**
 * Makes a parsed PDF inert before it is printed as a copy: removes JavaScript (open action, named
 * scripts, additional actions), every action other than GoTo (Launch, URI, SubmitForm, ImportData,
 * GoToR, GoToE, ...), embedded files and file attachments, media annotations, XFA forms and portfolios.
 * Returns what was removed, one line per kind (empty when the file was already inert). The objects
 * stay in `doc.context` until `dropUnreachableObjects` runs; a file from which anything was removed
 * must be rewritten, since an incremental update would keep the original bytes (and them) in the file.
 */
export function removeActiveContent(doc: PDFDocument): string[] {
  const removed = new Map<string, number>();
  const note = (what: string) => removed.set(what, (removed.get(what) ?? 0) + 1);
  const context = doc.context;
  const doomedAnnotations = new Set<PDFRef>();

  const visit = (dict: PDFDict, ref: PDFRef | null) => {
    if (dict.has(PDFName.of('AA'))) {
      dict.delete(PDFName.of('AA'));
      note('additional actions (/AA: scripts run on open, close, focus or keystroke)');
    }
    for (const key of ['A', 'OpenAction']) {
      // /A is also a structure element's attributes (a dict or an array of them): only an /S names an action.
      const action = context.lookup(dict.get(PDFName.of(key)));
      const kinds = action instanceof PDFDict ? activeKindsOf(context, action) : [];
      if (kinds.length === 0) continue;
      dict.delete(PDFName.of(key));
      for (const kind of kinds) note(`${kind} action${key === 'OpenAction' ? ' run when the file opens' : ''}`);
    }
    if (dict.has(PDFName.of('EF'))) {
      dict.delete(PDFName.of('EF'));
      note(`embedded file ${fileNameOf(dict)}`);
    }
    const subtype = dict.get(PDFName.of('Subtype'));
    if (ref && subtype instanceof PDFName && activeAnnotations.has(subtype.decodeText()) && dict.has(PDFName.of('Rect'))) {
      doomedAnnotations.add(ref);
      note(`${subtype.decodeText()} annotation`);
    }
  };
  for (const [ref, object] of context.enumerateIndirectObjects()) walkDicts(object, ref, visit);

  const catalog = doc.catalog;
  const names = dictOrNull(context.lookup(catalog.get(PDFName.of('Names'))));
  if (names?.has(PDFName.of('JavaScript'))) {
    names.delete(PDFName.of('JavaScript'));
    note('document-level JavaScript');
  }
  if (names?.has(PDFName.of('EmbeddedFiles'))) {
    names.delete(PDFName.of('EmbeddedFiles'));
    note('embedded files list');
  }
  const form = dictOrNull(context.lookup(catalog.get(PDFName.of('AcroForm'))));
  if (form?.has(PDFName.of('XFA'))) {
    form.delete(PDFName.of('XFA'));
    form.delete(PDFName.of('NeedsRendering'));
    note('XFA form');
  }
  for (const key of ['Collection', 'AF']) {
    if (!catalog.has(PDFName.of(key))) continue;
    catalog.delete(PDFName.of(key));
    note(key === 'AF' ? 'associated files' : 'portfolio (collection)');
  }
  if (doomedAnnotations.size > 0) dropAnnotations(doc, doomedAnnotations);
  return [...removed].map(([what, count]) => (count > 1 ? `${what} ×${count}` : what));
}

/**
 * Deletes every object that neither the trailer nor anything it reaches refers to, so a rewritten
 * print holds no leftovers: what removeActiveContent cut loose, and old versions of objects from the
 * source's incremental updates.
 */
export function dropUnreachableObjects(doc: PDFDocument): void {
  const context = doc.context;
  const reached = new Set<string>();
  const stack: PDFObject[] = Object.values(context.trailerInfo).filter((value): value is PDFObject => value !== undefined);
  while (stack.length > 0) {
    const object = stack.pop()!;
    if (object instanceof PDFRef) {
      if (reached.has(object.tag)) continue;
      reached.add(object.tag);
      const target = context.lookup(object);
      if (target) stack.push(target);
    } else if (object instanceof PDFDict) {
      stack.push(...object.values());
    } else if (object instanceof PDFArray) {
      stack.push(...object.asArray());
    } else if (object instanceof PDFStream) {
      stack.push(object.dict);
    }
  }
  for (const [ref] of context.enumerateIndirectObjects()) if (!reached.has(ref.tag)) context.delete(ref);
}

// Every action in an action's /Next chain that is not inert, by its /S name.
function activeKindsOf(context: PDFDocument['context'], first: PDFDict): string[] {
  const kinds: string[] = [];
  const seen = new Set<PDFDict>();
  const queue: PDFDict[] = [first];
  while (queue.length > 0) {
    const action = queue.shift()!;
    if (seen.has(action)) continue;
    seen.add(action);
    const kind = action.get(PDFName.of('S'));
    if (!(kind instanceof PDFName)) continue;
    if (!inertActions.has(kind.decodeText())) kinds.push(kind.decodeText());
    const next = context.lookup(action.get(PDFName.of('Next')));
    for (const item of next instanceof PDFArray ? next.asArray() : next ? [next] : []) {
      const dict = context.lookup(item);
      if (dict instanceof PDFDict) queue.push(dict);
    }
  }
  return kinds;
}

// Calls `visit` for the object's dictionary and every dictionary nested directly inside it.
function walkDicts(object: PDFObject, ref: PDFRef | null, visit: (dict: PDFDict, ref: PDFRef | null) => void): void {
  const dict = object instanceof PDFRawStream || object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : null;
  const values = dict ? dict.values() : object instanceof PDFArray ? object.asArray() : [];
  if (dict) visit(dict, ref);
  for (const value of values) if (value instanceof PDFDict || value instanceof PDFArray) walkDicts(value, null, visit);
}

function dropAnnotations(doc: PDFDocument, doomed: Set<PDFRef>): void {
  for (const page of doc.getPages()) {
    const annots = doc.context.lookup(page.node.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray)) continue;
    const kept = annots.asArray().filter((item) => !(item instanceof PDFRef && doomed.has(item)));
    if (kept.length !== annots.size()) page.node.set(PDFName.of('Annots'), doc.context.obj(kept));
  }
}

function fileNameOf(spec: PDFDict): string {
  for (const key of ['UF', 'F']) {
    const value = spec.get(PDFName.of(key));
    if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  }
  return '(unnamed)';
}

// Malformed files put anything anywhere: a value of the wrong type is simply not what we look for.
function dictOrNull(object: PDFObject | undefined): PDFDict | null {
  return object instanceof PDFDict ? object : null;
}
