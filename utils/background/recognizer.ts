import { browser } from 'wxt/browser';
import { createRecognizer, modelLanguage, parseModel, type NerLanguage, type NerModel, type Recognizer } from '@/utils/nlp/ner';

const models = new Map<NerLanguage, Promise<NerModel>>();

/**
 * A recognizer for an article in `language`. Each model is read once per service-worker life, and
 * only when an article first needs it: a worker woken for an English page does not parse the
 * Arabic model too. The models ship in the extension, so no network is used.
 */
export async function getRecognizer(language: string | null): Promise<Recognizer> {
  const needed = language ? modelLanguage(language) : null;
  if (!needed) return createRecognizer({});
  let loading = models.get(needed);
  if (!loading) {
    loading = loadModel(needed);
    models.set(needed, loading);
    loading.catch(() => models.delete(needed));
  }
  return createRecognizer({ [needed]: await loading });
}

/** The build gzips each model (wxt.config.ts); the browser inflates it natively. */
async function loadModel(lang: NerLanguage): Promise<NerModel> {
  const response = await fetch(browser.runtime.getURL(`/models/ner-${lang}.json.gz` as '/models/ner-ar.json'));
  if (!response.ok || !response.body) throw new Error(`The ${lang} model is missing from the extension`);
  return parseModel(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json());
}
