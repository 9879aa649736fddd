import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from '../../../electron/core/vault/create-vault';
import { closeVault, type Vault } from '../../../electron/core/vault/open-vault';
import {
  documentStatuses,
  initialRevisionState,
  printedRevisionStates,
  revisionActs,
  revisionStateFacts,
  revisionStates,
  revisionTransitions,
  type RevisionState,
} from '../../../shared/lifecycle';
import { tempFolder } from '../../helpers/temp-vault';

const repo = path.resolve(__dirname, '../../..');

/** The quoted words of `column TEXT ... CHECK (column IN ('a', 'b'))` in a table's CREATE statement. */
function checkList(createSql: string, column: string): string[] {
  const match = new RegExp(`\\b${column}\\s+TEXT[^,]*?CHECK\\s*\\(\\s*${column}\\s+IN\\s*\\(([^)]*)\\)`, 's').exec(createSql);
  if (!match) throw new Error(`No CHECK list for ${column} in ${createSql}`);
  return [...match[1]!.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repo, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

// Issue 8, point 1: one table in shared/ knows the revision states, the transitions and who may take
// which act; the SQL CHECK lists must say the same, and no other file keeps its own list.
describe('the lifecycle table', () => {
  let folder: ReturnType<typeof tempFolder>;
  let vault: Vault;
  let schema: Map<string, string>;

  beforeAll(async () => {
    folder = tempFolder();
    vault = await createVault({ path: path.join(folder.dir, 'fresh.quire'), admin: { username: 'admin', fullName: 'Ada Admin', password: 'Vault-keeper-2026' }, workstation: 'test', now: () => new Date() });
    const db = new Database(vault.path, { readonly: true });
    schema = new Map((db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[]).map((r) => [r.name, r.sql]));
    db.close();
  });
  afterAll(() => {
    closeVault(vault);
    folder.cleanup();
  });

  it("agrees with the CHECK lists of a freshly created vault's schema", () => {
    expect(checkList(schema.get('revisions')!, 'state').sort()).toEqual([...revisionStates].sort());
    expect(checkList(schema.get('documents')!, 'status').sort()).toEqual([...documentStatuses].sort());
  });

  it('names only its own states in transitions and acts, and every act can run in a state its transition starts from', () => {
    const known = new Set<string>(revisionStates);
    for (const [name, t] of Object.entries(revisionTransitions)) {
      expect([...t.from, t.to].filter((s) => !known.has(s)), name).toEqual([]);
      expect(t.from, `${name} goes nowhere`).not.toContain(t.to);
    }
    for (const [name, act] of Object.entries(revisionActs)) {
      expect(act.states.filter((s) => !known.has(s)), name).toEqual([]);
      if (act.transition) expect(act.states.some((s) => (revisionTransitions[act.transition].from as readonly string[]).includes(s)), name).toBe(true);
    }
  });

  it('reaches every state from a new draft, and leaves none of the final states', () => {
    const reached = new Set<RevisionState>([initialRevisionState]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of Object.values(revisionTransitions)) {
        if (t.from.some((s) => reached.has(s)) && !reached.has(t.to)) grew = reached.add(t.to).size > 0;
      }
    }
    expect([...reached].sort()).toEqual([...revisionStates].sort());
    const leaving = new Set<RevisionState>(Object.values(revisionTransitions).flatMap((t) => t.from));
    expect(revisionStates.filter((s) => !leaving.has(s)).sort()).toEqual(['cancelled', 'obsolete', 'rejected', 'replaced', 'superseded']);
  });

  it('has a word for every state, and prints each state with the watermark of the state the paper shows', () => {
    for (const state of revisionStates) {
      const facts = revisionStateFacts[state];
      expect(facts.label.length).toBeGreaterThan(0);
      expect(printedRevisionStates as readonly string[]).toContain(facts.printedAs);
      expect(facts.watermark).toBe(revisionStateFacts[facts.printedAs].watermark);
    }
    expect(revisionStates.filter((s) => revisionStateFacts[s].watermark === null)).toEqual(['effective']);
  });

  it('is the only place that writes a revision state or lists revision states', () => {
    const stateWord = `'(?:${revisionStates.join('|')})'`;
    const list = new RegExp(`(?:\\[|new Set\\(\\[)\\s*${stateWord}\\s*,\\s*${stateWord}`);
    const writes = /UPDATE revisions SET[^"`']*\bstate\s*=/;
    const offenders: string[] = [];
    for (const file of [...sourceFiles('electron'), ...sourceFiles('renderer'), ...sourceFiles('shared')]) {
      if (file.startsWith(path.join('shared', 'lifecycle'))) continue;
      const text = readFileSync(path.join(repo, file), 'utf8');
      if (list.test(text)) offenders.push(`${file}: a list of revision states`);
      if (writes.test(text) && !file.endsWith(path.join('documents', 'change-revision-state.ts'))) offenders.push(`${file}: writes a revision state`);
    }
    expect(offenders).toEqual([]);
  });
});
