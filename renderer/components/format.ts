const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO timestamp in the workstation's own time with its zone named, "2026-11-21 15:03:22 CET": the one
 * way the UI shows a time. Records keep UTC; the zone makes the local reading unambiguous.
 */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const zone = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' }).formatToParts(d).find((part) => part.type === 'timeZoneName')?.value ?? '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${zone}`.trimEnd();
}

/** A SHA-256 shortened for tables; the full value stays in the title attribute. */
export function shortHash(sha256: string): string {
  return `${sha256.slice(0, 12)}…`;
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Today as YYYY-MM-DD in the workstation's own calendar. */
export function todayIsoDate(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
