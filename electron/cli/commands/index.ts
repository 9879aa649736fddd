import type { CliCommand } from '../cli-command';
import { demoCommands } from './demo-command';
import { documentCommands } from './document-commands';
import { historyCommands } from './history-commands';
import { printCommands } from './print-commands';
import { serveCommands } from './serve-command';
import { userCommands } from './user-commands';
import { vaultCommands } from './vault-commands';
import { workflowCommands } from './workflow-commands';

/** Every `quire` command, in the order --help lists them. */
export const cliCommands: CliCommand[] = [
  ...vaultCommands,
  ...userCommands,
  ...documentCommands,
  ...workflowCommands,
  ...historyCommands,
  ...printCommands,
  ...serveCommands,
  ...demoCommands,
];
