import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../electron/cli/demo/run-demo';
import { viewRevision } from '../helpers/view-revision';
import { repoRoot, startUiFixture, type UiFixture } from './ui-fixture';

// Issue 11 items 3 and 4 in Chromium: the author's, the approver's and the controller's working day
// start on the home page, do the work where each line leads, and the outcome is checked in the vault.
describe('working days in Chromium: home page and whole workflows', () => {
  let ui: UiFixture;
  const password = demoPasswords.others;
  const tokens: Record<string, string> = {};
  const numbers: Record<string, string> = {};
  const rejection = 'Name the gown size chart and where it hangs.';
  const withdrawalReason = 'The old filling line was dismantled in May.';
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const file = (name: string, text: string) => {
    const p = path.join(ui.screenshots, '..', name);
    writeFileSync(p, text);
    return p;
  };
  const db = () => ui.core.vault.db;

  beforeAll(async () => {
    const started = Date.now();
    ui = await startUiFixture();
    console.log(`fixture ready after ${((Date.now() - started) / 1000).toFixed(0)} s`);
    for (const name of ['carol', 'arun', 'zhang', 'lukasz']) tokens[name] = (await ui.core.login(name, password)).token;
    const route = { reviewers: ['zhang'], approvers: ['lukasz'] };
    const approved = async (title: string) => {
      const doc = await ui.core.call(tokens.arun!, 'documents.register', { type: 'SOP', department: 'PRD', title, file: { path: file(`${title}.txt`, `${title}: first text.\n`) } });
      await ui.core.call(tokens.arun!, 'revisions.submit', { number: doc.number, ...route });
      await viewRevision(ui.core, tokens.zhang!, doc.number);
      await ui.core.call(tokens.zhang!, 'revisions.sign', { number: doc.number, meaning: 'reviewed', password });
      await viewRevision(ui.core, tokens.lukasz!, doc.number);
      await ui.core.call(tokens.lukasz!, 'revisions.sign', { number: doc.number, meaning: 'approved', password });
      return doc.number;
    };
    // The author's: rejected by the approver, with a reason.
    const gowning = await ui.core.call(tokens.arun!, 'documents.register', { type: 'SOP', department: 'PRD', title: 'Gowning for the clean room', file: { path: file('gowning.txt', 'Gowning: put on the gown.\n') } });
    numbers.rejected = gowning.number;
    await ui.core.call(tokens.arun!, 'revisions.submit', { number: gowning.number, ...route });
    await viewRevision(ui.core, tokens.zhang!, gowning.number);
    await ui.core.call(tokens.zhang!, 'revisions.sign', { number: gowning.number, meaning: 'reviewed', password });
    await ui.core.call(tokens.lukasz!, 'revisions.reject', { number: gowning.number, comment: rejection });
    // The approver's: a withdrawal the controller asked for.
    numbers.withdrawn = await approved('Filling line 2 start-up');
    await ui.core.call(tokens.carol!, 'revisions.release', { number: numbers.withdrawn, password });
    await ui.core.call(tokens.carol!, 'documents.requestWithdrawal', { number: numbers.withdrawn, reason: withdrawalReason });
    // The controller's: a release waiting for its date, and the demo SOP's periodic review fallen due
    // (its date moved to today, as if the interval had passed: the clock of a served core cannot be moved).
    numbers.pending = await approved('Label reconciliation');
    await ui.core.call(tokens.carol!, 'revisions.release', { number: numbers.pending, password, effectiveDate: inDays(14) });
    console.log(`working days set up after ${((Date.now() - started) / 1000).toFixed(0)} s`);
    db().prepare("UPDATE revisions SET next_review_date = date('now') WHERE state = 'effective' AND document_id = (SELECT id FROM documents WHERE number = ?)").run(ui.sopNumber);
  }, 900_000);
  afterAll(async () => {
    await ui?.close();
  });

  it('the author’s day: home shows the rejection and its reason, the draft takes a new file, and is resubmitted', async () => {
    const page = await ui.newPage();
    await page.goto(ui.server.url); // no route named: the home page is where signing in lands
    await ui.signIn(page, 'arun');
    const home = page.getByRole('region', { name: /My tasks/ });
    const task = home.getByRole('row').filter({ hasText: numbers.rejected! });
    await expect.poll(() => task.textContent(), { timeout: 30_000 }).toContain(rejection);
    expect(await task.textContent()).toContain('Rejected — revise');
    await task.getByRole('link', { name: 'Revise the draft…' }).click();
    const note = page.getByRole('note', { name: 'Rejection' });
    await expect.poll(() => note.textContent(), { timeout: 20_000 }).toContain(rejection);
    expect(await note.textContent()).toContain('Łukasz Ñúñez');

    const newText = 'Gowning: put on the gown from the size chart by the airlock door.\n';
    await page.getByRole('button', { name: 'Replace file…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(file('gowning-2.txt', newText));
    await dialog.getByRole('button', { name: 'Replace the file' }).click();
    const revisions = page.getByRole('region', { name: 'Revisions' });
    await expect.poll(() => revisions.textContent(), { timeout: 30_000 }).toContain('gowning-2.txt');

    await page.getByRole('button', { name: 'Submit for review…' }).click();
    const submit = page.getByRole('dialog');
    await submit.getByLabel(/zhang/).check();
    await submit.getByLabel(/lukasz/).check();
    await submit.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => page.getByRole('note', { name: 'Rejection' }).count(), { timeout: 30_000 }).toBe(0);

    const newest = db().prepare('SELECT r.major_label, r.draft_number, r.state, r.sha256 FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ? ORDER BY r.id DESC LIMIT 1').get(numbers.rejected) as { major_label: string; draft_number: number; state: string; sha256: string };
    expect(newest).toEqual({ major_label: 'A', draft_number: 3, state: 'in_review', sha256: createHash('sha256').update(newText).digest('hex') });
    await page.context().close();
  });

  it('the approver’s day: the withdrawal shows its subject, reason and requester, and is signed', async () => {
    const page = await ui.newPage();
    await page.goto(ui.server.url); // no route named: the home page is where signing in lands
    await ui.signIn(page, 'lukasz');
    const task = page.getByRole('region', { name: /My tasks/ }).getByRole('row').filter({ hasText: numbers.withdrawn! });
    await expect.poll(() => task.textContent(), { timeout: 30_000 }).toContain(withdrawalReason);
    await task.getByRole('button', { name: /Sign withdrawal/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Electronic signature' });
    await dialog.waitFor();
    const effective = db().prepare("SELECT r.sha256 FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ? AND r.state = 'effective'").get(numbers.withdrawn) as { sha256: string };
    const statement = (await dialog.textContent())!;
    expect(statement).toContain(`of ${numbers.withdrawn} revision A`);
    expect(statement).toContain(effective.sha256);
    expect(await dialog.getByTestId('withdrawal-request').textContent()).toMatch(new RegExp(`${withdrawalReason}.*Carol Controller \\(carol\\)`));
    await expect.poll(() => dialog.getByTestId('viewing-status').textContent(), { timeout: 60_000 }).toMatch(/^Recorded/);
    await dialog.getByLabel(/Password of lukasz/).fill(password);
    await dialog.getByRole('button', { name: 'Sign the withdrawal' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain(`Signed: ${numbers.withdrawn}`);
    expect(db().prepare('SELECT status FROM documents WHERE number = ?').pluck().get(numbers.withdrawn)).toBe('obsolete');
    await page.context().close();
  });

  it('the controller’s day: the pending release with its badge, a periodic review signed "no change needed", training assigned to a role', async () => {
    const page = await ui.newPage();
    await page.goto(ui.server.url); // no route named: the home page is where signing in lands
    await ui.signIn(page, 'carol');
    const releases = page.getByRole('region', { name: /Releases waiting/ });
    await expect.poll(() => releases.textContent(), { timeout: 30_000 }).toContain(numbers.pending!);
    expect(await releases.textContent()).toContain(`Released — effective ${inDays(14)}`);
    expect(await page.getByRole('region', { name: /Periodic reviews due/ }).textContent()).toContain(ui.sopNumber);
    expect(await page.getByRole('region', { name: /Training outstanding, by document/ }).textContent()).toContain(ui.sopNumber);
    const screenshot = await ui.shoot(page, 'home-page');
    if (process.env.QUIRE_UPDATE_SCREENSHOTS) writeFileSync(path.join(repoRoot, 'docs/screenshots/home-page.png'), readFileSync(screenshot));

    await releases.getByRole('link', { name: numbers.pending! }).click();
    await page.getByRole('heading', { name: /Label reconciliation/ }).waitFor();
    expect(await page.locator('.document-badges').textContent()).toContain(`Released — effective ${inDays(14)}`);
    expect(await page.getByRole('button', { name: 'Release…' }).count()).toBe(0);

    await page.goto(`${ui.server.url}#/reviews`);
    const row = page.getByRole('table', { name: 'Periodic reviews due' }).getByRole('row').filter({ hasText: ui.sopNumber });
    await row.getByRole('button', { name: `No change needed: ${ui.sopNumber}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Electronic signature' });
    await expect.poll(() => dialog.getByTestId('viewing-status').textContent(), { timeout: 60_000 }).toMatch(/^Recorded/);
    await dialog.getByLabel(/Password of carol/).fill(password);
    await dialog.getByRole('button', { name: 'Sign the periodic review' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain(`Reviewed: ${ui.sopNumber}, no change needed`);
    const review = db().prepare("SELECT s.meaning, r.next_review_date FROM signatures s JOIN revisions r ON r.id = s.revision_id JOIN documents d ON d.id = r.document_id WHERE d.number = ? AND s.meaning = 'periodic-review'").get(ui.sopNumber) as { meaning: string; next_review_date: string };
    expect(review.next_review_date > inDays(300)).toBe(true);

    await page.goto(`${ui.server.url}#/documents/${ui.sopNumber}`);
    await page.getByRole('button', { name: 'Assign training…' }).click();
    const assign = page.getByRole('dialog');
    await assign.getByLabel('author').check();
    await assign.getByRole('button', { name: 'Assign' }).click();
    await expect.poll(() => assign.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/Assigned to .*arun/);
    const assigned = db().prepare("SELECT u.username FROM training_assignments a JOIN users u ON u.id = a.user_id JOIN revisions r ON r.id = a.revision_id JOIN documents d ON d.id = r.document_id WHERE d.number = ? AND r.state = 'effective' ORDER BY u.username").pluck().all(ui.sopNumber);
    expect(assigned).toEqual(expect.arrayContaining(['arun', 'nina', 'lukasz', 'zhang']));
    await page.context().close();
  });
});
