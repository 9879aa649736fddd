import { defineCommand } from '../cli-command';

export const demoCommands = [
  defineCommand({
    words: ['demo'],
    usage: 'demo [--folder <dir>]',
    summary: "Create a demo vault in the user's data folder, take it through what Quire does, print the register and audit trail.",
    options: { folder: { type: 'string' } },
    async run({ values, out, json }) {
      const { runDemo } = await import('../demo/run-demo');
      return runDemo({ folder: typeof values.folder === 'string' ? values.folder : undefined, out: json ? () => {} : out });
    },
  }),
];
