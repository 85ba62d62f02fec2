import { browser } from 'wxt/browser';
import { createRecognizer, parseModel, type Recognizer } from '@/utils/nlp/ner';

let loading: Promise<Recognizer> | null = null;

/** Models are read once per service-worker life; they ship in the extension, so no network is used. */
export function getRecognizer(): Promise<Recognizer> {
  loading ??= Promise.all([loadModel('ar'), loadModel('en')]).then(([ar, en]) => createRecognizer({ ar, en }));
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The build gzips each model (wxt.config.ts); the browser inflates it natively. */
async function loadModel(lang: 'ar' | 'en') {
  const response = await fetch(browser.runtime.getURL(`/models/ner-${lang}.json.gz` as '/models/ner-ar.json'));
  if (!response.ok || !response.body) throw new Error(`The ${lang} model is missing from the extension`);
  return parseModel(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json());
}
