import { permissionWords, stateWords } from './english-words';
import type { Permission } from '../../roles';

// The audit trail in an auditor's words: one sentence per kind of event the core records. Records keep
// their fixed JSON; these sentences are how screens, the CSV and the PDF export read them.

/** What a sentence is made from: who acted, what it was about (named), and the recorded values. */
export interface AuditEventToRead {
  action: string;
  user: string | null;
  /** The user name, document number (and revision) or type code the event is about. */
  subject: string | null;
  entityId: string | null;
  oldValue: unknown;
  newValue: unknown;
}

type Values = Record<string, unknown>;
type Sentence = (who: string, about: string, n: Values, old: Values) => string;

const text = (v: unknown, fallback = '?') => (typeof v === 'string' || typeof v === 'number' ? String(v) : fallback);
const list = (v: unknown) => (Array.isArray(v) && v.length ? v.map(String).join(', ') : 'nobody');
const rolesOf = (v: unknown) => (Array.isArray(v) && v.length ? v.map(String).join(', ') : 'no role');
const copy = (n: Values) => `controlled copy No. ${text(n.copyNumber)} (${text(n.copyholder)}${n.location ? `, ${text(n.location)}` : ''})`;
const settingWords: Record<string, string> = {
  maxContentBytes: 'the largest file accepted',
  passwordMinLength: 'the shortest password allowed',
  reviewersMayApprove: 'whether reviewers may also approve',
  revisionLabelScheme: 'the revision labels',
  trainingDueDays: 'the days given to read and understand what a job requires',
};
const changedSettings = (n: Values, old: Values) =>
  Object.keys(settingWords)
    .filter((key) => JSON.stringify(n[key]) !== JSON.stringify(old[key]))
    .map((key) => `${settingWords[key]} (from ${JSON.stringify(old[key])} to ${JSON.stringify(n[key])})`)
    .join('; ') || 'nothing';
const changedFields = (n: Values, old: Values) =>
  Object.keys({ ...old, ...n })
    .filter((key) => JSON.stringify(n[key]) !== JSON.stringify(old[key]))
    .join(', ') || 'nothing';

/** The sentence for each event type the core writes; a test checks every one of them is here. */
export const auditEventSentences: Record<string, Sentence> = {
  'vault.created': (who) => `${who} created the vault.`,
  'vault.settings_changed': (who, _a, n, old) => `${who} changed the vault settings: ${changedSettings(n, old)}.`,
  'vault.backed_up': (who, _a, n) => `${who} backed up the vault to ${text(n.destination)}; the copy was verified (${text(n.auditEvents)} audit events).`,
  'vault.restored': (who, _a, n) => `${who} restored the vault from the backup ${text(n.from)}.`,
  'access.denied': (who, about, n) =>
    typeof n.label === 'string'
      ? `${who} was refused ${about}, which is ${stateWords(text(n.state))}: they may see only the revision in force.`
      : `${who} was refused: they may not ${permissionWords[n.needs as Permission] ?? text(n.needs)} (${text(about)}).`,
  'session.signed_in': (who) => `${who} signed in.`,
  'user.added': (who, about, n) => `${who} added the user ${about} (${text(n.fullName)}) with the roles ${rolesOf(n.roles)}.`,
  'user.disabled': (who, about) => `${who} disabled the account of ${about}.`,
  'user.enabled': (who, about) => `${who} enabled the account of ${about} again.`,
  'user.unlocked': (who, about) => `${who} unlocked the account of ${about}.`,
  'user.locked': (_who, about) => `The account of ${about} was locked after too many wrong passwords.`,
  'user.roles_changed': (who, about, n, old) => `${who} changed the roles of ${about} from ${rolesOf(old.roles)} to ${rolesOf(n.roles)}.`,
  'user.password_reset': (who, about) => `${who} reset the password of ${about}; they must choose a new one at their next sign-in.`,
  'user.password_changed': (who, _a, n) => `${who} changed their own password${n.issuedAfterReset ? '; their new signing key was issued after a reset' : ''}.`,
  'user.password_refused': (who, _a, n) =>
    n.why === 'wrong password'
      ? `A wrong password was entered for ${who} (${text(n.failedAttempts)} in a row).`
      : n.why === 'unknown user name'
        ? `Someone tried to sign in as ${who}, a name the vault does not know.`
        : `${who} tried the password on a ${text(n.why).replace('account ', '')} account.`,
  'user.identity_confirmed': (who, about) => `${who} confirmed the identity of ${about}, whose signing key was issued after a password reset.`,
  'document_type.added': (who, about, n) => `${who} added the document type ${about} (${text(n.name)}), numbered ${text(n.numberingPattern)}.`,
  'document_type.updated': (who, about, n, old) => `${who} changed the document type ${about}: ${changedFields(n, old)}.`,
  'route_template.set': (who, about, n) => `${who} set the route for ${about}: reviewed by ${list(n.reviewers)}, approved by ${list(n.approvers)} (${text(n.approvalMode)}).`,
  'document.registered': (who, about, n) => `${who} registered ${about}, "${text(n.title)}", owned by ${text(n.owner)}.`,
  'document.updated': (who, about, n, old) => `${who} changed the record of ${about}: ${changedFields(n, old)}.`,
  'document.clauses_changed': (who, about, n) => `${who} mapped ${about} to ${text(n.standard)} clauses ${list(n.clauses).replace('nobody', 'none')}.`,
  'audit_pack.exported': (who, _a, n) => `${who} exported an audit pack of ${text(n.files)} files (SHA-256 ${text(n.sha256)}), signed with their key.`,
  'document.withdrawal_requested': (who, about) => `${who} asked for ${about} to be withdrawn.`,
  'document.withdrawn': (who, about) => `${who} approved the withdrawal: ${about} is obsolete.`,
  'revision.drafted': (who, about, n) => `${who} drafted ${about} from ${text(n.fileName)}${n.changeSummary ? ` (${text(n.changeSummary)})` : ''}.`,
  'revision.imported': (who, about, n) =>
    `${who} imported ${about} from ${text(n.sourcePath)} as ${stateWords(text(n.state))}${n.effectiveDate ? `, effective ${text(n.effectiveDate)}` : ''}${n.attestation ? ', attesting that it was approved under the previous system' : ''}.`,
  'revision.viewed': (who, about, n) =>
    n.how === 'declared' ? `${who} declared having opened the exported file of ${about}.` : `${who} viewed ${about} (${text(n.pagesShown)} of ${text(n.pageCount)} pages shown).`,
  'revision.rendition_supplied': (who, about, n) => `${who} attached ${text(n.fileName)} (${text(n.pages)} pages) as the PDF of ${about}, to be signed with its source.`,
  'revision.replaced': (who, about, n) => `${who} replaced the draft ${about} with ${text(n.by)}.`,
  'revision.submitted': (who, about, n) => `${who} submitted ${about} for review by ${list(n.reviewers)} and approval by ${list(n.approvers)}.`,
  'revision.signed': (who, about, n) => `${who} signed ${about} as ${text(n.meaning)}.`,
  'revision.review_completed': (_who, about) => `The review of ${about} is complete; approval starts.`,
  'revision.rejected': (who, about, n) => `${who} rejected ${about} at ${text(n.stage)}; it went back to its author.`,
  'revision.approved': (_who, about) => `${about} is approved by everyone on its route.`,
  'revision.released': (who, about, n) => `${who} released ${about}, effective ${text(n.effectiveDate)}.`,
  'revision.effective': (_who, about, n) => `${about} became effective on ${text(n.effectiveDate)}${n.supersedes ? `, superseding ${text(n.supersedes)}` : ''}; next review by ${text(n.nextReviewDate)}.`,
  'revision.superseded': (_who, about) => `${about} was superseded.`,
  'revision.cancelled': (who, about) => `${who} cancelled ${about}.`,
  'revision.obsolete': (_who, about) => `${about} became obsolete with its document.`,
  'revision.periodic_review_completed': (who, about, n) => `${who} completed the periodic review of ${about}: no change needed; next review by ${text(n.nextReviewDate)}.`,
  'revision.rendition_created': (_who, about, n) => `A PDF of ${about} was made for printing (${text(n.pages)} page(s), ${text(n.tool)}).`,
  'revision.printed': (who, about, n) =>
    n.kind === 'uncontrolled'
      ? `${who} printed an uncontrolled copy of ${about} (code ${text(n.verificationCode)}).`
      : `${who} printed ${n.kind === 'reprint' ? 'a reprint of ' : ''}${copy(n)} of ${about} (code ${text(n.verificationCode)}).`,
  'revision.copy_issued': (who, about, n) => `${who} issued ${copy(n)} of ${about}.`,
  'revision.copy_due_for_recall': (_who, about, n) => `${copy(n)} of ${about} is due for recall: the revision is ${stateWords(text(n.revisionState))}.`,
  'revision.copy_recalled': (who, about, n) => `${who} recorded ${copy(n)} of ${about} as ${text(n.status)}.`,
  'training.assigned': (who, about, n) => `${who} asked ${list(n.users)} to read and understand ${about}${n.dueDate ? ` by ${text(n.dueDate)}` : ''}.`,
  'training.carried_over': (who, about, n) => `${who} carried the open training of ${list(n.users)} over from revision ${text(n.from)} to ${about}.`,
  'training.acknowledged': (who, about) => `${who} signed that they read and understood ${about}.`,
  'change_request.raised': (who, about, n) => `${who} asked for a change to ${about} (${text(n.changeRequest)}).`,
  'change_request.accepted': (who, about, n) => `${who} accepted ${text(n.changeRequest)} on ${about} (signed)${n.draft ? `; draft ${text(n.draft)} carries it out` : ''}.`,
  'change_request.rejected': (who, about, n) => `${who} rejected ${text(n.changeRequest)} on ${about} (signed).`,
  'change_request.implemented': (_who, about, n) => `Change request ${text(n.changeRequest)} was implemented: ${about} became effective.`,
  'revision.change_record_stated': (who, about) => `${who} stated the change record (change summary, impact assessment) of ${about}.`,
  'document.linked': (who, about, n) => `${who} recorded that ${about} uses ${text(n.uses)} (${text(n.kind)}).`,
  'linked_change.opened': (_who, about, n) => `A document that ${about} uses changed (${text(n.changed)} ${text(n.label)} became effective): ${text(n.owner)} is to check ${about}.`,
  'linked_change.closed': (who, about, n) => `${who} raised ${text(n.changeRequest)} on ${about}, closing the check of its changed linked documents.`,
  'linked_change.no_change': (who, about, n) => `${who} signed that ${about} needs no change for ${list(n.closed)}.`,
  'training.job_assigned': (who, about, n) => `${who} assigned ${about} to ${list(n.users)} for the job ${list(n.jobs)}, to read and understand by ${text(n.dueDate)}.`,
  'training.closed': (who, about, n) => `${who} closed the open training of ${list(n.users)} on ${about}: the job ${text(n.job)} no longer requires it of them.`,
  'training.quiz_set': (who, about, n) => `${who} set a quiz on ${about}: ${Array.isArray(asValues(n.quiz).questions) ? (asValues(n.quiz).questions as unknown[]).length : '?'} question(s), pass mark ${text(asValues(n.quiz).passMark)}%.`,
  'training.quiz_answered': (who, about, n) => `${who} answered the quiz on ${about} (attempt ${text(n.attempt)}): ${text(n.score)}%, ${n.passed === true ? 'passed' : 'not passed'}.`,
  'job.created': (who, _a, n) => `${who} created the job function ${text(n.code)} (${text(n.name)}).`,
  'job.people_added': (who, _a, n) => `${who} added ${list(n.users)} to the job ${text(n.code)}.`,
  'job.people_removed': (who, _a, n) => `${who} removed ${list(n.users)} from the job ${text(n.code)}.`,
  'job.documents_added': (who, _a, n) => `${who} made the job ${text(n.code)} require ${list(n.documents)}.`,
  'job.documents_removed': (who, _a, n) => `${who} made the job ${text(n.code)} no longer require ${list(n.documents)}.`,
};

const asValues = (v: unknown): Values => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Values) : {});

/** One audit event as a sentence; an event type this catalogue does not know yet reads as its recorded name. */
export function auditEventSentence(event: AuditEventToRead): string {
  const who = event.user ?? 'Quire';
  const about = event.subject ?? event.entityId ?? 'the vault';
  const sentence = auditEventSentences[event.action];
  if (!sentence) return `${who}: ${event.action.replaceAll('_', ' ')} (${about}).`;
  const n = asValues(event.newValue);
  const old = asValues(event.oldValue);
  const said = sentence(who, about, n, old);
  // A user name is written as it is (it is an identifier); anything else starts the sentence in capitals.
  return said.startsWith(who) ? said : said.charAt(0).toUpperCase() + said.slice(1);
}

/** The event types, each in a few words, for a filter's choices. */
export function auditActionWords(action: string): string {
  return action.replace(/^[a-z_]+\./, (domain) => `${domain.slice(0, -1).replaceAll('_', ' ')}: `).replaceAll('_', ' ');
}
