import { type Block, blockText, isAllCaps, type Marker } from './blocks';

/** The body as a tree of items: a numbered item holds the items numbered below it. */
export interface Item {
  marker: Marker | null;
  blocks: Block[];
  children: Item[];
  /** A short unpunctuated title ("2.2. Văn phòng Thành ủy", "I. MỤC ĐÍCH, YÊU CẦU"). */
  heading: boolean;
  /** Lines after the item that label its units and time: "Đơn vị chủ trì: …", "Thời gian thực hiện: …". */
  fields: Fields;
}

export interface Fields {
  lead?: string;
  support?: string;
  due?: string;
}

/** "Đơn vị chủ trì: …", "Cơ quan phối hợp: …", "Thời gian hoàn thành: …" (label within 40 characters). */
const FIELD =
  /^(?:(Đơn vị|Cơ quan)\s+(chủ trì|thực hiện|phối hợp|thực hiện chính)[^:]{0,20}|(Thời gian|Thời hạn|Tiến độ)[^:]{0,25}|(Sản phẩm|Kết quả)[^:]{0,25}|(Kinh phí)[^:]{0,25}):\s*(.*)$/iu;

/** Reads a field line into `fields`; false when the text is not one. */
export function readField(text: string, fields: Fields): boolean {
  const m = FIELD.exec(text);
  if (!m) return false;
  const value = m[6]!.trim();
  if (m[1]) {
    if (/phối hợp/iu.test(m[2]!)) fields.support = value;
    else fields.lead = value;
  } else if (m[3]) fields.due = value;
  return true;
}

export function itemText(item: Item): string {
  return item.blocks.map(blockText).join(' ').trim();
}

function markerKey(m: Marker): string {
  return m.kind === 'decimal' ? `decimal${m.depth}` : m.kind;
}

const CLOSING =
  /^[^.]{0,120}(thông báo|đề nghị|yêu cầu)\s[^.]*\s(để|đến)\s[^.]*(biết|thực hiện)[^.]{0,60}(\.|\.\/\.)?$|^Trong quá trình (triển khai|tổ chức|thực hiện)|\.\/\.$|^Quá trình (triển khai|thực hiện)/u;

function isHeading(block: Block): boolean {
  const text = blockText(block);
  if (!block.marker) return false;
  return text.length < 110 && !/[.;:!?]$/u.test(text);
}

export function buildOutline(blocks: Block[]): Item {
  const root: Item = { marker: null, blocks: [], children: [], heading: true, fields: {} };
  const stack: Item[] = [];
  for (const block of blocks) {
    if (block.marker) {
      const key = markerKey(block.marker);
      const at = stack.findIndex((it) => it.marker && markerKey(it.marker) === key);
      if (at >= 0) stack.length = at;
      // "II." after a paragraph that closed the outline: a roman section stands at the top, under "A." at most
      else if (block.marker.kind === 'roman' || block.marker.kind === 'article')
        while (stack.length && !['upper', 'article'].includes(stack.at(-1)!.marker!.kind)) stack.pop();
      const top = stack.at(-1);
      if (
        top &&
        (block.marker.kind === 'dash' || block.marker.kind === 'plus') &&
        readField(blockText(block), top.fields)
      )
        continue;
      const item: Item = {
        marker: block.marker,
        blocks: [block],
        children: [],
        heading: isHeading(block),
        fields: {},
      };
      (stack.at(-1) ?? root).children.push(item);
      stack.push(item);
      continue;
    }
    const text = blockText(block);
    const top = stack.at(-1);
    if (
      top &&
      readField(
        text,
        (top.children.at(-1) && !top.children.at(-1)!.marker ? top.children.at(-1)! : top).fields,
      )
    )
      continue;
    // "Yêu cầu các đơn vị …" after the last item is a directive of its own, not the item's continuation
    const standsAlone =
      top &&
      !top.heading &&
      top.children.length === 0 &&
      !/:$/u.test(itemText(top)) && // an item ending in ":" waits for its body
      /^(Yêu cầu|Đề nghị|Giao)\s/u.test(text);
    if (!top || CLOSING.test(text) || isAllCaps(text) || standsAlone) {
      stack.length = 0;
      root.children.push({ marker: null, blocks: [block], children: [], heading: false, fields: {} });
    } else if (top.heading || top.children.length > 0) {
      top.children.push({ marker: null, blocks: [block], children: [], heading: false, fields: {} });
    } else {
      top.blocks.push(block);
    }
  }
  liftGroupFields(root);
  return root;
}

/**
 * Unit fields written once after a run of items ("- …", "- …", "Đơn vị thực hiện: …") belong to
 * every item of the run that states none; when they close the whole list they belong to its parent.
 */
function liftGroupFields(item: Item): void {
  for (const child of item.children) liftGroupFields(child);
  const hasUnits = (f: Fields) => Boolean(f.lead || f.support);
  const withFields = item.children.filter((c) => hasUnits(c.fields));
  if (
    withFields.length === 1 &&
    item.children.length >= 2 &&
    withFields[0] === item.children.at(-1) &&
    !item.children.some((c) => c.fields.due && c !== withFields[0])
  ) {
    item.fields = { ...withFields[0]!.fields, ...item.fields };
    withFields[0]!.fields = {};
    return;
  }
  let pending: Item[] = [];
  for (const child of item.children) {
    if (!hasUnits(child.fields) && !child.fields.due) {
      pending.push(child);
      continue;
    }
    if (hasUnits(child.fields)) for (const p of pending) p.fields = { ...child.fields };
    pending = [];
  }
}
