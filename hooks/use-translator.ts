import { useEffect, useMemo } from 'react';
import { browser } from 'wxt/browser';
import { createTranslator, resolveLocale, type Translator } from '@/utils/i18n/translate';
import type { UiLanguage } from '@/utils/settings/settings';

/** The translator for the chosen UI language; also sets the page's lang and dir so the layout mirrors. */
export function useTranslator(uiLanguage: UiLanguage): Translator {
  const translator = useMemo(
    () => createTranslator(resolveLocale(uiLanguage, browser.i18n.getUILanguage())),
    [uiLanguage],
  );
  useEffect(() => {
    document.documentElement.lang = translator.locale;
    document.documentElement.dir = translator.dir;
    document.title = translator.t('extName');
  }, [translator]);
  return translator;
}
