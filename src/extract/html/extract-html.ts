import { parseDocument } from 'htmlparser2';
import type { Message } from '../../core/types.js';
import type { ExtractedContent } from '../extracted-content.js';
import { collectBlocks, type Block } from './collect-blocks.js';
import { findPublished } from './find-published.js';
import { gatherFacts } from './page-facts.js';
import { readMetadata } from './read-metadata.js';
import { selectBody } from './select-body.js';

/** Main text and metadata of an HTML page. Pure; never throws on bad HTML (the parser is forgiving). */
export function extractHtml(html: string, pageUrl: string | null): ExtractedContent {
  const doc = parseDocument(html, { decodeEntities: true });
  const facts = gatherFacts(doc);
  const root = facts.body ?? facts.h1s[0]?.parent;
  const blocks = root && 'name' in root ? collectBlocks(root) : [];
  const body = root && 'name' in root ? selectBody(blocks, root) : { container: null, kept: [], dropped: blocks };
  const meta = readMetadata(facts, pageUrl);
  const firstKept = body.kept[0] ? blocks.indexOf(body.kept[0]) : -1;
  const lead = firstKept >= 0 ? blocks.slice(Math.max(0, firstKept - 8), firstKept + 3) : [];
  const { published, messages: dateMessages } = findPublished(facts, body.container, [pageUrl, meta.url], lead);
  return {
    text: joinBlocks(body.kept),
    title: meta.title,
    byline: meta.byline,
    outlet: meta.outlet,
    published,
    language: meta.language,
    url: meta.url,
    messages: [...removalSummary(body.dropped), ...meta.messages, ...dateMessages],
  };
}

/** Paragraphs separated by a blank line; a <br> inside one paragraph stays a line break. */
function joinBlocks(blocks: Block[]): string {
  let out = '';
  blocks.forEach((b, i) => {
    if (i > 0) out += b.lineBreak && blocks[i - 1]?.owner === b.owner ? '\n' : '\n\n';
    out += b.text;
  });
  return out;
}

// One summary, not one message per block: an HTML page drops hundreds of menu items.
function removalSummary(dropped: Block[]): Message[] {
  if (dropped.length === 0) return [];
  const chars = dropped.reduce((n, b) => n + b.text.length, 0);
  const sample = [...dropped]
    .sort((a, b) => b.text.length - a.text.length)
    .slice(0, 3)
    .map((b) => (b.text.length > 80 ? `${b.text.slice(0, 79)}…` : b.text));
  return [
    {
      rule: 'boilerplate-removed',
      severity: 'info',
      message: `${dropped.length} blocks (${chars.toLocaleString('en')} characters) of navigation, teasers and other page furniture removed`,
      text: sample.join(' | '),
    },
  ];
}
