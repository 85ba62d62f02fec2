import { loadModel } from '@/utils/nlp/ner/load-model.node.ts';
import { splitSentences, tokenize } from '@/utils/nlp/tokenize';
import { tagDocument } from '@/utils/nlp/ner/document';
const text = process.argv[2];
const model = loadModel(process.argv[3] as 'ar');
console.log(model.documentConsistency, model.meta);
const sents = splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.text));
const tags = tagDocument(model, sents);
sents.forEach((s, i) => console.log(s.map((w, k) => tags[i][k] === 'O' ? w : `${w}/${tags[i][k]}`).join(' ')));
