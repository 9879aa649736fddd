import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../electron/cli/demo/run-demo';
import { repoRoot, startUiFixture, type UiFixture } from './ui-fixture';

// Issue 13 item 4 in Chromium: a controller builds a job on the matrix screen, a reader joins it and the
// matrix shows the assignment; the reader passes the quiz in the acknowledgement dialog and signs.
describe('the training matrix in Chromium', () => {
  let ui: UiFixture;
  const password = demoPasswords.others;
  const db = () => ui.core.vault.db;
  let label: string;

  beforeAll(async () => {
    ui = await startUiFixture();
    await ui.addReader();
    const carol = (await ui.core.login('carol', password)).token;
    const sop = await ui.core.call(carol, 'documents.get', { number: ui.sopNumber });
    label = sop.revisions.findLast((r) => r.state === 'effective')!.label;
  }, 900_000);
  afterAll(async () => {
    await ui?.close();
  });

  it('a controller writes the quiz on the revision in force in the editor on the document page', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'carol');
    await page.goto(`${ui.server.url}#/documents/${encodeURIComponent(ui.sopNumber)}`);
    const section = page.getByRole('region', { name: 'Read-and-understood quiz' });
    await expect.poll(() => section.getByTestId('quiz-summary').textContent(), { timeout: 30_000 }).toBe(`Revision ${label}: no quiz; readers sign without one.`);
    await section.getByRole('button', { name: 'Write a quiz…' }).click();
    const dialog = page.getByRole('dialog', { name: `Read-and-understood quiz on ${ui.sopNumber}` });
    await expect.poll(() => dialog.getByTestId('quiz-in-use').textContent(), { timeout: 30_000 }).toContain('No quiz on this revision yet');
    expect(await dialog.getByLabel('Revision').inputValue()).toBe(label);
    await dialog.getByLabel(/Pass mark/).fill('100');
    const first = dialog.getByRole('group', { name: 'Question 1' });
    await first.getByLabel('Question', { exact: true }).fill('Who may release the line when QA is absent?');
    await first.getByLabel('Choice 1', { exact: true }).fill('Any operator');
    await first.getByLabel('Choice 2', { exact: true }).fill('The shift leader named in the SOP');
    await first.getByRole('button', { name: 'Add a choice' }).click();
    await first.getByLabel('Choice 3', { exact: true }).fill('Nobody');
    await first.getByLabel('Choice 2 is the right answer').check();
    await first.getByRole('button', { name: 'Remove choice 3' }).click();
    await dialog.getByRole('button', { name: 'Add a question' }).click();
    expect(await dialog.getByRole('group', { name: /^Question \d+$/ }).count()).toBe(2);
    await dialog.getByRole('group', { name: 'Question 2' }).getByRole('button', { name: 'Remove this question' }).click();
    await ui.shoot(page, 'quiz-editor');
    await dialog.getByRole('button', { name: 'Save the quiz' }).click();
    await expect.poll(() => section.getByRole('status').textContent(), { timeout: 30_000 }).toBe(`Quiz saved on ${ui.sopNumber} revision ${label}: 1 question, pass mark 100%.`);
    await expect.poll(() => section.getByTestId('quiz-summary').textContent()).toBe(`Revision ${label}: 1 question, pass mark 100%, 0 attempts so far.`);

    const carol = (await ui.core.login('carol', password)).token;
    const stored = await ui.core.call(carol, 'training.quizOfRevision', { number: ui.sopNumber, label });
    expect(stored).toMatchObject({ setBy: { username: 'carol' }, quiz: { passMark: 100, questions: [{ question: 'Who may release the line when QA is absent?', choices: ['Any operator', 'The shift leader named in the SOP'], answer: 1 }] } });
    const event = db().prepare("SELECT new_value FROM audit_events WHERE action = 'training.quiz_set' ORDER BY id DESC LIMIT 1").get() as { new_value: string };
    expect(JSON.parse(event.new_value)).toMatchObject({ document: ui.sopNumber, label, quiz: stored.quiz });

    // Opened again, the editor shows the quiz in use, the right answer marked.
    await section.getByRole('button', { name: 'Change the quiz…' }).click();
    await expect.poll(() => dialog.getByTestId('quiz-in-use').textContent(), { timeout: 30_000 }).toContain('In use: set by Carol Controller');
    expect(await dialog.getByRole('group', { name: 'Question 1' }).getByLabel('Choice 2', { exact: true }).inputValue()).toBe('The shift leader named in the SOP');
    expect(await dialog.getByLabel('Choice 2 is the right answer').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.context().close();
  });

  it('a controller creates a job, adds the reader and the SOP; the matrix shows the open assignment', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'carol');
    await page.goto(`${ui.server.url}#/training`);
    await page.getByRole('link', { name: 'Training matrix and job functions' }).click();
    await page.getByRole('heading', { name: 'Training matrix' }).waitFor();
    await page.getByLabel('New job code').fill('pack');
    await page.getByLabel('Job name').fill('Packing operator');
    await page.getByRole('button', { name: 'Create job' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain('Job PACK created.');
    await page.getByLabel('People (user names)').fill('rhea');
    await page.getByRole('button', { name: 'Add people' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain('Added rhea');
    await page.getByLabel('Documents (numbers)').fill(ui.sopNumber);
    await page.getByRole('button', { name: 'Add documents' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toContain(`Added ${ui.sopNumber}: 1 assignment(s) made`);
    const cell = page.getByTestId(`cell-rhea-${ui.sopNumber}`);
    await expect.poll(() => cell.textContent(), { timeout: 30_000 }).toContain('Open');
    await page.getByLabel('Show job').selectOption('PACK');
    await expect.poll(() => page.getByRole('table', { name: 'Compliance per job' }).textContent(), { timeout: 30_000 }).toMatch(/PACK\s*Packing operator\s*1\s*0\s*0\s*0%/);
    await expect.poll(() => page.url()).toContain('#/training/matrix?job=PACK');
    await page.context().close();
  });

  it('the reader fails, then passes the quiz in the acknowledgement dialog and signs; the matrix says done', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'rhea');
    await page.goto(`${ui.server.url}#/inbox`);
    const row = page.getByRole('row').filter({ hasText: ui.sopNumber });
    await row.getByRole('button', { name: `Sign read and understood of ${ui.sopNumber} ${label}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Electronic signature' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('viewing-status').textContent(), { timeout: 60_000 }).toContain('Recorded');
    // The right answer is not in the page before the reader answers.
    expect(await page.content()).not.toContain('"answer"');
    await dialog.getByLabel('Any operator').check();
    await dialog.getByRole('button', { name: 'Submit answers' }).click();
    await expect.poll(() => dialog.getByTestId('quiz-result').textContent(), { timeout: 30_000 }).toContain('not passed');
    await dialog.getByLabel(/Password of rhea/).fill(password);
    await dialog.getByRole('button', { name: 'Sign as read and understood' }).click();
    await expect.poll(() => dialog.locator('.error-message').textContent(), { timeout: 30_000 }).toContain('has not passed the quiz');
    await dialog.getByLabel('The shift leader named in the SOP').check();
    await dialog.getByRole('button', { name: 'Submit answers' }).click();
    await expect.poll(() => dialog.getByTestId('quiz-result').textContent(), { timeout: 30_000 }).toContain('passed. You may sign now.');
    await dialog.getByLabel(/Password of rhea/).fill(password);
    await dialog.getByRole('button', { name: 'Sign as read and understood' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    const signed = db().prepare("SELECT count(*) FROM signatures s JOIN users u ON u.id = s.user_id WHERE u.username = 'rhea' AND s.meaning = 'read-and-understood'").pluck().get();
    expect(signed).toBe(1);
    await page.context().close();

    const matrix = await ui.newPage();
    await ui.signIn(matrix, 'carol');
    await matrix.goto(`${ui.server.url}#/training/matrix`);
    await expect.poll(() => matrix.getByTestId(`cell-rhea-${ui.sopNumber}`).textContent(), { timeout: 30_000 }).toContain('Done');
    const screenshot = await ui.shoot(matrix, 'training-matrix');
    if (process.env.QUIRE_UPDATE_SCREENSHOTS) writeFileSync(path.join(repoRoot, 'docs/screenshots/training-matrix.png'), readFileSync(screenshot));
    await matrix.context().close();
  });
});
