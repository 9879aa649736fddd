import type { CliCommand } from '../cli-command';
import { documentCommands } from './document-commands';
import { userCommands } from './user-commands';
import { vaultCommands } from './vault-commands';
import { demoCommands } from './demo-command';
import { workflowCommands } from './workflow-commands';
import { historyCommands } from './history-commands';
import { printCommands } from './print-commands';

/** Every `quire` command, in the order --help lists them. */
export const cliCommands: CliCommand[] = [...vaultCommands, ...userCommands, ...documentCommands, ...workflowCommands, ...historyCommands, ...printCommands, ...demoCommands];
