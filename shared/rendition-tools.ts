// The office programs Quire can render documents to PDF with, in the vault's default order of preference.
// The order is a vault setting (`renditionTools`), changed like every setting with a reason, audited.
export const renditionToolIds = ['word', 'libreoffice'] as const;
export type RenditionToolId = (typeof renditionToolIds)[number];
export const defaultRenditionToolOrder: RenditionToolId[] = ['word', 'libreoffice'];

/** How a revision prints on this desktop; null `how` means it cannot be printed here. */
export const printRoutes = ['native-pdf', 'quire-renderer', 'supplied-pdf', 'recorded-rendition', 'word', 'libreoffice'] as const;
export type PrintRoute = (typeof printRoutes)[number];
