import { describe, expect, it } from 'vitest';
import { commandModuleFor, commandModules } from '../../electron/cli/commands';

// commands/index.ts names each module's commands so that `quire` loads only the module of the
// command that runs; the names must be exactly the commands the module defines.
describe('the index of command modules', () => {
  it('names exactly the commands each module defines, and no command twice', async () => {
    for (const module of commandModules) {
      const defined = (await module.load()).map((c) => c.words.join(' '));
      expect([...module.names].sort()).toEqual([...defined].sort());
    }
    const names = commandModules.flatMap((m) => m.names);
    expect(new Set(names).size).toBe(names.length);
  });

  it('finds a two-word command before a one-word one, and nothing for an unknown word', () => {
    expect(commandModuleFor(['print', 'verify'])?.name).toBe('print verify');
    expect(commandModuleFor(['print', 'vault.quire'])?.name).toBe('print');
    expect(commandModuleFor(['doc', 'update'])?.module.names).toContain('history');
    expect(commandModuleFor(['frobnicate'])).toBeUndefined();
    expect(commandModuleFor(['doc'])).toBeUndefined();
  });
});
