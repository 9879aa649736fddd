export const pdfErrorCodes = {
  NOT_A_PDF: 'That file is not a PDF, whatever its name says. Save or export it as PDF from the program that made it, then try again.',
  PDF_ENCRYPTED: 'That PDF needs a password to open. Ask its supplier for a copy without an open password (a permissions-only password is fine), then try again.',
  PDF_ENCRYPTION_UNSUPPORTED: 'That PDF is protected with a scheme Quire cannot open (for example certificate security). Ask its supplier for a copy without that protection.',
  PDF_CORRUPT: 'That PDF is damaged or incomplete (perhaps cut short by a download or copy). Get a fresh copy from its source and try again.',
  PDF_NO_PAGES: 'That PDF has no pages. Check that the right file was chosen.',
  PDF_TOO_LARGE: 'That PDF is larger than Quire can print in one piece. Split it into smaller files.',
  CONTROLLED_COPY_NOT_EFFECTIVE: 'Only the effective revision can be issued as a controlled copy. Print an uncontrolled copy instead.',
  PDF_PRINT_FAILED: 'Quire could not produce a valid print of this PDF, so nothing was printed. Please report this together with the file.',
  RENDITION_TOOL_MISSING: 'Converting office documents to PDF needs LibreOffice, which was not found. Install LibreOffice (or set QUIRE_SOFFICE to its soffice program) and try again.',
  RENDITION_FAILED: 'LibreOffice could not convert that file to PDF. Open it in its own program, check it is not damaged or password-protected, and try again.',
  RENDITION_TIMEOUT: 'Converting that file to PDF took too long and was stopped. Try again, or export it to PDF in its own program.',
} as const;
