import { defineCommand } from '../cli-command';
import { runDemo } from '../demo/run-demo';

export const demoCommands = [
  defineCommand({
    words: ['demo'],
    usage: 'demo [--folder <dir>]',
    summary: "Create a demo vault in the user's data folder, take it through what Quire does, print the register and audit trail.",
    options: { folder: { type: 'string' } },
    async run({ values, out, json }) {
      return runDemo({ folder: typeof values.folder === 'string' ? values.folder : undefined, out: json ? () => {} : out });
    },
  }),
];
