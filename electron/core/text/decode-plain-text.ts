/** Decodes a text file as UTF-8 (or UTF-16 when it says so with a BOM), falling back to Windows-1252 for legacy files; line ends become '\n'. */
export function decodePlainText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Older controlled documents were often saved by Windows editors in their ANSI code page.
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}
