import { describe, expect, it } from 'vitest';
import { ApiError, errorSentence } from '../../renderer/api';
import { errorMessage } from '../../shared/messages';

// What the UI shows for a refusal is the catalogue's sentence for its code and parameters: a
// sentence the host sent along (for its logs) is never what the user reads.

describe('a refusal as the window shows it', () => {
  it('renders code and parameters through the catalogue, whatever message came with them', () => {
    const error = new ApiError({ code: 'CONTENT_TOO_LARGE', params: { fileName: 'big.pdf', sizeBytes: 600_000_000, limitBytes: 536_870_912 }, message: 'documents.register: 600000000 bytes' });
    expect(errorSentence(error)).toBe('The file big.pdf is 572 MB; this vault accepts files up to 512 MB.');
    expect(errorSentence(error)).toBe(errorMessage({ code: 'CONTENT_TOO_LARGE', params: { fileName: 'big.pdf', sizeBytes: 600_000_000, limitBytes: 536_870_912 } }));
  });

  it('names an input field in the user words', () => {
    expect(errorSentence(new ApiError({ code: 'INVALID_INPUT', params: { field: 'changeSummary', problem: 'too-long', max: 2000 } }))).toBe('Change summary must be at most 2000 characters.');
  });

  it('still says something an answer without parameters or with an unknown shape', () => {
    expect(errorSentence(new ApiError({ code: 'WRONG_PASSWORD' }))).toBe('The user name or password is wrong.');
    expect(errorSentence(new ApiError({ code: 'DOCUMENT_OBSOLETE', params: { number: 'SOP-1', act: 'explode' } as never }))).toMatch(/^\S/);
    expect(errorSentence(new Error('boom'))).toBe(errorMessage({ code: 'INTERNAL', params: { problem: 'in-window' } }));
  });
});
