import type Database from 'better-sqlite3';
import { defaultRenditionToolOrder, type RenditionToolId } from '../../../shared/rendition-tools';
import { statement } from './statements';

export interface RevisionLabelScheme {
  /** letters: A, B, … then AA, AB (engineering-drawing convention); numbers: 1, 2, 3. */
  kind: 'letters' | 'numbers';
  /** Letters never used in a label, because they read like digits or other letters. */
  skip: string[];
}

export interface VaultSettings {
  vaultId: string;
  maxContentBytes: number;
  passwordMinLength: number;
  revisionLabelScheme: RevisionLabelScheme;
  /** Relaxes separation of duties: one person may both review and approve a revision (audited when changed). */
  reviewersMayApprove: boolean;
  /** The office programs renditions are made with, first found first (audited when changed). */
  renditionTools: RenditionToolId[];
  /** Days to read and understand a revision a job requires, from its assignment (audited when changed). */
  trainingDueDays: number;
}

export const defaultVaultSettings: Omit<VaultSettings, 'vaultId'> = {
  maxContentBytes: 2 * 1024 ** 3,
  passwordMinLength: 10,
  revisionLabelScheme: { kind: 'letters', skip: ['I', 'O', 'Q', 'S', 'X', 'Z'] },
  reviewersMayApprove: false,
  renditionTools: defaultRenditionToolOrder,
  trainingDueDays: 30,
};

type SettingKey = keyof VaultSettings;

/** The vault's settings, with defaults for any not yet written. */
export function readVaultSettings(db: Database.Database): VaultSettings {
  const rows = statement<[], { key: string; value: string }>(db, 'SELECT key, value FROM vault_settings').all();
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return { ...defaultVaultSettings, ...stored } as VaultSettings;
}

/** Writes settings; call inside the transaction that audits the change. */
export function writeVaultSettings(db: Database.Database, values: Partial<VaultSettings>): void {
  const upsert = statement(db, 'INSERT INTO vault_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(values) as [SettingKey, unknown][]) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
}
