import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDocumentTeam, registerEffectiveDocument, type DocumentTeam } from '../../helpers/document-team';
import { hostileMarkers, hostilePdf, incrementallyUpdatedPdf } from '../../helpers/hostile-pdf';
import { ghostscriptToPdf, pdfTextByPage, postscriptPages, qpdf, qpdfCheckClean, squash } from '../../helpers/pdf-tools';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';

// Keys and names that make a PDF do something when it is opened, clicked or filled in.
const activeNames = ['/JavaScript', '/JS', '/Launch', '/URI', '/SubmitForm', '/ImportData', '/EmbeddedFile', '/EmbeddedFiles', '/EF', '/XFA', '/OpenAction', '/AA', '/FileAttachment'];

/** Every object qpdf finds in the file (in any revision it lists), as JSON text. */
function qpdfObjects(file: string): string {
  const run = spawnSync('qpdf', ['--json', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

/** What of the hostile content a print still carries: in its raw bytes (every revision) or in any object qpdf lists. */
function survivors(file: string): string[] {
  const raw = readFileSync(file).toString('latin1');
  const objects = qpdfObjects(file);
  const markers = Object.entries(hostileMarkers).filter(([, marker]) => raw.includes(marker) || objects.includes(marker.replace(/"/g, '\\"'))).map(([name]) => name);
  const names = activeNames.filter((name) => new RegExp(`"${name.replace('/', '\\/')}"`).test(objects) || new RegExp(`${name.replace('/', '\\/')}[^A-Za-z]`).test(raw));
  return [...markers, ...names];
}

// A supplier's PDF can carry scripts, launchers and attachments; a controlled copy handed to the shop
// floor must carry none of it, whichever way it is printed, and the print says what it took out.
describe('controlled copies are inert', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let dir: string;

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    dir = path.join(t.dir, 'files');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'hostile.pdf'), await hostilePdf());
    qpdf('--encrypt', '', 'owner-secret', '256', '--modify=none', '--', path.join(dir, 'hostile.pdf'), path.join(dir, 'hostile-no-modify.pdf'));
  });
  afterAll(() => t.cleanup());

  it('the fixture really is hostile: qpdf lists its scripts, launch action, evil.exe and XFA', () => {
    expect(survivors(path.join(dir, 'hostile.pdf'))).toEqual(expect.arrayContaining(['openActionScript', 'launchTarget', 'embeddedPayload', 'xfa', '/OpenAction', '/Launch', '/XFA']));
  });

  for (const [file, mode] of [
    ['hostile.pdf', 'stamped'],
    ['hostile-no-modify.pdf', 'cover-sheet'],
  ] as const) {
    it(`a print of ${file} (${mode}) keeps the text, drops every script, action, attachment and form, checks clean and says what it removed`, async () => {
      const number = await registerEffectiveDocument(t, team, `Supplier file ${file}`, path.join(dir, file));
      for (const kind of ['controlled', 'uncontrolled'] as const) {
        const destination = path.join(dir, `${file}.${kind}.print.pdf`);
        const result = await t.core.call(team.controller, 'prints.print', { number, mode: kind, copyholder: 'Line 1', destination });
        expect(result.mode).toBe(mode);
        expect(survivors(result.path), `${file} ${kind}`).toEqual([]);
        const check = qpdfCheckClean(result.path);
        expect(check.ok, check.output).toBe(true);
        expect(check.output).not.toMatch(/WARNING/);
        expect(squash(pdfTextByPage(result.path).join(' '))).toContain('Body page 1 of a hostile file');
        const removed = result.activeContentRemoved.join('\n');
        for (const what of [/JavaScript action run when the file opens/, /Launch action/, /URI action/, /SubmitForm action/, /embedded file evil\.exe/, /XFA form/, /additional actions/]) expect(removed).toMatch(what);
        const events = await t.core.call(t.adminToken, 'audit.list', {});
        const printed = events.filter((e) => e.action === 'revision.printed').at(-1)!;
        expect(printed.newValue).toMatchObject({ document: number, activeContentRemoved: result.activeContentRemoved });
      }
    });
  }

  it('an inert source still prints as an incremental update and says nothing was removed', async () => {
    ghostscriptToPdf(postscriptPages(2), path.join(dir, 'plain.pdf'));
    const number = await registerEffectiveDocument(t, team, 'Plain', path.join(dir, 'plain.pdf'));
    const result = await t.core.call(team.controller, 'prints.print', { number, mode: 'controlled', copyholder: 'Line 1', destination: path.join(dir, 'plain.print.pdf') });
    expect(result.activeContentRemoved).toEqual([]);
    const source = readFileSync(path.join(dir, 'plain.pdf'));
    expect(readFileSync(result.path).subarray(0, source.length).equals(source)).toBe(true);
  });

  it('prints of clean inputs check clean, without a single qpdf warning: several incremental updates, and a permissions-protected file behind its cover sheet', async () => {
    const inputs = [path.join(dir, 'updated-three-times.pdf'), path.join(dir, 'print-only.pdf'), path.join(dir, 'print-only-aes128.pdf')];
    await incrementallyUpdatedPdf(inputs[0]!, 3);
    ghostscriptToPdf(postscriptPages(3), path.join(dir, 'base.pdf'));
    qpdf('--encrypt', '', 'owner-secret', '256', '--modify=none', '--extract=n', '--', path.join(dir, 'base.pdf'), inputs[1]!);
    qpdf('--encrypt', '', 'owner-secret', '128', '--use-aes=y', '--modify=none', '--', inputs[0]!, inputs[2]!);
    for (const input of inputs) {
      expect(qpdfCheckClean(input).ok, `${input} is a clean input`).toBe(true);
      const number = await registerEffectiveDocument(t, team, path.basename(input), input);
      for (const kind of ['controlled', 'uncontrolled'] as const) {
        const result = await t.core.call(team.controller, 'prints.print', { number, mode: kind, copyholder: 'Line 1', destination: `${input}.${kind}.print.pdf` });
        const check = qpdfCheckClean(result.path);
        expect(check.output, `${path.basename(input)} ${kind}`).not.toMatch(/WARNING/);
        expect(check.ok).toBe(true);
      }
    }
  });
});
