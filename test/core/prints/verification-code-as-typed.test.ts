import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseVerificationCode } from '../../../shared/verification-code';
import { addDocumentTeam, registerEffectiveDocument, type DocumentTeam } from '../../helpers/document-team';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';

// A code is read off paper and typed back by hand: without its dashes, with spaces, in lower case.
describe('a verification code as people type it', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let code: string;
  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    const number = await registerEffectiveDocument(t, team, 'Line clearance', t.file('a.md', '# Line clearance\n'));
    code = (await t.core.call(team.reader, 'prints.print', { number, mode: 'uncontrolled', destination: path.join(t.dir, 'copy.pdf') })).verificationCode;
  }, 120_000);
  afterAll(() => t.cleanup());

  it('finds the print however the code was typed', async () => {
    const bare = code.replaceAll('-', '');
    for (const typed of [bare, bare.toLowerCase(), ` ${bare.slice(0, 4)} ${bare.slice(4, 8)} ${bare.slice(8)} `, code.toLowerCase().replaceAll('-', ' - ')]) {
      expect((await t.core.call(team.reader, 'prints.verify', { code: typed })).verificationCode, typed).toBe(code);
    }
  });

  it('reads I and L as 1 and O as 0, and leaves what is not a code alone', () => {
    expect(normaliseVerificationCode('k7qm 2xdo pl')).toBe('K7QM-2XD0-P1');
    expect(normaliseVerificationCode('QUIRE1|SOP-QA-0001|A')).toBe('QUIRE1|SOP-QA-0001|A');
  });
});
