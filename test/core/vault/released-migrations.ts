// The SHA-256 of every released migration file, pinned. A vault is a legal record kept for years and
// opened by every later Quire: a released migration is never edited, renamed or removed; a change is a
// new migration. Pinning a new migration is a deliberate act: one line here, once the file is final
// (the test prints the line to add). Hashes are over the text with CRLF read as LF, so a Windows
// checkout that converts line ends still matches.
export const releasedMigrations: Readonly<Record<string, string>> = {
  '0001-initial.sql': '06fbc8c212c6ac0962af42a0154c38a1b2750a6f64909655a6247f0167331c16',
  '0002-workflow.sql': '7d7783546c8e5d9282c111e5259cb13b14808100ac115c93d51ee776aa00c733',
  '0003-revision-text.sql': 'f0d4ebee003a3845fe719c2b1547e4879e1153dd8516f1d2b51db422168cafe0',
  '0004-prints.sql': '147932372ad8f832fbd6e3ffbe8cfef23850833d996ad889dc48fc908e721254',
  '0005-key-issued-after-reset.sql': '2034c1135e0a19edfe548a39e2eee59fa945ae06fde4205cba0929b7ca48deee',
  '0006-state-replay.sql': 'b1812571ef07054794d3a60eb15d262b285698b202b16bc0c5b105dba0eb5070',
  '0007-supplied-renditions.sql': '7f203aae2b069be2f2a403a60355514c64da4804a6cab26b160f297e2b62c5f3',
  '0008-bulk-import.sql': '93fee01bba0f7965defb450bd5a678193c061c0eceed17b39baecaea0bca4d82',
  '0009-full-text-search.sql': 'e524a2fd05f4f60ef9e7bc34c63297d8da18f39666cebf13f5f8347d53a3e4ca',
  '0010-home-indexes.sql': '106edc9f83ba0198b341be04ac03f263fad4dbe078a90168058c5b500662a181',
  '0011-register-index.sql': '8a60cf29d769e36df90c39c2c37dea4699e868de3bc441290675000a1690f42e',
  '0012-change-control.sql': 'a3d58eecb0864fd5fc6e8164fad5f4685a8c2890b31d61c159d4dd414a36d411',
  '0014-document-clauses.sql': '6d2ea5fd0aa6c49368f12f1e8240e556deff9151b7bceafad0fde37ddb66f9b4',
  '0013-training-matrix.sql': 'd3cf96905a50db966158b7cd71256291c0e69566a6d74dea3a61fce7f45edf6f',
  '0015-owner-sort-index.sql': 'd735e7e705fd67a898780bc4ae09d2dea68df1f32609d3d0d4830049fafb7746',
  '0016-trigram-where-needed.sql': 'f90c2951323a462113bc5a0c3dfcf70905573c430e82282982e25e184d11f419',
  '0017-page-text-stored-once.sql': 'd9a0daf5fabfe98017fcc7d9aae4fa1d47dd14cda1b89104604f8170ec6c7713',
};
