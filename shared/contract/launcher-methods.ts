import { z } from 'zod';
import type { ErrorCode } from '../errors';
import { passwordSchema, singleLineText, usernameSchema } from './common-schemas';

// The desktop app's welcome screen: which vault the window works on. These methods are answered by the
// Electron main process (it owns the dialogs, the list of recent vaults and the core host), not by the
// core, so they are a table of their own beside the core's contract. Paths never come from the page:
// it opens a vault from the recent list or from the Open dialog, and creates one where the Save dialog
// said.

/** The rules every password in a new vault must meet (the core enforces them; shown before typing). */
export const newVaultPasswordRules = {
  minLength: 10,
  sentences: ['At least 10 characters.', 'At least two of: lower case, upper case, digits, symbols.', 'Not containing your user name.'],
} as const;

const vaultRef = z.object({ path: z.string(), name: z.string() });

export const launcherStatusSchema = z.object({
  /** The vault this window works on, once its core host said it is open. */
  vault: vaultRef.nullable(),
  /** The last open that failed, so the welcome screen can say why and offer another vault. */
  failure: z.object({ path: z.string(), code: z.string(), params: z.record(z.string(), z.unknown()) }).nullable(),
  /** Vaults that opened before, newest first; only ever added to after a successful open. */
  recent: z.array(vaultRef),
  demo: z.object({ users: z.array(z.object({ username: z.string(), role: z.string() })), password: z.string() }),
});
export type LauncherStatus = z.infer<typeof launcherStatusSchema>;

interface LauncherMethodSpec<I extends z.ZodType, R extends z.ZodType> {
  summary: string;
  input: I;
  result: R;
  errors: readonly ErrorCode[];
}
const launcherMethod = <I extends z.ZodType, R extends z.ZodType>(spec: LauncherMethodSpec<I, R>) => spec;
const vaultFailures = ['VAULT_NOT_FOUND', 'NOT_A_VAULT', 'VAULT_TOO_NEW', 'VAULT_ON_NETWORK_SHARE', 'VAULT_BUSY', 'VAULT_READ_ONLY', 'CORE_HOST_STOPPED', 'INTERNAL'] as const satisfies readonly ErrorCode[];

export const launcherContract = {
  'launcher.status': launcherMethod({ summary: 'The open vault, the last failure and the recent vaults.', input: z.object({}), result: launcherStatusSchema, errors: [] }),
  'launcher.openRecent': launcherMethod({
    summary: 'Open a vault from the recent list.',
    input: z.object({ path: z.string().min(1).max(4096) }),
    result: launcherStatusSchema,
    errors: [...vaultFailures, 'INVALID_INPUT'],
  }),
  'launcher.openChosen': launcherMethod({ summary: 'Ask for a vault with the Open dialog, then open it.', input: z.object({}), result: launcherStatusSchema, errors: vaultFailures }),
  'launcher.chooseNewVaultPath': launcherMethod({
    summary: 'Ask where to create a new vault with the Save dialog; null if cancelled.',
    input: z.object({ vaultName: singleLineText('Vault name', 120) }),
    result: z.object({ path: z.string().nullable() }),
    errors: [],
  }),
  'launcher.createVault': launcherMethod({
    summary: 'Create a vault where the Save dialog said, with its first administrator, and open it.',
    input: z.object({ path: z.string().min(1).max(4096), admin: z.object({ username: usernameSchema, fullName: singleLineText('Full name', 200), password: passwordSchema }) }),
    result: launcherStatusSchema,
    errors: [...vaultFailures, 'VAULT_EXISTS', 'PASSWORD_TOO_WEAK', 'INVALID_INPUT'],
  }),
  'launcher.openDemo': launcherMethod({ summary: 'Open the demo vault, making it first if needed.', input: z.object({}), result: launcherStatusSchema, errors: vaultFailures }),
  'launcher.restartCore': launcherMethod({ summary: 'Start the core host again on the same vault after it stopped.', input: z.object({}), result: launcherStatusSchema, errors: vaultFailures }),
  'launcher.closeVault': launcherMethod({ summary: 'Close the vault and go back to the welcome screen.', input: z.object({}), result: launcherStatusSchema, errors: [] }),
};

export type LauncherContract = typeof launcherContract;
export type LauncherMethodName = keyof LauncherContract;
export type LauncherInput<M extends LauncherMethodName> = z.input<LauncherContract[M]['input']>;
export type LauncherResult<M extends LauncherMethodName> = z.infer<LauncherContract[M]['result']>;
export const launcherMethodNames = Object.keys(launcherContract) as LauncherMethodName[];
