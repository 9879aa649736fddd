import { QuireError } from '../../../shared/errors';

export type CanonicalJsonValue = string | number | boolean | null | CanonicalJsonValue[] | { [key: string]: CanonicalJsonValue };

/**
 * Guarantees the RFC 8785 (JCS) form of a JSON value: keys sorted by UTF-16 code units, no whitespace,
 * ECMAScript string and number serialisation — the same bytes for the same value on every machine.
 */
export function canonicalJson(value: CanonicalJsonValue): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    // NaN and Infinity have no JSON form; JSON.stringify would quietly turn them into null.
    if (!Number.isFinite(value)) throw new QuireError('INTERNAL', {}, { cause: 'Canonical JSON cannot hold a non-finite number.' });
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const members = Object.keys(value)
      .sort()
      .map((key) => {
        const member = value[key];
        // An undefined member would silently vanish from the output and from what gets signed.
        if (member === undefined) throw new QuireError('INTERNAL', {}, { cause: `Canonical JSON member "${key}" is undefined.` });
        return `${JSON.stringify(key)}:${canonicalJson(member)}`;
      });
    return `{${members.join(',')}}`;
  }
  throw new QuireError('INTERNAL', {}, { cause: `Canonical JSON cannot hold a value of type ${typeof value}.` });
}
