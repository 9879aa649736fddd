// The one place the codebase imports its PDF library from.
// @cantoo/pdf-lib (API-compatible fork of pdf-lib) is the choice: it decrypts owner-password-only
// PDFs and writes valid files for them, where upstream pdf-lib 1.17 writes output that fails
// `qpdf --check`; and it subsets CFF (OpenType) fonts such as Noto Sans SC with fontkit v2.
// Evidence and the corpus: docs/pdf-engine.md.
export * from '@cantoo/pdf-lib';
