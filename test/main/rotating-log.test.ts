import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RotatingLog } from '../../electron/main/rotating-log';
import { tempFolder } from '../helpers/temp-vault';

describe('the app log', () => {
  it('writes stamped lines per source and rotates, keeping a bounded number of files', () => {
    const { dir, cleanup } = tempFolder('quire-log-');
    try {
      const log = new RotatingLog(path.join(dir, 'logs'), 200, 2, () => new Date('2026-11-29T10:00:00Z'));
      log.write('core', 'first line\nsecond line\n');
      expect(readFileSync(log.file, 'utf8')).toBe('2026-11-29T10:00:00.000Z [core] first line\n2026-11-29T10:00:00.000Z [core] second line\n');
      for (let i = 0; i < 20; i++) log.write('main', `line ${i} ${'x'.repeat(40)}`);
      expect(readdirSync(path.join(dir, 'logs')).sort()).toEqual(['quire.1.log', 'quire.2.log', 'quire.log']);
      expect(readFileSync(log.file, 'utf8')).toContain('line 19');
    } finally {
      cleanup();
    }
  });
});
