/**
 * A named point between recording something in the vault and publishing its file. Production code
 * only calls `reached`, which does nothing; the killed-process tests replace it (in their own child
 * process, by importing this module) to stop there and be killed. No setting, argument or
 * environment variable turns it on, so an installed app cannot reach a pause.
 */
export const crashWindow = {
  reached(point: 'print:recorded' | 'print:staged' | 'backup:recorded' | 'backup:copied' | 'import:batch-committed'): void {
    void point;
  },
};
