import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectWord, macWordApp, type WordProbe } from '../../../../electron/core/pdf/renditions/detect-word';
import { availableRenditionTool } from '../../../../electron/core/pdf/renditions/rendition-tools';
import { runToolProcess } from '../../../../electron/core/pdf/renditions/run-tool-process';
import { useTempDir } from '../../../helpers/temp-dir';

const dir = useTempDir('rendition-tools');

function probe(over: Partial<WordProbe>): WordProbe {
  return { platform: 'linux', registryDefault: () => null, where: () => null, exists: () => false, bundleVersion: () => null, ...over };
}

const windowsWithWord = probe({
  platform: 'win32',
  registryDefault: (key) => (key === 'HKCR\\Word.Application\\CurVer' ? 'Word.Application.16' : null),
  where: (name) => (name === 'winword.exe' ? 'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE' : null),
});
const macWithWord = probe({ platform: 'darwin', exists: (p) => p === macWordApp, bundleVersion: (p) => (p === macWordApp ? '16.89' : null) });

describe('Word is found where the desktop has it', () => {
  it('on Windows through the automation registration (CurVer), with where.exe for its location', () => {
    expect(detectWord(windowsWithWord)).toEqual({ platform: 'windows', version: '16', location: 'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE' });
    expect(detectWord(probe({ platform: 'win32', where: () => 'C:\\Office\\WINWORD.EXE' }))).toMatchObject({ platform: 'windows', version: 'unknown' });
    expect(detectWord(probe({ platform: 'win32' }))).toBeNull();
  });

  it('on macOS in /Applications, with the bundle version', () => {
    expect(detectWord(macWithWord)).toEqual({ platform: 'macos', version: '16.89', location: macWordApp });
    expect(detectWord(probe({ platform: 'darwin' }))).toBeNull();
  });

  it('never on Linux', () => {
    expect(detectWord(probe({ platform: 'linux', exists: () => true, registryDefault: () => 'Word.Application.16' }))).toBeNull();
  });
});

describe('the vault setting orders the tools', () => {
  // A real executable named soffice on a PATH of our own: found, never run by these checks.
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'soffice'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(bin, 'soffice'), 0o755);
  const env = { PATH: bin };

  it('takes the first of the order that this desktop has', () => {
    expect(availableRenditionTool(['word', 'libreoffice'], { env, wordProbe: windowsWithWord })?.description).toBe('Microsoft Word 16 (Windows)');
    expect(availableRenditionTool(['libreoffice', 'word'], { env, wordProbe: windowsWithWord })?.description).toBe(`LibreOffice (${join(bin, 'soffice')})`);
    expect(availableRenditionTool(['word', 'libreoffice'], { env, wordProbe: probe({}) })?.id).toBe('libreoffice');
    expect(availableRenditionTool(['word'], { env, wordProbe: probe({}) })).toBeNull();
    expect(availableRenditionTool(['word', 'libreoffice'], { env: { PATH: join(dir, 'empty') }, wordProbe: macWithWord })?.description).toBe('Microsoft Word 16.89 (macOS)');
  });

  it('finds nothing with no office suite on PATH and no Word', () => {
    expect(availableRenditionTool(['word', 'libreoffice'], { env: { PATH: join(dir, 'empty') }, wordProbe: probe({}) })).toBeNull();
  });
});

describe('a tool that hangs is stopped', () => {
  it('kills the tool and what it started after the time limit, with RENDITION_TIMEOUT naming the tool', async () => {
    const pidFile = join(dir, 'grandchild.pid');
    // The tool starts a grandchild (as the soffice launcher starts soffice.bin), then both hang.
    const script = `const c=require('node:child_process').spawn(process.execPath,['-e','setInterval(()=>{},1000)'],{stdio:'ignore'});require('node:fs').writeFileSync(${JSON.stringify(pidFile)},String(c.pid));setInterval(()=>{},1000);`;
    const started = Date.now();
    const error = await runToolProcess({ command: process.execPath, args: ['-e', script], timeoutMs: 1500, toolName: 'Microsoft Word' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'RENDITION_TIMEOUT', params: { tool: 'Microsoft Word' } });
    expect(Date.now() - started).toBeLessThan(10_000);
    await new Promise((r) => setTimeout(r, 300));
    const grandchild = Number(spawnSync('cat', [pidFile], { encoding: 'utf8' }).stdout);
    expect(grandchild).toBeGreaterThan(0);
    // Gone, or a zombie waiting for whoever adopted it to reap it: either way it runs no more.
    const state = spawnSync('ps', ['-o', 'stat=', '-p', String(grandchild)], { encoding: 'utf8' }).stdout.trim();
    expect(state === '' || state.startsWith('Z')).toBe(true);
  });

  it('reports a failed tool with RENDITION_FAILED and the end of what it said', async () => {
    const error = await runToolProcess({ command: process.execPath, args: ['-e', 'console.error("font not found"); process.exit(3)'], timeoutMs: 20_000, toolName: 'LibreOffice' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'RENDITION_FAILED', params: { tool: 'LibreOffice' }, details: { reason: expect.stringContaining('font not found') } });
  });
});
