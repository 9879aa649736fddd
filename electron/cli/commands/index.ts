import type { CliCommand } from '../cli-command';

/**
 * A module of `quire` commands, known here only by the names of its commands and loaded when one of
 * them runs (or when --help lists them all). Command modules stay light: whatever they need from the
 * core is imported inside `run`, so starting `quire` never parses what the command does not use.
 */
export interface CommandModule {
  /** The words of each command in the module, as typed: 'doc add'. A test checks them against the module. */
  names: string[];
  load(): Promise<CliCommand[]>;
}

/** Every `quire` command module, in the order --help lists them. */
export const commandModules: CommandModule[] = [
  { names: ['init', 'verify', 'audit', 'backup', 'restore'], load: async () => (await import('./vault-commands')).vaultCommands },
  { names: ['audit export'], load: async () => (await import('./audit-commands')).auditCommands },
  {
    names: ['user add', 'user list', 'user disable', 'user enable', 'user unlock', 'user reset-password', 'user roles', 'user confirm-identity', 'passwd'],
    load: async () => (await import('./user-commands')).userCommands,
  },
  { names: ['doc add', 'doc list', 'doc show', 'rev new', 'rev rendition', 'rev printable', 'rev export'], load: async () => (await import('./document-commands')).documentCommands },
  {
    names: [
      'rev submit', 'rev sign', 'rev reject', 'rev release', 'rev cancel', 'rev route', 'tasks', 'reviews due', 'reviews complete',
      'signatures verify', 'signatures list', 'doc withdraw', 'doc approve-withdrawal', 'training assign', 'training ack', 'training outstanding',
    ],
    load: async () => (await import('./workflow-commands')).workflowCommands,
  },
  {
    names: ['job add', 'job people', 'job docs', 'job list', 'training quiz', 'training answer', 'training matrix', 'training due-days'],
    load: async () => (await import('./training-commands')).trainingCommands,
  },
  { names: ['diff', 'history', 'doc update'], load: async () => (await import('./history-commands')).historyCommands },
  { names: ['print', 'print verify', 'copies', 'copies recall', 'copies due'], load: async () => (await import('./print-commands')).printCommands },
  { names: ['dcr new', 'dcr list', 'dcr decide', 'doc link', 'doc links', 'doc no-change-needed'], load: async () => (await import('./change-commands')).changeCommands },
  { names: ['search'], load: async () => (await import('./search-commands')).searchCommands },
  { names: ['import'], load: async () => (await import('./import-command')).importCommands },
  { names: ['doc clauses', 'gap-analysis', 'audit-pack', 'audit-pack verify'], load: async () => (await import('./audit-pack-commands')).auditPackCommands },
  { names: ['serve'], load: async () => (await import('./serve-command')).serveCommands },
  { names: ['demo'], load: async () => (await import('./demo-command')).demoCommands },
];

/** The module holding the command named by these words (two words before one: 'print verify' before 'print'). */
export function commandModuleFor(words: string[]): { module: CommandModule; name: string } | undefined {
  for (const name of [words.slice(0, 2).join(' '), words.slice(0, 1).join(' ')]) {
    const module = commandModules.find((m) => m.names.includes(name));
    if (module && name) return { module, name };
  }
  return undefined;
}

/** Every command, for --help: loads each module. */
export async function allCliCommands(): Promise<CliCommand[]> {
  return (await Promise.all(commandModules.map((m) => m.load()))).flat();
}
