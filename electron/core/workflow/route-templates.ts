import type Database from 'better-sqlite3';
import { statement } from '../vault/statements';

export interface RouteTemplate {
  type: string;
  reviewers: string[];
  approvers: string[];
  approvalMode: 'parallel' | 'sequential';
  reviewDays: number | null;
  approvalDays: number | null;
}

interface Row {
  doc_type: string;
  reviewers: string;
  approvers: string;
  approval_mode: 'parallel' | 'sequential';
  review_days: number | null;
  approval_days: number | null;
}

const toTemplate = (r: Row): RouteTemplate => ({
  type: r.doc_type,
  reviewers: JSON.parse(r.reviewers) as string[],
  approvers: JSON.parse(r.approvers) as string[],
  approvalMode: r.approval_mode,
  reviewDays: r.review_days,
  approvalDays: r.approval_days,
});

/** The route template of a document type: who must always review and approve it, and how. */
export function routeTemplateFor(db: Database.Database, type: string): RouteTemplate | undefined {
  const row = statement<[string], Row>(db, 'SELECT * FROM route_templates WHERE doc_type = ?').get(type);
  return row && toTemplate(row);
}

export function listRouteTemplates(db: Database.Database): RouteTemplate[] {
  return (db.prepare('SELECT * FROM route_templates ORDER BY doc_type').all() as Row[]).map(toTemplate);
}

/** Writes a template; call inside the audited transaction. */
export function writeRouteTemplate(db: Database.Database, t: RouteTemplate): void {
  statement(
    db,
    `INSERT INTO route_templates (doc_type, reviewers, approvers, approval_mode, review_days, approval_days) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (doc_type) DO UPDATE SET reviewers = excluded.reviewers, approvers = excluded.approvers,
       approval_mode = excluded.approval_mode, review_days = excluded.review_days, approval_days = excluded.approval_days`,
  ).run(t.type, JSON.stringify(t.reviewers), JSON.stringify(t.approvers), t.approvalMode, t.reviewDays, t.approvalDays);
}
