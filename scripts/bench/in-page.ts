/**
 * Bundled by scripts/bench-browser.ts and evaluated in a Chromium page, so Readability and Siyaq are
 * timed on the browser's own DOM, as in the extension, rather than on jsdom.
 */
import { extractMetadata } from '@/utils/extract/metadata';
import { runReadability } from '@/utils/extract/readability';
import { analyzeAttribution } from '@/utils/nlp/attribution';
import { createRecognizer, parseModel, type Recognizer } from '@/utils/nlp/ner';
import { compareOnDocument, time } from './compare';

let recognizer: Recognizer | null = null;

async function init(modelUrls: { ar: string; en: string }): Promise<void> {
  const load = async (url: string) => parseModel(await (await fetch(url)).json());
  recognizer = createRecognizer({ ar: await load(modelUrls.ar), en: await load(modelUrls.en) });
}

function run(html: string, repeats: number): { readability: number[]; siyaq: number[] } {
  if (!recognizer) throw new Error('init() first');
  return compareOnDocument(new DOMParser().parseFromString(html, 'text/html'), repeats, recognizer);
}

/** Where Siyaq's time goes on one page: each stage once, after `run` has warmed the code up. */
function stages(html: string): Record<string, number> | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let readability: ReturnType<typeof runReadability> = null;
  const times: Record<string, number> = { readability: time(() => (readability = runReadability(doc))) };
  if (!readability) return null;
  const { text } = readability;
  let language: string | null = null;
  times.metadata = time(() => (language = extractMetadata(doc, { url: null, readability, text }).language));
  let entities: ReturnType<Recognizer['recognize']> = [];
  times.ner = time(() => (entities = language === 'ar' || language === 'en' ? recognizer!.recognize(text, language) : []));
  times.attribution = time(() => analyzeAttribution(text, entities, language));
  return times;
}

Object.assign(globalThis, { siyaqBench: { init, run, stages } });
