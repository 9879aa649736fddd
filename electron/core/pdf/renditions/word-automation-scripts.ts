// The scripts that drive Microsoft Word. Pure text builders: no file name is ever spliced into a script.
// Paths reach PowerShell through environment variables and AppleScript through its argument list, so a
// name with quotes, `$`, backticks, semicolons or any Unicode is data to the script, never code.

/** Environment variables that carry the paths into the PowerShell script. */
export const wordInputVariable = 'QUIRE_WORD_INPUT';
export const wordOutputVariable = 'QUIRE_WORD_OUTPUT';

/** Lines the scripts print on standard output, read back by the runner. */
export const wordPidPrefix = 'quire-word-pid:';
export const wordVersionPrefix = 'quire-word-version:';

// Word's constants, by value (PowerShell has no Word type library loaded).
const msoAutomationSecurityForceDisable = 3;
const wdAlertsNone = 0;
const wdDoNotSaveChanges = 0;
const wdExportFormatPDF = 17;
const wdExportOptimizeForPrint = 0;
const wdExportAllDocument = 0;
const wdExportDocumentContent = 0;
const wdExportCreateNoBookmarks = 0;

/**
 * The PowerShell script: starts a hidden Word, disables macros for everything it opens
 * (AutomationSecurity), opens the input read-only (a dummy password makes a protected file fail
 * instead of prompting), exports it as PDF/A (every font embedded; a font that cannot be embedded is
 * drawn as a bitmap rather than substituted), and always closes the document and quits Word.
 */
export function wordPowerShellScript(): string {
  return [
    "$ErrorActionPreference = 'Stop'",
    `$inputPath = [Environment]::GetEnvironmentVariable('${wordInputVariable}')`,
    `$outputPath = [Environment]::GetEnvironmentVariable('${wordOutputVariable}')`,
    "if (-not $inputPath -or -not $outputPath) { throw 'Quire passes the paths in the environment' }",
    '$word = $null',
    '$document = $null',
    '$before = @(Get-Process -Name WINWORD -ErrorAction SilentlyContinue | ForEach-Object { $_.Id })',
    'try {',
    "  $word = New-Object -ComObject 'Word.Application'",
    '  Get-Process -Name WINWORD -ErrorAction SilentlyContinue | Where-Object { $before -notcontains $_.Id } | ForEach-Object {',
    `    [Console]::Out.WriteLine('${wordPidPrefix}' + $_.Id); [Console]::Out.Flush()`,
    '  }',
    '  $word.Visible = $false',
    `  $word.DisplayAlerts = ${wdAlertsNone}`,
    `  $word.AutomationSecurity = ${msoAutomationSecurityForceDisable}`,
    `  [Console]::Out.WriteLine('${wordVersionPrefix}' + $word.Version + '.' + $word.Build); [Console]::Out.Flush()`,
    '  # FileName, ConfirmConversions, ReadOnly, AddToRecentFiles, PasswordDocument',
    "  $document = $word.Documents.Open($inputPath, $false, $true, $false, 'quire-no-password')",
    '  # OutputFileName, ExportFormat, OpenAfterExport, OptimizeFor, Range, From, To, Item, IncludeDocProps,',
    '  # KeepIRM, CreateBookmarks, DocStructureTags, BitmapMissingFonts, UseISO19005_1 (PDF/A: fonts embedded)',
    `  $document.ExportAsFixedFormat($outputPath, ${wdExportFormatPDF}, $false, ${wdExportOptimizeForPrint}, ${wdExportAllDocument}, 1, 1, ${wdExportDocumentContent}, $true, $true, ${wdExportCreateNoBookmarks}, $true, $true, $true)`,
    '} finally {',
    `  if ($document) { $document.Close(${wdDoNotSaveChanges}) }`,
    `  if ($word) { $word.Quit(${wdDoNotSaveChanges}); [void][System.Runtime.InteropServices.Marshal]::ReleaseComObject($word) }`,
    '}',
  ].join('\r\n');
}

export interface ScriptInvocation {
  command: string;
  args: string[];
  env: Record<string, string>;
}

/** powershell.exe with the script as -EncodedCommand (UTF-16LE, Base64): nothing for the command line to re-quote. */
export function wordPowerShellInvocation(inputPath: string, outputPath: string): ScriptInvocation {
  const encoded = Buffer.from(wordPowerShellScript(), 'utf16le').toString('base64');
  return {
    command: 'powershell.exe',
    args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encoded],
    env: { [wordInputVariable]: inputPath, [wordOutputVariable]: outputPath },
  };
}

/**
 * The AppleScript: the run handler takes the input and output paths from its arguments, opens the input
 * read-only in Word, saves it as PDF, closes it without saving and answers Word's version.
 */
export function wordAppleScript(): string[] {
  return [
    'on run argv',
    'set inputPath to item 1 of argv',
    'set outputPath to item 2 of argv',
    'tell application "Microsoft Word"',
    'set wordVersion to version',
    'open file name inputPath with read only',
    'set theDocument to active document',
    'save as theDocument file name outputPath file format format PDF',
    'close theDocument saving no',
    'end tell',
    `return "${wordVersionPrefix}" & wordVersion`,
    'end run',
  ];
}

/** osascript with one -e per line; the paths follow as arguments (absolute, so never read as an option). */
export function wordAppleScriptInvocation(inputPath: string, outputPath: string): ScriptInvocation {
  for (const path of [inputPath, outputPath]) if (!path.startsWith('/')) throw new Error(`Word on macOS needs an absolute path, not ${JSON.stringify(path)}`);
  return { command: '/usr/bin/osascript', args: [...wordAppleScript().flatMap((line) => ['-e', line]), inputPath, outputPath], env: {} };
}
