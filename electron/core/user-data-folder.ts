import os from 'node:os';
import path from 'node:path';

/**
 * Where a desktop app keeps its data on this OS (what Electron's app.getPath('userData') gives), or the
 * folder QUIRE_USER_DATA names (tests, and anyone who keeps their workstation data elsewhere).
 */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env.QUIRE_USER_DATA) return path.resolve(env.QUIRE_USER_DATA);
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Quire');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Quire');
  return path.join(env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), 'Quire');
}
