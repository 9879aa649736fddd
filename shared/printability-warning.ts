import type { Printability } from './contract/printability-schema';
import type { RenditionToolId } from './rendition-tools';

/** The NOT_PRINTABLE_HERE warning (code and parameters, for the catalogue) for a revision this desktop cannot print; null when it can. */
export function printabilityWarning(
  printability: Printability,
  revision: { number: string; label: string; fileName?: string },
): { code: 'NOT_PRINTABLE_HERE'; params: { number: string; label: string; fileName?: string; tools: RenditionToolId[] } } | null {
  if (printability.printable) return null;
  return { code: 'NOT_PRINTABLE_HERE', params: { ...revision, tools: printability.lookedFor } };
}
