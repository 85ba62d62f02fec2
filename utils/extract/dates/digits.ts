/**
 * Folding of the character variants that dates and names are written with, so one pattern matches
 * "٢٠١٧/١٠/٠٧", "۱۳۹۹/۰۲/۲۱" and "2017/10/07", and "ارديبهشت" (Arabic yeh) the same as "اردیبهشت".
 */

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII; one character for one, so offsets survive. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    const base = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String(code - base);
  });
}

/**
 * Arabic-script letter variants folded (hamza-carrying alefs, alef maqsura, Persian yeh/keheh) and
 * tatweel and diacritics removed: "أكتوبر" and "اكتوبر", "صدى" and "صدي" compare equal.
 */
export function foldArabic(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ۀ/g, 'ه');
}
