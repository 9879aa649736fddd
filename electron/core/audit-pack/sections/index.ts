import type { AuditPackSection } from '../audit-pack-section';
import { auditTrailSection } from './audit-trail-section';
import { changeRequestsSection } from './change-requests-section';
import { controlledCopiesSection } from './controlled-copies-section';
import { documentRecordsSection } from './document-records-section';
import { gapAnalysisSection } from './gap-analysis-section';
import { masterListSection } from './master-list-section';
import { trainingMatrixSection } from './training-matrix-section';
import { verifyReportSection } from './verify-report-section';

/** The sections of an evidence pack, in the order the index page lists them. A new register is one file and one line here. */
export const auditPackSections: readonly AuditPackSection[] = [
  masterListSection,
  documentRecordsSection,
  changeRequestsSection,
  controlledCopiesSection,
  trainingMatrixSection,
  gapAnalysisSection,
  auditTrailSection,
  verifyReportSection,
];
