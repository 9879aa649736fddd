import { marked, type Token, type Tokens } from 'marked';
import type { PageFlow } from './page-flow';
import { renderFlowToPdf } from './render-flow-to-pdf';

const bodySize = 10;
const headingSizes = [18, 15, 13, 11.5, 10.5, 10];

/**
 * Renders Markdown to PDF with the app's own layout: headings, paragraphs, ordered and bulleted
 * (nested) lists, task lists, block quotes, code blocks, tables and rules, in any script the
 * shipped fonts cover. Inline emphasis is kept as text; raw HTML is shown as text, never run.
 */
export async function renderMarkdownToPdf(markdown: string, title = 'Markdown document'): Promise<Uint8Array> {
  const tokens = marked.lexer(markdown);
  // Character references (&#x5BA1;) decode to characters the source does not show: then declare nothing.
  const declared = /&#?\w+;/.test(markdown) ? undefined : `${title}\n${markdown}`;
  return renderFlowToPdf(title, (flow) => drawBlocks(flow, tokens, 0), declared);
}

function drawBlocks(flow: PageFlow, tokens: Token[], indent: number): void {
  for (const token of tokens) drawBlock(flow, token, indent);
}

function drawBlock(flow: PageFlow, token: Token, indent: number): void {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      const size = headingSizes[heading.depth - 1] ?? bodySize;
      flow.gap(size * 0.6);
      flow.line(inlineText(heading.tokens), size, 'bold', indent);
      flow.gap(size * 0.3);
      return;
    }
    case 'paragraph':
      flow.line(inlineText((token as Tokens.Paragraph).tokens), bodySize, 'regular', indent);
      flow.gap(bodySize * 0.6);
      return;
    case 'text': {
      const text = token as Tokens.Text;
      flow.line(text.tokens ? inlineText(text.tokens) : text.text, bodySize, 'regular', indent);
      return;
    }
    case 'list': {
      const list = token as Tokens.List;
      const start = typeof list.start === 'number' ? list.start : 1;
      list.items.forEach((item, index) => {
        const marker = item.task ? (item.checked ? '[x]' : '[ ]') : list.ordered ? `${start + index}.` : '•';
        const [first, ...rest] = item.tokens;
        const firstText = first && (first.type === 'text' || first.type === 'paragraph') ? inlineText((first as Tokens.Text).tokens ?? []) || (first as Tokens.Text).text : '';
        flow.line(firstText, bodySize, 'regular', indent + 18, marker);
        drawBlocks(flow, firstText ? rest : item.tokens, indent + 18);
      });
      flow.gap(bodySize * 0.4);
      return;
    }
    case 'blockquote':
      drawBlocks(flow, (token as Tokens.Blockquote).tokens, indent + 18);
      return;
    case 'code':
      for (const line of (token as Tokens.Code).text.replace(/\t/g, '    ').split('\n')) flow.line(line || ' ', bodySize - 1.5, 'regular', indent + 12);
      flow.gap(bodySize * 0.6);
      return;
    case 'table': {
      const table = token as Tokens.Table;
      const share = 1 / Math.max(1, table.header.length);
      flow.table(
        table.header.map((cell) => ({ title: inlineText(cell.tokens), share })),
        table.rows.map((row) => row.map((cell) => inlineText(cell.tokens))),
      );
      flow.gap(bodySize * 0.6);
      return;
    }
    case 'hr':
      flow.rule();
      return;
    case 'html':
      flow.line((token as Tokens.HTML).text.trim(), bodySize, 'regular', indent);
      return;
    case 'space':
      return;
    default:
      if ('text' in token && typeof token.text === 'string') flow.line(token.text, bodySize, 'regular', indent);
  }
}

// Inline markup flattened to the words a reader sees: emphasis, links and code spans keep their text.
function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((token) => {
      if (token.type === 'br') return '\n';
      if (token.type === 'image') return (token as Tokens.Image).text || '[image]';
      if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) return inlineText(token.tokens);
      if (token.type === 'escape' || token.type === 'codespan' || token.type === 'text') return decodeEntities((token as Tokens.Text).text);
      return 'text' in token && typeof token.text === 'string' ? token.text : token.raw;
    })
    .join('');
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? _);
}
