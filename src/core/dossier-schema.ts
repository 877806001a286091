// The dossier contract, schema version 1. The zod schemas are the single source:
// the TypeScript types are inferred from them and `npm run schema` writes the JSON Schema
// in schema/dossier.schema.json from them.
import { z } from 'zod';

export const messageSchema = z.object({
  rule: z.string().describe('Stable id of the rule that produced the message, e.g. "boilerplate-removed".'),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  text: z.string().optional().describe('The text concerned, e.g. the removed boilerplate.'),
  line: z.number().int().optional().describe('1-based line in the source, where it applies.'),
});

export const publishedFromSchema = z.enum(['jsonld', 'meta', 'time', 'url', 'text', 'declared', 'inferred']);

export const publishedSchema = z.object({
  value: z.string().nullable().describe("'YYYY-MM-DD' or an ISO date-time, or null"),
  from: publishedFromSchema.nullable(),
});

const spanFields = {
  start: z.number().int().nonnegative().describe('Offset of the first character in the article text.'),
  end: z.number().int().nonnegative().describe('Offset just past the last character in the article text.'),
};

export const entityTypeSchema = z.enum(['person', 'organization', 'place', 'country']);

export const entityMentionSchema = z.object({
  name: z.string().describe('Canonical name, shared by all variants of the same entity.'),
  type: entityTypeSchema,
  ...spanFields,
  text: z.string(),
  role: z.string().optional().describe('A title or role given with the name, kept apart from it.'),
  linkedTo: z.string().optional().describe('Canonical name of a related entity, e.g. the country of a capital used as its government.'),
});

export const quoteSchema = z.object({
  text: z.string(),
  ...spanFields,
  speaker: z.string().nullable(),
  speakerText: z.string().nullable().describe('The words that name the speaker where the quote is attributed.'),
  cue: z.string().nullable(),
  kind: z.enum(['full', 'partial']),
});

export const dateMentionSchema = z.object({
  text: z.string(),
  ...spanFields,
  value: z.string().describe('TIMEX3 value: 2024-06-19, 2024-06, 2024, PAST_REF, ...'),
  anchor: z.enum(['published', 'text', 'none']).describe('What a relative expression was resolved against.'),
  stated: z.array(z.string()).optional(),
  inferred: z.array(z.string()).optional(),
});

export const articleSchema = z.object({
  id: z.string().describe('Stable id derived from the content.'),
  source: z.string().describe('The path or URL as given.'),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  published: publishedSchema,
  language: z.string().nullable(),
  text: z.string().describe('The clean body, paragraphs separated by a blank line.'),
  messages: z.array(messageSchema),
  entities: z.array(entityMentionSchema),
  quotes: z.array(quoteSchema),
  dates: z.array(dateMentionSchema),
});

export const passageSchema = z.object({
  aStart: z.number().int(),
  aEnd: z.number().int(),
  bStart: z.number().int(),
  bEnd: z.number().int(),
});

export const changeSchema = z.object({
  kind: z.string().describe('hedge-removed, hedge-added, word-changed, number-changed, quote-altered, ...'),
  from: z.string(),
  to: z.string(),
  aStart: z.number().int(),
  bStart: z.number().int(),
});

export const linkSchema = z.object({
  a: z.string(),
  b: z.string(),
  kind: z.enum(['exact', 'near-duplicate', 'rewrite']),
  similarity: z.number(),
  original: z.string().nullable(),
  evidence: z.array(passageSchema),
  changes: z.array(changeSchema),
  reason: z.string().optional().describe('Why the pair was linked and why `original` was chosen (scores, coverage, dates).'),
});

export const storyEntitySchema = z.object({
  name: z.string(),
  type: entityTypeSchema,
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  articleIds: z.array(z.string()),
  mentions: z.number().int(),
});

export const sourcePassageSchema = z.object({
  articleId: z.string(),
  text: z.string(),
  ...spanFields,
});

export const storyQuoteSchema = z.object({
  text: z.string(),
  speaker: z.string().nullable(),
  variants: z.array(sourcePassageSchema),
});

export const timelineEntrySchema = z.object({
  date: z.string(),
  text: z.string(),
  articleIds: z.array(z.string()),
  background: z.boolean().describe('True for historical context, false for the story\'s own events.'),
});

export const claimSchema = z.object({
  id: z.string(),
  text: z.string(),
  status: z.enum(['corroborated', 'single-source', 'contested']),
  articleIds: z.array(z.string()),
  independentSources: z.number().int(),
  evidence: z.array(sourcePassageSchema),
});

export const conflictSchema = z.object({
  id: z.string(),
  kind: z.enum(['number', 'date', 'polarity', 'attribute', 'attribution']),
  about: z.string(),
  a: sourcePassageSchema,
  b: sourcePassageSchema,
  note: z.string(),
  open: z.array(sourcePassageSchema).optional().describe('Passages on the same point that say it is unclear.'),
});

export const updateSchema = z.object({
  about: z.string(),
  earlier: sourcePassageSchema,
  later: sourcePassageSchema,
  note: z.string().describe('A figure that changed between reports published at different times: an update, not a conflict.'),
});

export const driftSchema = z.object({
  linkA: z.string(),
  linkB: z.string(),
  original: sourcePassageSchema.describe('The wording in the article judged original (or in link.a when undecided).'),
  rewrite: sourcePassageSchema,
  changes: z.array(changeSchema.pick({ kind: true, from: true, to: true })).describe('What the rewrite changed in the claim.'),
});

export const copyGroupSchema = z.object({
  original: z.string().nullable(),
  copies: z.array(z.object({ articleId: z.string(), kind: linkSchema.shape.kind })),
});

export const storySchema = z.object({
  id: z.string(),
  title: z.string(),
  articleIds: z.array(z.string()),
  related: z.array(z.string()),
  independentSources: z.number().int(),
  copyGroups: z.array(copyGroupSchema),
  reason: z.string().optional().describe('Why these articles were grouped: the similarity each joined with.'),
  entities: z.array(storyEntitySchema),
  quotes: z.array(storyQuoteSchema),
  timeline: z.array(timelineEntrySchema),
  claims: z.array(claimSchema),
  conflicts: z.array(conflictSchema),
  updates: z.array(updateSchema).optional(),
  drift: z.array(driftSchema).optional(),
});

export const dossierSchema = z.object({
  schemaVersion: z.literal(1),
  generatedAt: z.string(),
  articles: z.array(articleSchema),
  links: z.array(linkSchema),
  stories: z.array(storySchema),
  failures: z
    .array(z.object({ source: z.string(), message: z.string(), line: z.number().int().optional() }))
    .describe('Inputs that could not be read at all; each is also reported on stderr.'),
});
