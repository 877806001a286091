import type { AnyNode, Element } from 'domhandler';

/** One run of text between block boundaries, owned by its nearest block-level element. */
export interface Block {
  text: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  owner: Element;
  /** The block came after a single <br> in the same owner: a line break, not a new paragraph. */
  lineBreak: boolean;
  /** The run is wholly bold/strong: a heading in disguise on pages without <h2>. */
  emphasised: boolean;
  /** The owner also holds an image: short text there is a caption or a credit. */
  besideImage: boolean;
}

// Never text of the article: scripts, forms, media and the like (their text, if any, is not prose).
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'canvas', 'object', 'embed', 'button',
  'input', 'select', 'option', 'textarea', 'label', 'video', 'audio', 'picture', 'img', 'map', 'head', 'title',
  'dialog', 'figcaption', 'source', 'track',
]);

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'caption',
]);

/** Hidden by the page itself: not shown to a reader, so not part of what the article says. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Walks the DOM once, in document order, and cuts its visible text into blocks. */
export function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let plainChars = 0;
  let emphChars = 0;
  let lineBreak = false;
  let owner = root;
  const imageOwners = new Set<Element>();

  const flush = (nextIsLineBreak: boolean): void => {
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text) {
      blocks.push({ text, linkChars: Math.min(linkChars, text.length), owner, lineBreak, emphasised: emphChars > 0 && plainChars === 0, besideImage: false });
      lineBreak = nextIsLineBreak;
    } else {
      // Two <br> in a row (nothing between them) is how old pages start a new paragraph.
      lineBreak = false;
    }
    parts = [];
    linkChars = 0;
    plainChars = 0;
    emphChars = 0;
  };

  const walk = (node: AnyNode, inLink: boolean, inEmph: boolean): void => {
    if (node.type === 'text') {
      const data = node.data;
      parts.push(data);
      const visible = data.replace(/\s+/g, ' ').trim().length;
      if (inLink) linkChars += visible;
      if (inEmph) emphChars += visible;
      else plainChars += visible;
      return;
    }
    if (!('name' in node) || node.type === 'directive') return;
    const el = node;
    const name = el.name;
    if (name === 'img' || name === 'picture' || name === 'video') imageOwners.add(owner);
    if (SKIPPED.has(name) || isHidden(el)) return;
    if (name === 'br') {
      flush(true);
      return;
    }
    const block = BLOCK_TAGS.has(name);
    const previousOwner = owner;
    if (block) {
      flush(false);
      owner = el;
    }
    const link = inLink || name === 'a';
    const emph = inEmph || name === 'strong' || name === 'b';
    for (const child of el.children) walk(child, link, emph);
    if (block) {
      flush(false);
      owner = previousOwner;
    } else if (name === 'td' || name === 'th') {
      parts.push(' '); // a table row is one line, its cells apart
    }
  };
  walk(root, false, false);
  flush(false);
  // Only a small owner makes a caption: a long text with pictures in it is an article laid out without <p>.
  const ownerText = new Map<Element, number>();
  for (const b of blocks) ownerText.set(b.owner, (ownerText.get(b.owner) ?? 0) + b.text.length);
  for (const b of blocks) b.besideImage = imageOwners.has(b.owner) && (ownerText.get(b.owner) ?? 0) < 250;
  return blocks;
}
