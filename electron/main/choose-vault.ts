import { app, dialog } from 'electron';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const settingsFile = () => path.join(app.getPath('userData'), 'last-vault.json');

/** The vault to open: --vault on the command line, else the last one used, else one the user picks. */
export async function chooseVault(argv: string[]): Promise<string | null> {
  const flag = argv.indexOf('--vault');
  if (flag >= 0 && argv[flag + 1]) return path.resolve(argv[flag + 1]!);
  try {
    const last = (JSON.parse(readFileSync(settingsFile(), 'utf8')) as { vault?: string }).vault;
    if (last && existsSync(last)) return last;
  } catch {
    // No remembered vault yet.
  }
  const picked = await dialog.showOpenDialog({
    title: 'Open a Quire vault',
    properties: ['openFile'],
    filters: [{ name: 'Quire vault', extensions: ['quire'] }],
    message: 'Choose the vault to open. A new vault is created with: quire init <vault> --admin <user> --name <full name>',
  });
  const vault = picked.canceled ? null : (picked.filePaths[0] ?? null);
  if (vault) writeFileSync(settingsFile(), JSON.stringify({ vault }));
  return vault;
}
