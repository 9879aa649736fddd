import type { CliCommand } from '../cli-command';
import { documentCommands } from './document-commands';
import { userCommands } from './user-commands';
import { vaultCommands } from './vault-commands';
import { demoCommands } from './demo-command';
import { workflowCommands } from './workflow-commands';
import { serveCommands } from './serve-command';

/** Every `quire` command, in the order --help lists them. */
export const cliCommands: CliCommand[] = [...vaultCommands, ...userCommands, ...documentCommands, ...workflowCommands, ...demoCommands, ...serveCommands];
