import type { RenditionToolId } from '../../rendition-tools';
import type { pdfErrorCodes } from '../../errors/pdf-error-codes';
import { formatSize } from '../format-size';
import type { SentencesFor } from '../message-catalogue';
import { stateWords } from './english-words';

const toolWords: Record<RenditionToolId, string> = { word: 'Microsoft Word', libreoffice: 'LibreOffice' };
const toolNames = (tools: RenditionToolId[]) => tools.map((t) => toolWords[t]).join(' or ');

/** A PDF refusal about a named file starts with its name and ends saying nothing was imported. */
const about = (fileName: string | undefined, sentence: string) => (fileName ? `${fileName}: ${sentence} Nothing was imported.` : sentence);

export const pdfMessages: SentencesFor<typeof pdfErrorCodes> = {
  NOT_A_PDF: ({ fileName }) => about(fileName, 'That file is not a PDF, whatever its name says. Save or export it as PDF from the program that made it, then try again.'),
  PDF_ENCRYPTED: ({ fileName }) =>
    about(fileName, 'That PDF needs a password to open. Ask its supplier for a copy without an open password (a permissions-only password is fine), then try again.'),
  PDF_ENCRYPTION_UNSUPPORTED: ({ fileName }) =>
    about(fileName, 'That PDF is protected with a scheme Quire cannot open (for example certificate security). Ask its supplier for a copy without that protection.'),
  PDF_CORRUPT: ({ fileName, truncated }) =>
    about(
      fileName,
      truncated
        ? 'That PDF is incomplete: its end is missing, so it was probably cut short by a download or copy. Get a fresh copy from its source.'
        : 'That PDF is damaged or incomplete (perhaps cut short by a download or copy). Get a fresh copy from its source and try again.',
    ),
  PDF_NO_PAGES: ({ fileName }) => about(fileName, 'That PDF has no pages. Check that the right file was chosen.'),
  PDF_TOO_LARGE: ({ fileName, sizeBytes, limitBytes }) => {
    if (fileName && sizeBytes !== undefined && limitBytes !== undefined) {
      return `${fileName} is a ${formatSize(sizeBytes)} PDF; Quire checks and prints PDFs up to ${formatSize(limitBytes)}. Split it into smaller files and register those.`;
    }
    if (fileName) return `${fileName} is too large to print in one piece; split it into smaller documents.`;
    return 'That PDF is larger than Quire can print in one piece. Split it into smaller files.';
  },
  CONTROLLED_COPY_NOT_EFFECTIVE: (p) => {
    if ('copyNumber' in p) {
      return `${p.number} controlled copy No. ${p.copyNumber} is of revision ${p.copyLabel}, which is ${stateWords(p.copyState)}; it cannot be reprinted. Recall it and issue a copy of ${p.effectiveLabel}.`;
    }
    if ('state' in p) {
      return `${p.number} revision ${p.label} is ${stateWords(p.state)}; only the effective revision can be issued as a controlled copy. Print an uncontrolled copy instead.`;
    }
    return 'Only the effective revision can be issued as a controlled copy. Print an uncontrolled copy instead.';
  },
  PDF_PRINT_FAILED: ({ path }) =>
    path
      ? `The print written to ${path} did not read back as written; nothing was printed. Check the disk and print again.`
      : 'Quire could not produce a valid print of this PDF, so nothing was printed. Please report this together with the file.',
  RENDITION_TOOL_MISSING: ({ tools }) => {
    const names = toolNames(tools ?? ['word', 'libreoffice']);
    return `Printing an office document needs ${names}, which was not found on this computer. Install ${names} and try again, or ask the author to attach a PDF of the document to the draft.`;
  },
  RENDITION_FAILED: ({ tool }) =>
    `${tool ?? 'The office program'} could not convert that file to PDF. Open it in its own program, check it is not damaged or password-protected, and try again.`,
  RENDITION_TIMEOUT: ({ tool }) =>
    `Converting that file to PDF${tool ? ` with ${tool}` : ''} took too long and was stopped. Try again, or export it to PDF in its own program and attach that PDF to a new draft.`,
  RENDITION_FROZEN: ({ number, label, state }) =>
    `A PDF rendition can only be attached to a draft that was never submitted, because reviewers and approvers sign the document and its PDF together. ${number} ${label} is ${stateWords(state)} or was submitted before; start a new draft with its PDF.`,
  RENDITION_NOT_NEEDED: ({ fileName }) => `${fileName} is already a PDF: it prints as it is and needs no separate PDF rendition.`,
  NOT_PRINTABLE_HERE: ({ number, label, fileName, tools }) =>
    tools.length === 0
      ? `${number} ${label}${fileName ? ` (${fileName})` : ''} cannot be printed: Quire prints PDF, text, Markdown and office documents. Register a PDF of it as a new revision.`
      : `${number} ${label}${fileName ? ` (${fileName})` : ''} cannot be printed on this computer: it is an office document, no PDF of it was attached, and ${toolNames(tools)} was not found here. Attach the author's PDF to the draft, or install ${toolNames(tools)}, before a copy is needed on paper.`,
};
