// The types that flow between stages. Dossier-facing shapes are inferred from the zod
// schemas in dossier-schema.ts so that the contract and the code cannot drift apart.
import type { z } from 'zod';
import type { ArticleClaim } from '../analyze/claims/article-claim.js';
import type {
  articleSchema,
  claimSchema,
  conflictSchema,
  dateMentionSchema,
  dossierSchema,
  driftSchema,
  entityMentionSchema,
  linkSchema,
  messageSchema,
  publishedSchema,
  quoteSchema,
  sourcePassageSchema,
  storySchema,
  updateSchema,
} from './dossier-schema.js';

export type Message = z.infer<typeof messageSchema>;
export type Published = z.infer<typeof publishedSchema>;
export type EntityMention = z.infer<typeof entityMentionSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type DateMention = z.infer<typeof dateMentionSchema>;
export type DossierArticle = z.infer<typeof articleSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Story = z.infer<typeof storySchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Dossier = z.infer<typeof dossierSchema>;
export type StoryUpdate = z.infer<typeof updateSchema>;
export type SourcePassage = z.infer<typeof sourcePassageSchema>;
export type Drift = z.infer<typeof driftSchema>;

/** Fields a structured input (JSON/JSONL) declares; they win over extracted ones. */
export interface DeclaredFields {
  id?: string;
  url?: string;
  outlet?: string;
  title?: string;
  published?: string;
  byline?: string;
}

/** What ingest hands to extract: the bytes of one document and where they came from. */
export interface RawDocument {
  /** The path or URL as the user gave it (with `#line` for JSONL items). */
  source: string;
  /** 'html' | 'text' decides the extractor; decided by ingest from extension, content type or sniffing. */
  format: 'html' | 'text';
  /** Raw bytes when the charset is still to be decided, or already-decoded text (JSON inputs). */
  body: Uint8Array | string;
  /** Charset from the HTTP Content-Type header, when fetched. */
  headerCharset?: string;
  /** The URL the document was finally fetched from, after redirects. */
  finalUrl?: string;
  declared: DeclaredFields;
  /** Problems met while reading (e.g. truncated at the size cap), carried onto the article. */
  messages: Message[];
}

/** The output of extract: clean text and metadata, before analysis. */
export type ExtractedArticle = Omit<DossierArticle, 'entities' | 'quotes' | 'dates'>;

/** A sentence of the clean text, by offsets. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** The output of the article stages: everything found in one article, with offsets into its text. */
export interface AnalyzedArticle extends DossierArticle {
  sentences: Sentence[];
  claims: ArticleClaim[];
}

/** An input that could not be read at all (dead URL, unreadable file, invalid JSON line). */
export interface IngestFailure {
  source: string;
  message: string;
  line?: number;
}
