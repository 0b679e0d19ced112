import { type Block, blockText, type Marker } from './blocks';

/** The body as a tree of items: a numbered item holds the items numbered below it. */
export interface Item {
  marker: Marker | null;
  blocks: Block[];
  children: Item[];
  /** A short unpunctuated title ("2.2. Văn phòng Thành ủy", "I. MỤC ĐÍCH, YÊU CẦU"). */
  heading: boolean;
}

export function itemText(item: Item): string {
  return item.blocks.map(blockText).join(' ').trim();
}

function markerKey(m: Marker): string {
  return m.kind === 'decimal' ? `decimal${m.depth}` : m.kind;
}

const CLOSING =
  /(thông báo|đề nghị|yêu cầu)\s.*\s(để|đến)\s.*(biết|thực hiện)|^Trong quá trình (triển khai|tổ chức|thực hiện)|\.\/\.$|^Quá trình (triển khai|thực hiện)/u;

function isHeading(block: Block): boolean {
  const text = blockText(block);
  if (!block.marker) return false;
  return text.length < 110 && !/[.;:!?]$/u.test(text);
}

export function buildOutline(blocks: Block[]): Item {
  const root: Item = { marker: null, blocks: [], children: [], heading: true };
  const stack: Item[] = [];
  for (const block of blocks) {
    if (block.marker) {
      const key = markerKey(block.marker);
      const at = stack.findIndex((it) => it.marker && markerKey(it.marker) === key);
      if (at >= 0) stack.length = at;
      const item: Item = { marker: block.marker, blocks: [block], children: [], heading: isHeading(block) };
      (stack.at(-1) ?? root).children.push(item);
      stack.push(item);
      continue;
    }
    const text = blockText(block);
    const top = stack.at(-1);
    if (!top || CLOSING.test(text)) {
      stack.length = 0;
      root.children.push({ marker: null, blocks: [block], children: [], heading: false });
    } else if (top.heading || top.children.length > 0) {
      top.children.push({ marker: null, blocks: [block], children: [], heading: false });
    } else {
      top.blocks.push(block);
    }
  }
  return root;
}
