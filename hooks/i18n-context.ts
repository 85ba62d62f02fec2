import { createContext, useContext } from 'react';
import { createTranslator, type Translator } from '@/utils/i18n/translate';

export const TranslatorContext = createContext<Translator>(createTranslator('en'));

export const useT = () => useContext(TranslatorContext);
