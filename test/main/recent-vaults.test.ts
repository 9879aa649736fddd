import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RecentVaults } from '../../electron/main/recent-vaults';
import { tempFolder } from '../helpers/temp-vault';

describe('the recent vaults list', () => {
  const { dir, cleanup } = tempFolder('quire-recent-');
  afterAll(cleanup);

  it('starts empty, keeps the newest first without duplicates, and forgets vaults that are gone', () => {
    const recent = new RecentVaults(path.join(dir, 'user data'));
    expect(recent.list()).toEqual([]);
    const [a, b] = ['Ärzte [QA].quire', 'b.quire'].map((name) => path.join(dir, name));
    for (const file of [a!, b!]) writeFileSync(file, '');
    recent.rememberOpened(a!);
    recent.rememberOpened(b!);
    recent.rememberOpened(a!);
    expect(recent.list()).toEqual([
      { path: a, name: 'Ärzte [QA]' },
      { path: b, name: 'b' },
    ]);
    expect(recent.latest()).toBe(a);
    expect(recent.has(b!)).toBe(true);
    expect(recent.has(path.join(dir, 'never.quire'))).toBe(false);
  });

  it('survives a damaged list file', () => {
    const folder = path.join(dir, 'damaged');
    const recent = new RecentVaults(folder);
    recent.rememberOpened(path.join(dir, 'missing.quire'));
    writeFileSync(path.join(folder, 'recent-vaults.json'), '{"vaults": [1, null');
    expect(recent.list()).toEqual([]);
    expect(recent.latest()).toBeNull();
  });
});
