import { describe, expect, it } from 'vitest';
import {
  wordAppleScript,
  wordAppleScriptInvocation,
  wordInputVariable,
  wordOutputVariable,
  wordPowerShellInvocation,
  wordPowerShellScript,
} from '../../../../electron/core/pdf/renditions/word-automation-scripts';

// Names a Windows or macOS user can really have in a temp folder or a file name.
const hostileNames = [
  "C:\\Users\\O'Brien\\AppData\\Local\\Temp\\it's a \"test\".docx",
  'C:\\Temp\\$env:USERPROFILE $(Remove-Item C:\\ -Recurse) `whoami`.docx',
  'C:\\Temp\\a; Stop-Process -Name explorer; #.docx',
  'C:\\Temp\\Prüfanweisung – 审核 — Проверка ‘smart’ “quotes” ｀.docx',
  '/Users/o\'brien/Library/Caches/" & (do shell script "rm -rf ~") & ".docx',
  '/private/var/folders/x/\\"quoted\\" $(id) `id` 审核.docx',
];

describe('the PowerShell script that drives Word on Windows', () => {
  const script = wordPowerShellScript();

  it('opens the document hidden, read-only, with macros forced off, exports PDF and always quits Word', () => {
    expect(script).toMatch(/New-Object -ComObject 'Word\.Application'/u);
    expect(script).toMatch(/\$word\.Visible = \$false/u);
    expect(script).toMatch(/\$word\.AutomationSecurity = 3\b/u); // msoAutomationSecurityForceDisable
    expect(script).toMatch(/\$word\.DisplayAlerts = 0\b/u);
    // Documents.Open(FileName, ConfirmConversions, ReadOnly = $true, AddToRecentFiles = $false, PasswordDocument)
    expect(script).toMatch(/Documents\.Open\(\$inputPath, \$false, \$true, \$false, 'quire-no-password'\)/u);
    // ExportAsFixedFormat(…, wdExportFormatPDF = 17, …, BitmapMissingFonts, UseISO19005_1 = PDF/A, fonts embedded)
    expect(script).toMatch(/ExportAsFixedFormat\(\$outputPath, 17,.*\$true, \$true\)$/mu);
    const finallyBlock = script.slice(script.indexOf('} finally {'));
    expect(finallyBlock).toMatch(/\$document\.Close\(0\)/u);
    expect(finallyBlock).toMatch(/\$word\.Quit\(0\)/u);
    // Macros are off before anything is opened.
    expect(script.indexOf('AutomationSecurity')).toBeLessThan(script.indexOf('Documents.Open'));
  });

  it('takes the paths from the environment, so no file name is ever part of the script or the command line', () => {
    expect(script).toContain(`[Environment]::GetEnvironmentVariable('${wordInputVariable}')`);
    expect(script).toContain(`[Environment]::GetEnvironmentVariable('${wordOutputVariable}')`);
    for (const name of hostileNames) {
      const output = name.replace(/\.docx$/u, '.pdf');
      const run = wordPowerShellInvocation(name, output);
      expect(run.command).toBe('powershell.exe');
      expect(run.args.slice(0, 5)).toEqual(['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
      // The encoded command is exactly the fixed script (UTF-16LE, Base64: only [A-Za-z0-9+/=], nothing to re-quote).
      expect(run.args[5]).toMatch(/^[A-Za-z0-9+/=]+$/u);
      expect(Buffer.from(run.args[5]!, 'base64').toString('utf16le')).toBe(script);
      expect(run.args.join(' ')).not.toContain(name);
      // The names travel byte for byte, as data.
      expect(run.env).toEqual({ [wordInputVariable]: name, [wordOutputVariable]: output });
    }
  });

  it('is the same script whatever the names: it is built from constants only', () => {
    expect(wordPowerShellInvocation(hostileNames[0]!, 'a.pdf').args).toEqual(wordPowerShellInvocation(hostileNames[1]!, 'b.pdf').args);
  });
});

describe('the AppleScript that drives Word on macOS', () => {
  it('opens read-only, saves as PDF and closes without saving, taking both paths from its arguments', () => {
    const lines = wordAppleScript();
    expect(lines[0]).toBe('on run argv');
    expect(lines).toContain('set inputPath to item 1 of argv');
    expect(lines).toContain('set outputPath to item 2 of argv');
    expect(lines.join('\n')).toMatch(/open file name inputPath with read only/u);
    expect(lines.join('\n')).toMatch(/save as theDocument file name outputPath file format format PDF/u);
    expect(lines.join('\n')).toMatch(/close theDocument saving no/u);
  });

  it('passes hostile names as the last two arguments of osascript, never inside a -e statement', () => {
    for (const name of hostileNames.filter((n) => n.startsWith('/'))) {
      const output = `${name}.pdf`;
      const run = wordAppleScriptInvocation(name, output);
      expect(run.command).toBe('/usr/bin/osascript');
      expect(run.args.slice(-2)).toEqual([name, output]);
      const statements = run.args.slice(0, -2);
      expect(statements.filter((_, i) => i % 2 === 0).every((a) => a === '-e')).toBe(true);
      expect(statements.filter((_, i) => i % 2 === 1)).toEqual(wordAppleScript());
      for (const statement of statements) expect(statement).not.toContain(name);
    }
  });

  it('refuses a relative path, which osascript could read as an option', () => {
    expect(() => wordAppleScriptInvocation('-e do shell script "id"', '/tmp/out.pdf')).toThrow(/absolute path/u);
    expect(() => wordAppleScriptInvocation('/tmp/in.docx', 'out.pdf')).toThrow(/absolute path/u);
  });
});
