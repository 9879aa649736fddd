import type { MetadataChange } from '../compare-revision-metadata';

/** One signature as the vault records it: who, when (with time zone), and what the signature means. */
export interface ReportSignature {
  printedName: string;
  meaning: string;
  /** ISO 8601 with offset, e.g. 2025-03-04T09:12:00+01:00; printed as given so the zone is never lost. */
  signedAt: string;
}

export interface ReportRevision {
  label: string;
  sha256: string;
  status?: string;
  effectiveDate?: string;
  changeSummary?: string;
  /** The change requests the revision carries out, as "DCR-0001: reason"; absent or empty: none. */
  changeRequests?: string[];
  signatures: ReportSignature[];
}

/** What the report says about the document and the two revisions; plain data supplied by the caller. */
export interface ComparisonReportHeader {
  documentNumber: string;
  title: string;
  old: ReportRevision;
  new: ReportRevision;
  /** ISO 8601 with offset. */
  generatedAt: string;
  generatedBy?: string;
  metadataChanges?: MetadataChange[];
}
