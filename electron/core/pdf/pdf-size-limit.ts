// Its own module so that code checking a size before opening a PDF (an import, a print) does not
// load pdf-lib: that is loaded only when a PDF is actually opened.

/** Larger files would need several times their size in memory to print; refuse them up front. */
export const maxPdfBytes = 512 * 1024 * 1024;
