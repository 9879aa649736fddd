import type Database from 'better-sqlite3';
import type { CallContext } from '../core-context';
import type { ChainPoint } from '../audit/audit-head';
import type { PackWriter } from './pack-writer';

/** What every section of a pack reads from: the vault, the period and documents asked for, and the chain head the pack stands on. */
export interface PackScope {
  ctx: CallContext;
  db: Database.Database;
  /** The period of the audit trail, as dates (YYYY-MM-DD), both ends included; undefined for open ends. */
  from: string | undefined;
  to: string | undefined;
  /** The ids of the documents asked for, or null for every document. */
  documentIds: Set<number> | null;
  /** The audit trail's head when the pack was started: the trail in the pack ends there. */
  chainHead: ChainPoint | null;
  generatedBy: string;
  now: Date;
  today: string;
  cancelled(): boolean;
}

/** A link on the pack's index page. */
export interface PackLink {
  path: string;
  label: string;
}

/**
 * One part of the evidence pack (the master list, the audit trail…): writes its files into the pack and
 * returns the links the index page shows under its title. The pack is built from the list in
 * sections/index.ts, so a new register is one file and one line there.
 */
export interface AuditPackSection {
  title: string;
  /** One sentence for the index page: what an auditor finds here. */
  description: string;
  write(scope: PackScope, pack: PackWriter): Promise<PackLink[]>;
}
