import { describe, expect, it } from 'vitest';
import { localTimeZoneAt } from '../../../electron/core/signatures';
import { errorCodeOf } from './manifest-fields';

describe('the local time zone recorded with a signature', () => {
  it('gives the offset in force at that instant, daylight saving included', () => {
    expect(localTimeZoneAt(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toEqual({ timeZone: 'Europe/Berlin', utcOffset: '+01:00' });
    expect(localTimeZoneAt(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toEqual({ timeZone: 'Europe/Berlin', utcOffset: '+02:00' });
    expect(localTimeZoneAt(new Date('2026-01-15T12:00:00Z'), 'America/St_Johns').utcOffset).toBe('-03:30');
    expect(localTimeZoneAt(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata').utcOffset).toBe('+05:30');
    expect(localTimeZoneAt(new Date('2026-01-15T12:00:00Z'), 'Asia/Shanghai').utcOffset).toBe('+08:00');
    expect(localTimeZoneAt(new Date('2026-01-15T12:00:00Z'), 'UTC').utcOffset).toBe('+00:00');
  });

  it('switches exactly at the daylight-saving change', () => {
    // Europe/Berlin moves to summer time at 01:00 UTC on the last Sunday of March 2026.
    expect(localTimeZoneAt(new Date('2026-03-29T00:59:59.999Z'), 'Europe/Berlin').utcOffset).toBe('+01:00');
    expect(localTimeZoneAt(new Date('2026-03-29T01:00:00.000Z'), 'Europe/Berlin').utcOffset).toBe('+02:00');
  });

  it("uses the machine's IANA zone when none is given", () => {
    const local = localTimeZoneAt(new Date());
    const machine = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(local.timeZone).toBe(machine && machine !== 'Etc/Unknown' ? machine : 'UTC');
    expect(local.utcOffset).toMatch(/^[+-]\d{2}:\d{2}$/);
  });

  it('refuses an unknown zone or an invalid date', async () => {
    expect(await errorCodeOf(() => localTimeZoneAt(new Date(), 'Mars/Olympus_Mons'))).toBe('INVALID_INPUT');
    expect(await errorCodeOf(() => localTimeZoneAt(new Date('nope'), 'UTC'))).toBe('INVALID_INPUT');
  });
});
