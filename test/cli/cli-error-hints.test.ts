import { describe, expect, it } from 'vitest';
import { cliErrorLine } from '../../electron/cli/cli-error-hints';
import { usageError } from '../../electron/cli/cli-usage-error';
import { toQuireError } from '../../electron/core/api/to-quire-error';
import { QuireError } from '../../shared/errors';
import { errorMessage } from '../../shared/messages';

// The CLI prints the catalogue's sentence and adds, itself, the flag or command that fixes the error;
// the sentence (what the UI shows too) never carries them.
const line = (error: QuireError) => cliErrorLine(error, errorMessage(error));

describe('the CLI error line', () => {
  it('adds the flag for a field the core names, after the catalogue sentence', () => {
    const error = new QuireError('INVALID_INPUT', { field: 'changeSummary', problem: 'required' });
    expect(errorMessage(error)).toBe('Change summary is required.');
    expect(line(error)).toBe('INVALID_INPUT: Change summary is required. (--summary)');
  });

  it('adds the flag or command for codes that need one, which the sentence leaves out', () => {
    const summary = new QuireError('CHANGE_SUMMARY_REQUIRED', { number: 'SOP-QA-0001' });
    expect(errorMessage(summary)).not.toContain('--');
    expect(line(summary)).toMatch(/^CHANGE_SUMMARY_REQUIRED: Say what changed in this revision of SOP-QA-0001: .* \(--summary\)$/);
    expect(line(new QuireError('COPYHOLDER_REQUIRED'))).toMatch(/\(--copyholder\)$/);
    expect(line(new QuireError('PASSWORD_CHANGE_REQUIRED'))).toMatch(/Run "quire passwd"\.$/);
    expect(errorMessage(new QuireError('NO_SIGNING_KEY'))).not.toContain('quire');
  });

  it('prints the usage a command-line problem carries, and the cause of an internal error', () => {
    expect(line(usageError({ field: 'status', problem: 'choice', choices: ['returned', 'destroyed'] }, 'copies recall <vault> <number> <copy> --status <s>'))).toBe(
      'INVALID_INPUT: Status must be one of "returned" or "destroyed". (--status) Usage: quire copies recall <vault> <number> <copy> --status <s>',
    );
    expect(line(toQuireError(new TypeError('x is not a function')))).toBe(`INTERNAL: ${errorMessage({ code: 'INTERNAL' })} (x is not a function)`);
  });
});
