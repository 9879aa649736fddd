import type { Permission } from '../../roles';

// Words the English sentences share: states, permissions, ordinals and field names as a user says them.

/** A revision state as written in a sentence ("in_review" reads "in review"). */
export function stateWords(state: string): string {
  return state.replaceAll('_', ' ');
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** What each permission lets a user do, to finish "may not …". */
export const permissionWords: Record<Permission, string> = {
  'users.manage': 'manage users',
  'vault.configure': 'change the vault settings',
  'vault.verify': 'verify the vault',
  'vault.backup': 'back up the vault',
  'audit.read': 'read the audit trail',
  'documents.read': 'read documents',
  'documents.register': 'register documents',
  'documents.edit': 'edit document records',
  'revisions.draft': 'draft new revisions',
  'revisions.submit': 'submit revisions for review',
  'revisions.review': 'review revisions',
  'revisions.approve': 'approve revisions',
  'revisions.release': 'release revisions',
  'documents.withdraw': 'withdraw documents',
  'prints.uncontrolled': 'print uncontrolled copies',
  'prints.controlled': 'issue controlled copies',
  'training.assign': 'assign read-and-understood training',
  'training.manage': 'manage job functions, quizzes and the training matrix',
  'documents.import': 'import documents from a folder',
};

/**
 * Contract field names in the user's words. A test walks every method's input schema and checks
 * each field is here, so a new field cannot reach a user as a bare key.
 */
export const fieldWords: Record<string, string> = {
  // Change control (issue 13).
  impact: 'impact assessment',
  trainingNeeded: 'whether training is needed',
  linkedDocumentsAffected: 'whether linked documents are affected',
  validationNeeded: 'whether validation is needed',
  note: 'impact note',
  proposal: 'proposal',
  dcr: 'change request number',
  decision: 'decision',
  other: 'other document number',
  kind: 'kind of link',
  changed: 'changed document number',
  number: 'document number',
  folder: 'folder to import',
  metadata: 'metadata sheet',
  jobId: 'import',
  standard: 'standard',
  add: 'clauses to add',
  remove: 'clauses to remove',
  pdf: 'PDF file',
  documents: 'documents',
  title: 'title',
  type: 'document type',
  department: 'department',
  state: 'revision state',
  effectiveFrom: 'first effective date',
  effectiveTo: 'last effective date',
  nextReviewFrom: 'first next review date',
  nextReviewTo: 'last next review date',
  sort: 'column to sort by',
  direction: 'sort direction',
  offset: 'first row',
  format: 'file format',
  owner: 'owner',
  outcome: 'review outcome',
  file: 'file',
  'file.path': 'file',
  numberingPattern: 'numbering pattern',
  user: 'user',
  document: 'document number',
  order: 'order',
  rendition: 'PDF rendition',
  'rendition.path': 'PDF rendition',
  renditionTools: 'office programs for PDF renditions',
  external: 'external source',
  'external.source': 'external source',
  'external.reference': 'external reference',
  reviewIntervalMonths: 'review interval (months)',
  reviewersMayApprove: 'whether reviewers may also approve',
  retentionYears: 'retention (years)',
  changeSummary: 'change summary',
  label: 'revision label',
  contentSha256: 'content fingerprint (SHA-256)',
  pages: 'pages shown',
  'pages.shown': 'number of pages shown',
  'pages.of': 'number of pages in the document',
  from: 'first revision',
  to: 'second revision',
  destination: 'destination',
  username: 'user name',
  fullName: 'full name',
  password: 'password',
  currentPassword: 'current password',
  newPassword: 'new password',
  initialPassword: 'initial password',
  roles: 'roles',
  role: 'role',
  reviewers: 'reviewers',
  approvers: 'approvers',
  reviewDueDate: 'review due date',
  approvalDueDate: 'approval due date',
  effectiveDate: 'effective date',
  meaning: 'meaning',
  comment: 'comment',
  reason: 'reason',
  mode: 'kind of print',
  copyholder: 'copyholder',
  copyNumber: 'copy number',
  reprintOf: 'copy to reprint',
  status: 'status',
  code: 'verification code',
  users: 'users',
  dueDate: 'due date',
  reviewDays: 'review days',
  approvalDays: 'approval days',
  ignoreWhitespace: 'ignore white space',
  ignoreLineWrap: 'ignore line wrapping',
  ignoreHeadersFooters: 'ignore headers and footers',
  limit: 'limit',
  since: 'since',
  until: 'until',
  action: 'action',
  sequential: 'sequential approval',
  disabled: 'disabled',
  locked: 'locked',
  name: 'name',
  vault: 'vault',
  admin: 'administrator user name',
  port: 'port number',
  maxFileMb: 'largest file size (MB)',
  controlled: 'controlled copy',
  search: 'search text',
  entityType: 'kind of record',
  entityId: 'record',
  afterId: 'starting point',
  maxContentBytes: 'largest file size',
  passwordMinLength: 'shortest password length',
  approvalMode: 'approval order',
  withinDays: 'number of days',
  location: 'location',
  uncontrolled: 'uncontrolled copy',
  query: 'search',
  allRevisions: 'older revisions too',
  job: 'job function',
  change: 'add or remove',
  numbers: 'document numbers',
  quiz: 'quiz',
  'quiz.passMark': 'pass mark (%)',
  'quiz.questions': 'quiz questions',
  question: 'question',
  choices: 'choices',
  answer: 'right answer',
  answers: 'answers',
  trainingDueDays: 'days to read and understand',
};

/** A field key in words: from the table, else the key's last part split at its capitals. */
export function fieldName(field: string): string {
  const known = fieldWords[field] ?? fieldWords[field.split('.').at(-1) ?? field];
  if (known) return known;
  return (field.split('.').at(-1) ?? field).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text from elsewhere (a report line) ended as a sentence. */
export function ended(text: string): string {
  return /[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** "a, b and c". */
export function listed(items: readonly (string | number)[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What a field with a fixed form may contain, for "… may use …". */
export const fieldFormats: Record<string, string> = {
  number: 'letters, digits, dot, dash, slash and underscore',
  username: 'letters, digits, dot, dash and underscore, starting with a letter or digit',
  label: 'letters, digits and dots',
  from: 'letters, digits and dots',
  to: 'letters, digits and dots',
};
