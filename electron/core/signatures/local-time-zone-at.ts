import { QuireError } from '../../../shared/errors';

export interface LocalTimeZone {
  /** IANA name, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** ISO 8601 offset from UTC at that instant, e.g. `+01:00`, `-05:30`, `+00:00` (seconds only for pre-1900 local mean time). */
  utcOffset: string;
}

function systemTimeZone(): string {
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // ICU answers Etc/Unknown when the OS zone cannot be identified; UTC at least keeps time and offset consistent.
  return name && name !== 'Etc/Unknown' ? name : 'UTC';
}

/**
 * Guarantees the IANA time zone (the machine's unless given) and its UTC offset at `date`, daylight saving
 * included, as recorded next to every signature's UTC time.
 */
export function localTimeZoneAt(date: Date, timeZone: string = systemTimeZone()): LocalTimeZone {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new QuireError('INVALID_INPUT', { problem: 'point-in-time' });
  let longOffset: string | undefined;
  try {
    longOffset = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
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
  return { timeZone, utcOffset: utcOffset === '-00:00' ? '+00:00' : utcOffset };
}
