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

async function loadModel(lang: 'ar' | 'en') {
  const response = await fetch(browser.runtime.getURL(`/models/ner-${lang}.json`));
  if (!response.ok) throw new Error(`The ${lang} model is missing from the extension`);
  return parseModel(await response.json());
}
