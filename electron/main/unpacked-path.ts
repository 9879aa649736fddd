/**
 * The same file in app.asar.unpacked when it lies inside app.asar. electron-builder's asarUnpack puts
 * the core host, its worker and its data files there, because Node's worker threads and ESM loader
 * (unlike Electron's fs) cannot read inside an asar archive. Paths outside an asar are unchanged.
 */
export function unpackedPath(file: string): string {
  const parts = file.split(/([\\/])/);
  const index = parts.lastIndexOf('app.asar');
  if (index < 0) return file;
  parts[index] = 'app.asar.unpacked';
  return parts.join('');
}
