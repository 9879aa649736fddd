// `npm run bench`: runs every benchmark in this folder, one after the other, in one process.
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const self = basename(fileURLToPath(import.meta.url));
for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== self).sort()) {
  console.log(`\n== ${file}`);
  await import(pathToFileURL(`${folder}${file}`).href);
}
