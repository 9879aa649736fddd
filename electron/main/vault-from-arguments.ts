import path from 'node:path';

/**
 * The vault named on a command line: `--vault <file>`, or a .quire file as Explorer passes it when the
 * user opens one (Windows file association, also the argv of a second instance). Electron's and
 * Chromium's own switches and the app path are skipped. Relative paths resolve against cwd.
 */
export function vaultFromArguments(argv: readonly string[], cwd: string): string | null {
  const flag = argv.indexOf('--vault');
  if (flag >= 0 && argv[flag + 1]) return path.resolve(cwd, argv[flag + 1]!);
  const file = argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.quire'));
  return file ? path.resolve(cwd, file) : null;
}
