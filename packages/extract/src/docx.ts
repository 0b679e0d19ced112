import mammoth from 'mammoth';
import { ExtractError } from './errors';

/**
 * Reads a DOCX with mammoth and writes its HTML back as lines: paragraphs one a line, list items
 * with a mark (Word's automatic numbers are lost, so ordered lists are numbered by position), and
 * table rows one cell a line, as the table parser reads them.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new ExtractError('unreadable', 'Không đọc được tệp DOCX (tệp hỏng hoặc không đúng định dạng).');
  }
  return htmlToLines(html);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text
    .replace(/&(#x?[0-9a-f]+|\w+);/giu, (m, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export function htmlToLines(html: string): string {
  const out: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let cellDepth = 0;
  let buffer = '';
  const flush = () => {
    const text = decode(buffer.replace(/<[^>]+>/g, ''));
    buffer = '';
    if (!text) return;
    const list = lists.at(-1);
    if (list && cellDepth === 0) {
      list.n++;
      out.push(`${list.ordered ? `${list.n}.` : '-'} ${text}`);
    } else out.push(text);
  };
  for (const token of html.split(/(<\/?[a-z0-9]+[^>]*>)/giu)) {
    const tag = /^<(\/?)([a-z0-9]+)/iu.exec(token);
    if (!tag) {
      buffer += token;
      continue;
    }
    const [, closing, nameRaw] = tag;
    const name = nameRaw!.toLowerCase();
    if (name === 'br') buffer += '\n';
    else if (name === 'ol' || name === 'ul') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', n: 0 });
    } else if (['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr'].includes(name)) {
      if (name === 'td' || name === 'th') cellDepth += closing ? -1 : 1;
      if (closing || name === 'tr' || name === 'li') flush();
      if (closing && name === 'p' && cellDepth === 0) out.push('');
    } else if (name === 'table') {
      flush();
      out.push('');
    }
  }
  flush();
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
