/** NLP entry point: tokenisation, language detection and named-entity recognition. */
export * from '@/utils/nlp/ner/index';
