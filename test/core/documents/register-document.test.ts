import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/contract';
import type { QuireError } from '../../../shared/errors';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { vaultCounts } from '../../helpers/vault-counts';
import { noChangeImpact } from '../../helpers/workflow';

const maxContentBytes = 64 * 1024;

describe('registering controlled documents', () => {
  let vault: TestVault;
  let author: string;
  // Runs once at the first moment the core asks for the time after arming: for registration,
  // that is after the file was hashed and before the write transaction stores it.
  let atNextClockRead: (() => void) | undefined;

  // Some inputs here are deliberately malformed: the core, not the compiler, must refuse them.
  const register = (input: Record<string, unknown>) => vault.core.call(author, 'documents.register', input as MethodInput<'documents.register'>);
  const refusal = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a refusal'); }, (error: QuireError) => error);
  let fileCounter = 0;
  const someFile = (content = `content ${++fileCounter}`) => vault.file(`doc-${++fileCounter}.txt`, content);

  beforeAll(async () => {
    vault = await createTestVault({
      maxContentBytes,
      now: () => {
        const hook = atNextClockRead;
        atNextClockRead = undefined;
        hook?.();
        return new Date();
      },
    });
    author = await vault.addSignedInUser('amy', 'Amy Author', ['author']);
  });
  afterAll(() => vault.cleanup());

  describe('numbering {TYPE}-{DEPT}-{SEQ:0000}', () => {
    it('keeps one counter per prefix', async () => {
      const numbers = [];
      for (const [type, department] of [['SOP', 'QA'], ['SOP', 'QA'], ['SOP', 'PROD'], ['WI', 'QA'], ['SOP', 'qa']] as const) {
        numbers.push((await register({ type, department, title: `${type} for ${department}`, file: { path: someFile() } })).number);
      }
      expect(numbers).toEqual(['SOP-QA-0001', 'SOP-QA-0002', 'SOP-PROD-0001', 'WI-QA-0001', 'SOP-QA-0003']);
    });

    it('accepts a number given by hand, skips it when counting, and refuses it twice in any case', async () => {
      expect((await register({ type: 'SOP', department: 'QA', number: 'SOP-QA-0005', title: 'Legacy numbered', file: { path: someFile() } })).number).toBe('SOP-QA-0005');
      expect((await register({ type: 'SOP', department: 'QA', title: 'Next', file: { path: someFile() } })).number).toBe('SOP-QA-0004');
      expect((await register({ type: 'SOP', department: 'QA', title: 'After the legacy one', file: { path: someFile() } })).number).toBe('SOP-QA-0006');
      const error = await refusal(register({ type: 'SOP', department: 'QA', number: 'sop-qa-0005', title: 'Duplicate', file: { path: someFile() } }));
      expect(error.code).toBe('DOCUMENT_NUMBER_TAKEN');
      expect(error.message).toContain('never reused');
    });

    it('needs a department for a pattern with {DEPT}', async () => {
      expect((await refusal(register({ type: 'SOP', title: 'No department', file: { path: someFile() } }))).code).toBe('DOCUMENT_NUMBER_INVALID');
    });
  });

  it('stores the same content once, however many revisions use it', async () => {
    const db = vault.core.vault.db;
    const bytes = 'The same approved form, imported twice.\n';
    const first = await register({ type: 'FRM', department: 'QA', title: 'Form one', file: { path: vault.file('form-a.txt', bytes) } });
    const contentsBefore = vaultCounts(db).contents;
    const second = await register({ type: 'FRM', department: 'QA', title: 'Form two', file: { path: vault.file('form-b.txt', bytes) } });
    expect(vaultCounts(db).contents).toBe(contentsBefore);
    expect(second.revisions[0]!.sha256).toBe(first.revisions[0]!.sha256);
    expect(db.prepare('SELECT count(*) AS n FROM contents WHERE sha256 = ?').get(first.revisions[0]!.sha256)).toEqual({ n: 1 });
  });

  it('stores exactly the bytes it hashed when a small file changes after it was read', async () => {
    const file = vault.file('moving.txt', 'version one of the text');
    atNextClockRead = () => writeFileSync(file, 'VERSION TWO of the text');
    const doc = await register({ type: 'SOP', department: 'QA', title: 'Being edited', file: { path: file } });
    const exported = path.join(vault.dir, 'moving-exported.txt');
    await vault.core.call(author, 'revisions.exportContent', { number: doc.number, label: 'A.1', destination: exported });
    expect(readFileSync(exported, 'utf8')).toBe('version one of the text');
    expect(doc.revisions[0]!.sha256).toBe(createHash('sha256').update('version one of the text').digest('hex'));
  });

  describe('clear refusals of bad input, each leaving the vault unchanged', () => {
    const refusedFor = async (input: Record<string, unknown>) => {
      const before = vaultCounts(vault.core.vault.db);
      const error = await refusal(register(input));
      expect(vaultCounts(vault.core.vault.db)).toEqual(before);
      return error;
    };

    it('refuses hostile file names, saying why', async () => {
      const hostile = ['invoice\u202Efdp.exe', 'con.txt', 'LPT1', 'pipe|name.txt', 'trailing-dot.', 'trailing-space ', 'line\nbreak.txt', 'what?.pdf', 'nul.pdf'];
      for (const name of hostile) {
        const error = await refusedFor({ type: 'WI', department: 'QA', title: 'Hostile', file: { path: vault.file(name, 'x') } });
        expect(error.code, JSON.stringify(name)).toBe('FILE_NAME_INVALID');
        expect(error.message).toMatch(/is not acceptable: .+\. Rename the file/);
      }
    });

    it('refuses an empty file, a file over the size limit, a missing file and a folder', async () => {
      const empty = await refusedFor({ type: 'WI', department: 'QA', title: 'Empty', file: { path: vault.file('empty.txt', '') } });
      expect(empty).toMatchObject({ code: 'CONTENT_EMPTY', message: 'The file empty.txt is empty; a controlled document needs content.' });
      const large = await refusedFor({ type: 'WI', department: 'QA', title: 'Large', file: { path: vault.file('large.bin', new Uint8Array(maxContentBytes + 1)) } });
      expect(large).toMatchObject({ code: 'CONTENT_TOO_LARGE', params: { fileName: 'large.bin', sizeBytes: 65537, limitBytes: 65536 }, message: 'The file large.bin is larger than this vault accepts (up to 64 KB).' });
      expect((await refusedFor({ type: 'WI', department: 'QA', title: 'Missing', file: { path: path.join(vault.dir, 'nowhere.txt') } })).code).toBe('FILE_NOT_FOUND');
      const folder = path.join(vault.dir, 'a-folder');
      mkdirSync(folder);
      expect((await refusedFor({ type: 'WI', department: 'QA', title: 'Folder', file: { path: folder } })).code).toBe('FILE_UNREADABLE');
    });

    it('accepts a file exactly at the size limit', async () => {
      const atLimit = await register({ type: 'WI', department: 'QA', title: 'At the limit', file: { path: vault.file('limit.bin', new Uint8Array(maxContentBytes).fill(7)) } });
      expect(atLimit.revisions[0]!.size).toBe(maxContentBytes);
    });

    it('refuses a 10,000-character title, a title on two lines and one with a direction override', async () => {
      const long = await refusedFor({ type: 'WI', department: 'QA', title: 'T'.repeat(10_000), file: { path: someFile() } });
      expect(long).toMatchObject({ code: 'INVALID_INPUT', params: { field: 'title', problem: 'too-long', max: 300 }, message: 'Title must be at most 300 characters.' });
      expect((await refusedFor({ type: 'WI', department: 'QA', title: 'Two\nlines', file: { path: someFile() } })).message).toContain('one line');
      expect((await refusedFor({ type: 'WI', department: 'QA', title: 'Safe \u202Eeulav', file: { path: someFile() } })).message).toContain('direction-override');
    });

    it('refuses an unknown document type, naming the known ones', async () => {
      const error = await refusedFor({ type: 'MEMO', department: 'QA', title: 'Memo', file: { path: someFile() } });
      expect(error.code).toBe('DOCUMENT_TYPE_UNKNOWN');
      expect(error.message).toContain('SOP');
    });
  });

  it('flags an external document with its source and reference, and demands the source', async () => {
    expect((await refusal(register({ type: 'EXT', title: 'ISO 9001:2015', file: { path: someFile() } }))).code).toBe('INVALID_INPUT');
    const iso = await register({ type: 'EXT', title: 'ISO 9001:2015', external: { source: 'ISO', reference: 'ISO 9001:2015' }, file: { path: someFile() } });
    expect(iso.number).toBe('EXT-0001');
    expect(iso.external).toEqual({ source: 'ISO', reference: 'ISO 9001:2015' });
    const listed = (await vault.core.call(author, 'documents.list', { type: 'EXT' })).documents;
    expect(listed.map((d) => [d.number, d.external?.source])).toEqual([['EXT-0001', 'ISO']]);
  });

  it('drafts A.1, then A.2 with a change summary (required from the second revision on), keeping A.1 as replaced', async () => {
    const doc = await register({ type: 'POL', department: 'QA', title: 'Quality policy', file: { path: someFile() } });
    expect(doc.revisions.map((r) => [r.label, r.state, r.changeSummary])).toEqual([['A.1', 'draft', null]]);
    const noSummary = await refusal(vault.core.call(author, 'revisions.createDraft', { impact: noChangeImpact, number: doc.number, file: { path: someFile() } }));
    expect(noSummary.code).toBe('CHANGE_SUMMARY_REQUIRED');
    const a2 = await vault.core.call(author, 'revisions.createDraft', { impact: noChangeImpact, number: doc.number, file: { path: someFile() }, changeSummary: 'Reworded the scope.' });
    expect(a2.label).toBe('A.2');
    const detail = await vault.core.call(author, 'documents.get', { number: doc.number });
    expect(detail.revisions.map((r) => [r.label, r.state, r.changeSummary])).toEqual([
      ['A.1', 'replaced', null],
      ['A.2', 'draft', 'Reworded the scope.'],
    ]);
    expect(detail.currentRevision).toEqual({ label: 'A.2', state: 'draft' });
  });
});
