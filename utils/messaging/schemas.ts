/**
 * Run-time schemas for every message and for everything a content script hands back.
 * Types vanish at run time; a message from a compromised page or a stale extension version must
 * be refused with an error, never crash a handler.
 */
import { z } from 'zod';
import type { MessageType } from '@/utils/messaging/protocol';

// Extension pages forbid eval by CSP; without this zod probes `new Function` on first use.
z.config({ jitless: true });

const tabId = z.number().int().nonnegative();
const boundedString = (max: number) => z.string().max(max);

export const AnalyzeTabSchema = z.object({ tabId }).strict();
export const HighlightInTabSchema = z
  .object({ tabId, texts: z.array(boundedString(2_000)).max(200) })
  .strict();
export const ClearHighlightsSchema = z.object({ tabId }).strict();

export const RequestSchemas = {
  analyzeTab: AnalyzeTabSchema,
  highlightInTab: HighlightInTabSchema,
  clearHighlights: ClearHighlightsSchema,
} satisfies Record<MessageType, z.ZodType>;

export const EnvelopeSchema = z.object({
  type: z.enum(Object.keys(RequestSchemas) as [MessageType, ...MessageType[]]),
  data: z.unknown(),
});

const nullableText = (max: number) => boundedString(max).nullable();

export const ArticleMetadataSchema = z.object({
  title: nullableText(2_000),
  authors: z.array(boundedString(300)).max(50),
  publisher: nullableText(500),
  siteName: nullableText(500),
  publishedDate: nullableText(100),
  modifiedDate: nullableText(100),
  language: nullableText(35),
  direction: z.enum(['rtl', 'ltr']),
  dateline: nullableText(300),
  wireAgencies: z.array(boundedString(200)).max(50),
  issue: nullableText(100),
  page: nullableText(100),
  excerpt: nullableText(5_000),
  canonicalUrl: nullableText(8_000),
  wordCount: z.number().int().nonnegative(),
});

/** What the content script returns; its bounds match utils/extract/article.ts. */
export const ExtractionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('article'),
    url: boundedString(8_000),
    text: boundedString(400_000),
    contentHtml: boundedString(2_000_000),
    metadata: ArticleMetadataSchema,
    truncated: z.boolean(),
  }),
  z.object({
    kind: z.literal('not-article'),
    url: boundedString(8_000),
    reason: z.enum(['not-html', 'no-article', 'too-short']),
  }),
]);
