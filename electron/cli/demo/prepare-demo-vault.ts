import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runDemo } from './run-demo';

/**
 * The populated demo vault in this folder: the one made before, or a new one the demo takes through
 * review, approval, release, supersession and prints (about a minute, once). Its path is kept in
 * demo-vault.json beside it.
 */
export async function prepareDemoVault(folder: string): Promise<{ vaultPath: string; created: boolean }> {
  const pointer = path.join(folder, 'demo-vault.json');
  try {
    const { vaultPath } = JSON.parse(readFileSync(pointer, 'utf8')) as { vaultPath?: string };
    if (vaultPath && existsSync(vaultPath)) return { vaultPath, created: false };
  } catch {
    // No demo vault yet.
  }
  mkdirSync(folder, { recursive: true });
  const { vaultPath } = await runDemo({ folder, out: () => {} });
  writeFileSync(pointer, JSON.stringify({ vaultPath }));
  return { vaultPath, created: true };
}
