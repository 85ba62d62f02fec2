/**
 * On-device named-entity recognition for Arabic and English.
 *
 * Browser (popup, offscreen document, worker):
 *   const json = await (await fetch(browser.runtime.getURL('/models/ner-ar.json'))).json();
 *   const recognizer = createRecognizer({ ar: parseModel(json) });
 *   recognizer.recognize(text, 'ar');
 * Node (scripts, tests): `loadRecognizer()` from '@/utils/nlp/ner/load-model.node.ts'.
 */
export { createRecognizer, recognizeWith, modelLanguage, type Recognizer } from '@/utils/nlp/ner/recognizer';
export { parseModel, type NerModel, type NerModelJson } from '@/utils/nlp/ner/model';
export type { NerLanguage } from '@/utils/nlp/ner/features';
export { tokenize, splitSentences, type Token } from '@/utils/nlp/tokenize';
export { detectLanguage } from '@/utils/nlp/language';
