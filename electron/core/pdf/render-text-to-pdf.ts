import { renderFlowToPdf } from './render-flow-to-pdf';

const textSize = 10;

/**
 * Renders plain text to PDF: every line kept, long lines wrapped, blank lines kept, pages added
 * as needed, any script the shipped fonts cover. Room is left for the stamp bands.
 */
export async function renderTextToPdf(text: string, title = 'Text document'): Promise<Uint8Array> {
  return renderFlowToPdf(title, (flow) => {
    for (const line of text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n')) {
      if (line.trim() === '') flow.gap(textSize * 1.4);
      else flow.line(line, textSize);
    }
  }, `${title}\n${text}`);
}
