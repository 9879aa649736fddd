// `doc add` throughput: 1,000 files registered through the core (what `quire doc add` calls),
// against plain `cp` + `sha256sum` of the same files, measured in the same run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { procedureSentence } from '../test/helpers/procedure-text';
import { createTestVault } from '../test/helpers/temp-vault';
import { fmt, seconds, shellSeconds } from './measure';

const fileCount = 1000;
const fileBytes = 64 * 1024;

/** 64 KiB of a work instruction's text, different for every file (what controllers really import). */
function workInstructionText(seed: number): string {
  let text = '';
  for (let n = seed * 7; text.length < fileBytes; n++) text += `${procedureSentence(n)}\n`;
  return text.slice(0, fileBytes);
}

export async function run(): Promise<void> {
  const vault = await createTestVault();
  try {
    const author = await vault.addSignedInUser('bench', 'Bench Author', ['author']);
    const source = path.join(vault.dir, 'files');
    mkdirSync(source);
    const files = Array.from({ length: fileCount }, (_, i) => {
      const file = path.join(source, `wi-${String(i).padStart(4, '0')}.txt`);
      writeFileSync(file, workInstructionText(i));
      return file;
    });
    const quire = await seconds(async () => {
      for (const [i, file] of files.entries()) {
        await vault.core.call(author, 'documents.register', { type: 'WI', department: 'PROD', title: `Work instruction ${i}`, file: { path: file } });
      }
    });
    const reference = shellSeconds('cp -r "$1" "$2" && sha256sum "$2"/* > /dev/null', [source, path.join(vault.dir, 'copied')]);
    const mib = (fileCount * fileBytes) / 1024 ** 2;
    console.log(`doc add: ${fileCount} files (${mib} MiB) in ${fmt(quire)} (${(fileCount / quire).toFixed(0)} files/s, each one transaction with its audit events, synchronous=FULL)`);
    console.log(`cp + sha256sum of the same files: ${fmt(reference)} (${(fileCount / reference).toFixed(0)} files/s); ratio ${(quire / reference).toFixed(1)}×`);
  } finally {
    vault.cleanup();
  }
}
