import { QuireError } from '../../shared/errors';

/**
 * A password from an environment variable, or typed on the terminal without echo.
 * With neither (a script without the variable), the command stops with a sentence naming the variable.
 */
export async function readPassword(env: NodeJS.ProcessEnv, variable: string, prompt: string): Promise<string> {
  const fromEnv = env[variable];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY || !process.stderr.isTTY) {
    throw new QuireError('NOT_SIGNED_IN', { reason: 'password-not-given' }, { variable, prompt });
  }
  process.stderr.write(`${prompt}: `);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(typed);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new QuireError('NOT_SIGNED_IN', { reason: 'cancelled' }));
          return;
        }
        typed = ch === '\u007f' || ch === '\b' ? typed.slice(0, -1) : typed + ch;
      }
    };
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}
