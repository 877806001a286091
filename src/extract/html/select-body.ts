import type { Element } from 'domhandler';
import type { Block } from './collect-blocks.js';
import { regionHint } from './region-hints.js';

// Our own content scorer, written because it measured better than Readability.js on both bench sets
// (see BENCHMARKS.md, `npm run bench -- extraction`). Two steps:
// 1. Every block gets a value: prose (punctuated, low link density) counts for its length, link lists,
//    scraps and prose in regions the markup calls boilerplate count against. The container element with
//    the largest summed value is the article (a maximum-weight subtree: wrapping the article in more page
//    costs more than it gains).
// 2. Inside it, blocks are filtered one by one: link-dense regions, regions the markup calls boilerplate,
//    scraps before the first and after the last paragraph, unpunctuated labels in between.

// Prose in a region the markup calls furniture: weakly named regions still count a little ("widget" wraps
// whole articles in page builders), strongly named ones count against.
const REGION_WEIGHT = [1, 0.25, -1];

export interface BodySelection {
  container: Element | null;
  kept: Block[];
  dropped: Block[];
}

interface Stats {
  text: number;
  prose: number;
  links: number;
  score: number;
}

const SENTENCE_PUNCT = /[.!?;:,…。！？、，؟।۔]/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
// Parts of lists, tables and quotes: short, unpunctuated, and still the article's when inside it.
const ITEM_TAGS = new Set(['li', 'tr', 'dt', 'dd', 'pre', 'blockquote', 'figure']);
// Closing brackets are left out on purpose: "(Image: Getty)" is a credit, not a sentence.
const END_PUNCT = /[.!?:;…。！？"”'’»]$/;
const LEAD_REACH = 3;

const LETTER = /[\p{L}\p{M}]/gu;

/** Reads like running text: long enough, punctuated, mostly letters, several words, few links; not a caption. */
export function isProse(b: Block): boolean {
  const len = b.text.length;
  if (b.besideImage) return false;
  if ((b.text.match(LETTER)?.length ?? 0) < 0.6 * len) return false;
  const linkDensity = b.linkChars / len;
  // Long items of a link-rich list ("10 things to know", each with links) are still prose.
  if (len < 40 || linkDensity > (len >= 100 ? 0.5 : 0.3)) return false;
  const words = b.text.split(' ').length;
  // A long sentence may carry no punctuation of its own (a quote cut by markup); a menu is never this long.
  if (!SENTENCE_PUNCT.test(b.text)) return words >= 15 && linkDensity < 0.1;
  return CJK.test(b.text) || words >= 7;
}

function ancestors(el: Element, stop: Element): Element[] {
  const chain: Element[] = [];
  for (let e: Element | null = el; e; e = e.parent && 'name' in e.parent ? e.parent : null) {
    chain.push(e);
    if (e === stop) break;
  }
  return chain;
}

function isHeading(b: Block): boolean {
  return /^h[2-6]$/.test(b.owner.name) || b.emphasised;
}

/**
 * Blocks of teaser items: a list item holding a headline that is all link, plus a summary. The summary
 * reads like prose, so the link-only headline beside it is what gives it away.
 */
function teaserItems(blocks: Block[], chains: Element[][]): boolean[] {
  const itemOf = (chain: Element[]): Element | undefined => chain.slice(0, 5).find((e) => e.name === 'li');
  const withHeadline = new Set<Element>();
  blocks.forEach((b, i) => {
    if (b.text.length >= 15 && b.linkChars / b.text.length > 0.8) {
      const item = itemOf(chains[i] ?? []);
      if (item) withHeadline.add(item);
    }
  });
  return chains.map((chain) => {
    const item = itemOf(chain);
    return item !== undefined && withHeadline.has(item);
  });
}

export function selectBody(blocks: Block[], root: Element): BodySelection {
  const stats = new Map<Element, Stats>();
  const chains = blocks.map((b) => ancestors(b.owner, root));
  const prose = blocks.map(isProse);
  blocks.forEach((b, i) => {
    for (const e of chains[i] ?? []) {
      const s = stats.get(e) ?? { text: 0, prose: 0, links: 0, score: 0 };
      s.text += b.text.length;
      if (prose[i]) s.prose += b.text.length;
      s.links += b.linkChars;
      stats.set(e, s);
    }
  });
  const hints = new Map<Element, number>();
  const hint = (e: Element): number => {
    let h = hints.get(e);
    if (h === undefined) hints.set(e, (h = regionHint(e)));
    return h;
  };
  const total = stats.get(root)?.prose ?? 0;
  // How strongly the markup calls a block's region boilerplate (0, -1, -2), ignoring regions that hold
  // most of the prose in scope (a misnamed wrapper; inside the article, half is enough for a weak name).
  const boilerplate = (chain: Element[], scopeProse: number, stop: Element | null, weakShare: number): number => {
    let level = 0;
    for (const e of chain) {
      if (e === stop) break;
      const h = hint(e);
      const share = (stats.get(e)?.prose ?? 0) / (scopeProse || 1);
      if (h < level && share < (h === -1 ? weakShare : 0.8)) level = h;
    }
    return level;
  };

  const teaser = teaserItems(blocks, chains);
  blocks.forEach((b, i) => {
    const chain = chains[i] ?? [];
    const len = b.text.length;
    let value: number;
    if (teaser[i]) prose[i] = false;
    // Links count against, their surrounding words for (a paragraph with a pop-up card of links is still prose).
    if (b.linkChars / len > 0.5) value = len - 2 * b.linkChars;
    else if (prose[i]) value = len * (1 - b.linkChars / len) * REGION_WEIGHT[-boilerplate(chain, total, null, 0.8)]!;
    else value = -0.3 * len;
    for (const e of chain) (stats.get(e) as Stats).score += value;
  });

  let container: Element | null = null;
  let best = 0;
  for (const [e, s] of stats) {
    const bestText = container ? (stats.get(container)?.text ?? 0) : Infinity;
    if (s.score > best || (s.score === best && container && s.text < bestText)) {
      best = s.score;
      container = e;
    }
  }
  if (!container) return { container: null, kept: [], dropped: blocks };

  // Like Readability, the container's siblings join it when they add prose of their own and the markup
  // does not call them furniture: a lead or a fact box often sits beside the body's <div>.
  const scope = container;
  const roots = new Set([scope]);
  for (const sibling of scope.parent && 'name' in scope.parent ? scope.parent.children : []) {
    const s = 'name' in sibling ? stats.get(sibling as Element) : undefined;
    if (s && s.score > 0.1 * best && s.prose > 0 && hint(sibling as Element) >= 0) roots.add(sibling as Element);
  }
  const scopeText = stats.get(scope)?.text ?? 0;
  const scopeProse = stats.get(scope)?.prose ?? 0;
  const linkDenseRegion = (chain: Element[], stop: Element): boolean => {
    for (const e of chain) {
      if (e === stop) return false;
      const s = stats.get(e) as Stats;
      if (s.links / s.text > 0.5 && s.text < 0.5 * scopeText) return true;
    }
    return false;
  };
  const level = blocks.map((b, i) => {
    const chain = chains[i] ?? [];
    const top = chain.find((e) => roots.has(e));
    if (!top || b.owner.name === 'h1') return -3;
    if (b.linkChars / b.text.length > 0.5 || teaser[i] || linkDenseRegion(chain, top)) return -3;
    return boilerplate(chain, scopeProse, top, 0.5);
  });
  // A weakly named region just before the article's own paragraphs (a header holding the lead) keeps its
  // prose; after them (a "widget" with an appeal for donations) or far before, it does not.
  const firstClean = blocks.findIndex((_, i) => level[i] === 0 && prose[i] === true);
  const candidate = level.map((l, i) => l === 0 || (l === -1 && prose[i] === true && i < firstClean && i >= firstClean - LEAD_REACH));
  const proseAt = blocks.map((_, i) => candidate[i] === true && prose[i] === true);
  const first = proseAt.indexOf(true);
  const last = proseAt.lastIndexOf(true);
  // Before the first and after the last paragraph only sentences that sit beside one survive ("Read the paper here:").
  const proseParents = new Set(blocks.filter((_, i) => proseAt[i]).map((b) => b.owner.parent));
  const kept: Block[] = [];
  const dropped: Block[] = [];
  blocks.forEach((b, i) => {
    const inside = i >= first && i <= last;
    const keep =
      candidate[i] === true &&
      (inside
        ? proseAt[i] === true || (!b.besideImage && (isHeading(b) || ITEM_TAGS.has(b.owner.name) || END_PUNCT.test(b.text) || b.text.length >= 40))
        : first >= 0 && END_PUNCT.test(b.text) && proseParents.has(b.owner.parent));
    (keep ? kept : dropped).push(b);
  });
  return { container, kept, dropped };
}
