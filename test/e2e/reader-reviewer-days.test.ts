import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../electron/cli/demo/run-demo';
import { startUiFixture, type UiFixture } from './ui-fixture';
import { noChangeImpact } from '../helpers/workflow';

const slow = { timeout: 60_000 };

// Issue 11, "Done means": the reader's and the reviewer's working days in Chromium. The reader works to
// what is in force: the home page asks them to read and understand the effective revision, they open it
// in the viewer and acknowledge it, and nowhere (register, search, document page, History, compare, a
// hand-typed viewer address) do they see a draft, a revision in review or its file — each of those
// places explains instead. Every answer the browser received is checked for the drafts' words too.
describe('the reader’s and the reviewer’s working days in Chromium', () => {
  let ui: UiFixture;
  const password = demoPasswords.others;
  const secret = 'quokka'; // a word only in the SOP's draft C.1 (in review)
  const draftOnlyWord = 'wombat'; // a word only in a document that has nothing but a draft
  // Words only in those drafts that the reader never types: a search answer may repeat what was typed,
  // so these are what would show a hidden text reaching the browser (a snippet, a page, a file).
  const neverTyped = ['marsupial', 'numbat'];
  let draftOnly: string;
  const db = () => ui.core.vault.db;
  const file = (name: string, text: string) => {
    const p = path.join(ui.screenshots, '..', name);
    writeFileSync(p, text);
    return p;
  };
  /** Every answer the page receives, as text (PDF bytes as latin1), to prove a hidden draft's words never reach it. */
  const watchAnswers = (page: Page) => {
    const bodies: { url: string; status: number; text: string }[] = [];
    page.on('response', (response) => {
      void response.body().then(
        (body) => bodies.push({ url: response.url(), status: response.status(), text: body.toString('latin1') }),
        () => {},
      );
    });
    return bodies;
  };

  beforeAll(async () => {
    ui = await startUiFixture();
    await ui.addReader();
    const arun = (await ui.core.login('arun', password)).token;
    const carol = (await ui.core.login('carol', password)).token;
    // The SOP: A superseded, B effective (the demo), C.1 in review with a word nobody else has.
    await ui.core.call(arun, 'revisions.createDraft', { number: ui.sopNumber, file: { path: file('line-clearance-c.txt', `Line clearance, revision C.\nStep 1: count the ${secret} labels.\nStep 2: file the ${neverTyped[0]} form.\n`) }, changeSummary: 'Step order made clearer.', impact: noChangeImpact });
    await ui.core.call(arun, 'revisions.submit', { number: ui.sopNumber, reviewers: ['zhang'], approvers: ['lukasz'] });
    // A document with nothing but a draft.
    draftOnly = (await ui.core.call(arun, 'documents.register', { type: 'SOP', department: 'PRD', title: 'Pallet wrapping', file: { path: file('pallet.txt', `Pallet wrapping: the ${draftOnlyWord} film goes on first, then the ${neverTyped[1]} strap.\n`) } })).number;
    await ui.core.call(carol, 'training.assign', { number: ui.sopNumber, users: ['rhea'] });
  }, 600_000);
  afterAll(async () => {
    await ui?.close();
  });

  it('the reader’s day: home asks to read and understand the effective revision; it is opened in the viewer and acknowledged', async () => {
    const page = await ui.newPage();
    await page.goto(ui.server.url); // the home page is where signing in lands
    await ui.signIn(page, 'rhea');
    const task = page.getByRole('region', { name: /My tasks/ }).getByRole('row').filter({ hasText: ui.sopNumber });
    await expect.poll(() => task.textContent(), slow).toContain('Read and understood');
    expect(await task.textContent()).toMatch(/before batch startB\b/); // the effective revision, B
    await task.getByRole('button', { name: /Sign read and understood/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Electronic signature' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('viewing-status').textContent(), slow).toMatch(/^Recorded: you have seen \d+ of \d+ pages?\.$/);
    await dialog.getByLabel(/Password of rhea/).fill(password);
    await dialog.getByRole('button', { name: 'Sign as read and understood' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Signed: ${ui.sopNumber}` }).count(), slow).toBe(1);
    const acknowledged = db()
      .prepare("SELECT r.major_label, s.meaning FROM signatures s JOIN revisions r ON r.id = s.revision_id JOIN users u ON u.id = s.user_id JOIN documents d ON d.id = r.document_id WHERE u.username = 'rhea' AND d.number = ?")
      .all(ui.sopNumber);
    expect(acknowledged).toEqual([{ major_label: 'B', meaning: 'read-and-understood' }]);
    await page.context().close();
  }, 180_000);

  it('the reader never sees a draft or a revision in review: register, search, document page, History, compare and a typed viewer address explain instead', async () => {
    const page = await ui.newPage();
    const answers = watchAnswers(page);
    await ui.signIn(page, 'rhea');

    // The register: only documents in force, each by its effective revision; the count agrees.
    await page.getByRole('heading', { name: 'Document register' }).waitFor();
    const register = page.locator('.register');
    await expect.poll(() => register.getByRole('status').first().textContent(), slow).toBe('1 document');
    const rows = register.getByRole('row').filter({ hasText: /SOP-|WI-|EXT-/ });
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(ui.sopNumber);
    expect(await register.textContent()).not.toContain(ui.routedNumber);
    expect(await register.textContent()).not.toContain(draftOnly);

    // Search: the draft's words find nothing, with older revisions too; the draft-only document is not named.
    for (const word of [secret, draftOnlyWord, 'Pallet wrapping', 'capping']) {
      await page.goto(`${ui.server.url}#/search?q=${encodeURIComponent(word)}`);
      await expect.poll(() => page.locator('.search').getByRole('status').textContent(), slow).toBe(`Nothing found for “${word}”.`);
    }
    // The status already says "nothing" from the search before: wait for the answer of the one over all revisions.
    const allRevisionsAnswered = page.waitForResponse((r) => r.url().endsWith('/api/search.query') && (r.request().postDataJSON() as { allRevisions?: boolean }).allRevisions === true, slow);
    await page.getByLabel('Older revisions too').check();
    await allRevisionsAnswered;
    await expect.poll(() => page.locator('.search').getByRole('status').textContent(), slow).toBe('Nothing found for “capping”.');
    await page.goto(`${ui.server.url}#/search?q=${secret}`);
    await expect.poll(() => page.locator('.search').getByRole('status').textContent(), slow).toBe(`Nothing found for “${secret}”.`);

    // The document page lists only the revision in force; History tells what happened, in sentences, not what drafts say.
    await page.goto(`${ui.server.url}#/documents/${encodeURIComponent(ui.sopNumber)}`);
    const revisions = page.getByRole('region', { name: 'Revisions' });
    await expect.poll(() => revisions.textContent(), slow).toContain('B');
    const labels = await revisions.locator('.rev-badge, td:first-child').allTextContents();
    expect(labels.join(' ')).not.toMatch(/\bC\.1\b|\bA\b|\bB\.\d/);
    await page.getByRole('tab', { name: 'History' }).click();
    const timeline = page.getByRole('list', { name: 'History' });
    await expect.poll(() => timeline.textContent(), slow).toContain(`carol released ${ui.sopNumber} B, effective`);
    expect(await timeline.textContent()).toContain(`arun drafted ${ui.sopNumber} C.1 from line-clearance-c.txt`);
    expect(await timeline.textContent()).not.toContain(secret);
    await page.getByRole('tab', { name: 'Compare revisions' }).click();
    await expect.poll(() => page.locator('#panel-compare').textContent(), slow).toMatch(/only .*revision/i);

    // Hand-typed viewer addresses of the revision in review, the superseded one and the draft-only document: an explanation, no pages.
    for (const [number, label, state] of [
      [ui.sopNumber, 'C.1', 'in review'],
      [ui.sopNumber, 'A', 'superseded'],
      [draftOnly, 'A.1', 'draft'],
      [ui.routedNumber, 'A.1', 'in review'],
    ] as const) {
      await page.goto(`${ui.server.url}#/documents/${encodeURIComponent(number)}/revisions/${label}/view`);
      const viewer = page.getByTestId('document-viewer');
      await expect.poll(() => viewer.getByRole('status').first().textContent(), slow).toContain(`${number} ${label} is ${state}: rhea sees only the revision in force`);
      expect(await viewer.locator('canvas').count()).toBe(0);
      expect(await viewer.getByRole('link', { name: /Download/ }).count()).toBe(0);
    }
    // The page of a document with nothing in force explains too.
    await page.goto(`${ui.server.url}#/documents/${encodeURIComponent(draftOnly)}`);
    await expect.poll(() => page.getByRole('note', { name: 'Nothing in force' }).textContent(), slow).toContain(`No revision of ${draftOnly} is in force yet.`);
    expect(await page.locator('main').textContent()).not.toContain(draftOnlyWord);

    // Nothing the browser was sent carried a hidden revision's words, nor a hidden file.
    await page.waitForTimeout(500);
    const leaks = answers.filter((a) => neverTyped.some((word) => a.text.includes(word)));
    expect(leaks.map((a) => a.url)).toEqual([]);
    expect(answers.filter((a) => /\/api\/(view|content)\//.test(a.url) && a.status === 200 && !a.url.includes('/B')).map((a) => a.url)).toEqual([]);
    await ui.shoot(page, 'reader-typed-viewer-address');
    await page.context().close();
  }, 300_000);

  it('the reviewer’s day: home shows the review; it opens in the signing dialog’s viewer and is signed', async () => {
    const page = await ui.newPage();
    await page.goto(ui.server.url);
    await ui.signIn(page, 'zhang');
    const task = page.getByRole('region', { name: /My tasks/ }).getByRole('row').filter({ hasText: ui.routedNumber });
    await expect.poll(() => task.textContent(), slow).toContain('Review');
    await task.getByRole('button', { name: /Sign review/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Electronic signature' });
    await dialog.waitFor();
    const signButton = dialog.getByRole('button', { name: 'Sign as reviewed' });
    await dialog.getByLabel(/Password of zhang/).fill(password);
    await expect.poll(() => dialog.getByTestId('viewing-status').textContent(), slow).toMatch(/^Recorded: you have seen \d+ of \d+ pages?\.$/);
    expect(await dialog.getByTestId('document-viewer').locator('canvas').count()).toBeGreaterThan(0);
    expect(await signButton.isEnabled()).toBe(true);
    await signButton.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Signed: ${ui.routedNumber}` }).count(), slow).toBe(1);
    const signed = db()
      .prepare("SELECT s.meaning, r.major_label || '.' || r.draft_number AS label FROM signatures s JOIN revisions r ON r.id = s.revision_id JOIN users u ON u.id = s.user_id JOIN documents d ON d.id = r.document_id WHERE u.username = 'zhang' AND d.number = ?")
      .all(ui.routedNumber);
    expect(signed).toEqual([{ meaning: 'reviewed', label: 'A.1' }]);
    const viewed = db().prepare("SELECT new_value FROM audit_events WHERE action = 'revision.signed' AND username = 'zhang' ORDER BY id DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(viewed)).toMatchObject({ meaning: 'reviewed', viewed: { how: 'viewer' } });
    await page.context().close();
  }, 180_000);
});
