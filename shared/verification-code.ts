// A print's verification code as people type it back: any case, with or without the dashes, with spaces.

/**
 * The code in its printed form (`K7QM-2XD9-PA`) when `typed` is ten symbols of Crockford's base32
 * once spaces and dashes are taken out; I and L read as 1 and O as 0, as Crockford decodes them.
 * Anything else is returned trimmed, unchanged (a QR code's text, or not a code at all).
 */
export function normaliseVerificationCode(typed: string): string {
  const symbols = typed.replace(/[\s-]+/g, '').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
  if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(symbols)) return typed.trim();
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}
