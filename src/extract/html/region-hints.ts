import type { Element } from 'domhandler';

// What a page's own markup says a region is. One signal among several: the scorer weighs it against the
// region's share of the page's text, its link density and its prose (a "sidebar" class on the wrapper of
// the whole page must not throw the article away).

/** Elements whose tag names a non-article region. */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu', 'form']);

// Tokens of class/id/role values. Matched as whole tokens (split on -, _, space, camelCase), never substrings.
const NEGATIVE = new Set([
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'advertising', 'banner', 'breadcrumb', 'breadcrumbs', 'byline',
  'caption', 'comment', 'comments', 'consent', 'cookie', 'cookies', 'credit', 'credits', 'disqus', 'dropdown',
  'footer', 'gdpr', 'header', 'masthead', 'menu', 'modal', 'nav', 'navbar', 'navigation', 'newsletter', 'outbrain',
  'pagination', 'pager', 'popular', 'popup', 'promo', 'recirc', 'recommended', 'related', 'replies', 'reply',
  'share', 'sharing', 'sidebar', 'signup', 'social', 'sponsor', 'sponsored', 'subscribe', 'subscription', 'tags',
  'taboola', 'teaser', 'teasers', 'toolbar', 'trending', 'widget', 'widgets', 'complementary', 'contentinfo',
  'banner', 'navigation', 'search', 'meta', 'author', 'bio', 'topics', 'tools', 'print', 'login', 'more', 'mostread',
]);

const POSITIVE = new Set([
  'article', 'articlebody', 'body', 'content', 'entry', 'main', 'post', 'story', 'text', 'prose', 'blog', 'single',
]);

function tokens(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''} ${el.attribs.role ?? ''} ${el.attribs.itemprop ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** -1: the markup calls this a non-article region; +1: it calls it the article; 0: no opinion. */
export function regionHint(el: Element): -1 | 0 | 1 {
  if (el.attribs.itemprop === 'articleBody') return 1;
  if (BOILERPLATE_TAGS.has(el.name)) return -1;
  const ts = tokens(el);
  // A negative token wins over a positive one: "article-comments", "post-share", "story-related".
  if (ts.some((t) => NEGATIVE.has(t))) return -1;
  return ts.some((t) => POSITIVE.has(t)) || el.name === 'article' || el.name === 'main' ? 1 : 0;
}
