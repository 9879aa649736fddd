import { describe, expect, it } from 'vitest';
import { ChosenPaths } from '../../electron/main/chosen-paths';

// A compromised page must not make the core read /etc/passwd into the vault or write over a file it names.
describe('paths a window may hand to the core', () => {
  it('accepts a file the user picked in that window, and nothing else', () => {
    const chosen = new ChosenPaths();
    chosen.picked(1, '/home/ada/SOP.pdf');
    expect(chosen.refusal(1, { file: { path: '/home/ada/SOP.pdf' } })).toBeNull();
    expect(chosen.refusal(1, { file: { path: '/home/ada/../ada/SOP.pdf' } })).toBeNull();
    expect(chosen.refusal(1, { file: { path: '/etc/passwd' } })).toEqual({ problem: 'choose-file' });
    expect(chosen.refusal(2, { file: { path: '/home/ada/SOP.pdf' } })).toEqual({ problem: 'choose-file' });
    expect(chosen.refusal(1, { file: { path: 42 } })).toEqual({ problem: 'choose-file' });
  });

  it("checks the author's PDF rendition like the source: both must be files picked in that window", () => {
    const chosen = new ChosenPaths();
    chosen.picked(1, '/home/ada/WI-014.docx');
    expect(chosen.refusal(1, { file: { path: '/home/ada/WI-014.docx' }, rendition: { path: '/home/ada/.ssh/id_ed25519' } })).toEqual({ problem: 'choose-file' });
    expect(chosen.refusal(1, { number: 'WI-QA-0014', file: { path: '/home/ada/WI-014.docx' }, rendition: { path: '/etc/shadow' } })).toEqual({ problem: 'choose-file' });
    chosen.picked(1, '/home/ada/WI-014.pdf');
    expect(chosen.refusal(1, { file: { path: '/home/ada/WI-014.docx' }, rendition: { path: '/home/ada/WI-014.pdf' } })).toBeNull();
    expect(chosen.refusal(1, { number: 'WI-QA-0014', file: { path: '/home/ada/WI-014.pdf' } })).toBeNull();
  });

  it('accepts a destination from the save dialog once', () => {
    const chosen = new ChosenPaths();
    chosen.destinationChosen(1, '/home/ada/copy.pdf');
    expect(chosen.refusal(1, { destination: '/home/ada/other.pdf' })).toEqual({ problem: 'choose-destination' });
    expect(chosen.refusal(1, { destination: '/home/ada/copy.pdf' })).toBeNull();
    expect(chosen.refusal(1, { destination: '/home/ada/copy.pdf' })).toEqual({ problem: 'choose-destination' });
  });

  it('lets calls without paths through, and forgets a closed window', () => {
    const chosen = new ChosenPaths();
    chosen.picked(1, '/home/ada/SOP.pdf');
    expect(chosen.refusal(1, { number: 'SOP-QA-0001' })).toBeNull();
    chosen.forget(1);
    expect(chosen.refusal(1, { file: { path: '/home/ada/SOP.pdf' } })).toEqual({ problem: 'choose-file' });
  });
});
