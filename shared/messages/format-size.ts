/**
 * A size as people read it: KB below one MB, MB below one GB, else GB, with at most one decimal
 * (binary units, as file managers show them, so a 512 MB limit reads "512 MB"). The one helper for
 * every size a user reads; never a raw byte count.
 */
export function formatSize(bytes: number): string {
  const units = [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size || unit === 'KB') return `${trimmed(bytes / size)} ${unit}`;
  }
  return '';
}

function trimmed(value: number): string {
  const rounded = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return rounded === 0 && value > 0 ? '0.1' : String(rounded);
}
