import { QuireError } from '../../../shared/errors';

export interface LocalTimeZone {
  /** IANA name, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** ISO 8601 offset from UTC at that instant, e.g. `+01:00`, `-05:30`, `+00:00` (seconds only for pre-1900 local mean time). */
  utcOffset: string;
}

// Building an Intl formatter costs far more than formatting with one, and a bulk import signs a manifest
// per revision: the machine's zone is read again only when TZ changes, and each zone's formatter is kept.
let systemZone: { tz: string | undefined; name: string } | null = null;
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
// The offset depends only on the zone and the instant: a batch signed at one instant formats it once.
let lastAnswer: { timeZone: string; time: number; zone: LocalTimeZone } | null = null;

function systemTimeZone(): string {
  if (systemZone && systemZone.tz === process.env.TZ) return systemZone.name;
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // ICU answers Etc/Unknown when the OS zone cannot be identified; UTC at least keeps time and offset consistent.
  systemZone = { tz: process.env.TZ, name: name && name !== 'Etc/Unknown' ? name : 'UTC' };
  return systemZone.name;
}

function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Guarantees the IANA time zone (the machine's unless given) and its UTC offset at `date`, daylight saving
 * included, as recorded next to every signature's UTC time.
 */
export function localTimeZoneAt(date: Date, timeZone: string = systemTimeZone()): LocalTimeZone {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new QuireError('INVALID_INPUT', { problem: 'point-in-time' });
  if (lastAnswer?.timeZone === timeZone && lastAnswer.time === date.getTime()) return { ...lastAnswer.zone };
  let longOffset: string | undefined;
  try {
    longOffset = offsetFormatter(timeZone)
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    throw new QuireError('INVALID_INPUT', { problem: 'time-zone', value: timeZone });
  }
  // ECMA-402 longOffset is "GMT" for zero and "GMT±HH:MM[:SS]" otherwise.
  const match = /^GMT(?:([+-])(\d{2}):(\d{2})(:\d{2})?)?$/.exec(longOffset ?? '');
  if (!match) throw new QuireError('INTERNAL', {}, { cause: `Unexpected time-zone offset "${longOffset}".` });
  const [, sign, hours, minutes, seconds] = match;
  const utcOffset = sign ? `${sign}${hours}:${minutes}${seconds ?? ''}` : '+00:00';
  const zone = { timeZone, utcOffset: utcOffset === '-00:00' ? '+00:00' : utcOffset };
  lastAnswer = { timeZone, time: date.getTime(), zone };
  return { ...zone };
}
