import type { Element } from 'domhandler';

// What a page's own markup says a region is. One signal among several: the scorer weighs it against the
// region's share of the page's text, its link density and its prose (a "sidebar" class on the wrapper of
// the whole page must not throw the article away).

/** Elements whose tag names a non-article region. */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu', 'form']);

// Tokens of class/id/role values, matched as whole tokens (split on -, _, space, camelCase), never substrings.
// Strong: the region is furniture even inside the article ("article-comments", "post-share").
const STRONG = new Set([
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'advertising', 'breadcrumb', 'breadcrumbs', 'caption', 'comment',
  'comments', 'consent', 'cookie', 'cookies', 'credit', 'credits', 'disqus', 'gdpr', 'mostread', 'newsletter',
  'outbrain', 'popular', 'promo', 'recirc', 'recommended', 'related', 'replies', 'share', 'sharing', 'social',
  'sponsor', 'sponsored', 'subscribe', 'taboola', 'teaser', 'teasers', 'trending', 'bio',
]);
// Weak: usually furniture, but wrappers use these words too ("content-with-sidebar", "widget blog").
const WEAK = new Set([
  'author', 'banner', 'byline', 'complementary', 'contentinfo', 'dropdown', 'footer', 'header', 'login', 'masthead',
  'menu', 'meta', 'modal', 'more', 'nav', 'navbar', 'navigation', 'pager', 'pagination', 'popup', 'print', 'reply',
  'search', 'sidebar', 'signup', 'subscription', 'tags', 'toolbar', 'tools', 'topics', 'widget', 'widgets',
]);
// "no-share", "has-sidebar", "category-sharing", "tag-comments": the token after these describes a feature
// or a taxonomy term of the page (CMS classes), not what this element is.
const FEATURE_PREFIX = new Set(['no', 'has', 'with', 'without', 'show', 'hide', 'category', 'tag', 'format', 'type', 'status']);

const POSITIVE = new Set([
  'article', 'articlebody', 'body', 'content', 'entry', 'main', 'post', 'story', 'text', 'prose', 'blog', 'single',
]);

function tokens(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''} ${el.attribs.role ?? ''} ${el.attribs.itemprop ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t, i, all) => t && !FEATURE_PREFIX.has(all[i - 1] ?? ''));
}

/** -2: the markup calls this furniture; -1: probably furniture; +1: the article; 0: no opinion. */
export function regionHint(el: Element): -2 | -1 | 0 | 1 {
  // Classes on <html> and <body> describe the page type ("page-related", "one-sidebar"), not a region.
  if (el.name === 'body' || el.name === 'html') return 0;
  // <article> and <main> say what they are; their classes are CMS feature lists ("enable-pin-share").
  if (el.name === 'article' || el.name === 'main') return 1;
  if (el.attribs.itemprop === 'articleBody') return 1;
  const ts = tokens(el);
  if (ts.some((t) => STRONG.has(t))) return -2;
  const positive = ts.some((t) => POSITIVE.has(t)) || el.name === 'article' || el.name === 'main';
  if (BOILERPLATE_TAGS.has(el.name) || (!positive && ts.some((t) => WEAK.has(t)))) return -1;
  return positive ? 1 : 0;
}
