/**
 * Builds the lexicon baked into a model from the openly licensed gazetteers in ../shared/data and,
 * for English, Debian's wamerican-huge word list (read at training time only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconKey, type NerLanguage } from '@/utils/nlp/ner/features';
import { LexiconBit, MAX_PHRASE_TOKENS, phraseHash, phraseStartFilter, wordHash } from '@/utils/nlp/ner/lexicon';
import type { LexiconArrays } from '@/utils/nlp/ner/model';
import { tokenize } from '@/utils/nlp/tokenize';

export const SHARED_DATA = join(import.meta.dirname, '../../../shared/data');
const GAZ = join(SHARED_DATA, 'gazetteers');
export const ENGLISH_WORD_LIST = '/usr/share/dict/american-english-huge';
export const WORDNET_NOUNS = '/usr/share/wordnet/data.noun';

/** Wikidata name tokens seen at least this often are names; rarer ones are often noise or common words. */
const FREQUENT_NAME = 3;

const bit = (name: keyof typeof LexiconBit) => 1 << LexiconBit[name];

const lines = (file: string) => readFileSync(join(GAZ, file), 'utf8').split(/\r?\n/).filter(Boolean);
const tsvRows = (file: string) => lines(file).slice(1).map((line) => line.split('\t'));

const AR_PERSON_TRIGGERS = `الرئيس رئيس الرئيسة وزير الوزير وزيرة الجنرال السيد السيدة الشيخ الملك الملكة الأمير الأميرة
  الدكتور د النائب المتحدث الباحث العقيد اللواء العميد الفريق المشير الأمين السفير زعيم الزعيم الناطق المستشار العاهل القائد
  الخبير المدير مدير قال قالت أكد أضاف أوضح الإمام البابا المرشح نائب الكاتب الشاعر الفنان المطرب اللاعب المدرب الصحفي
  الرئيسان المبعوث المفوض المحامي القاضي الأستاذ البروفيسور السلطان الخليفة`;
const AR_ORG_TRIGGERS = `شركة الشركة وكالة حركة تنظيم حزب جماعة منظمة مجلس جامعة مؤسسة جمعية مركز هيئة اتحاد بنك صحيفة
  قناة وزارة لجنة معهد مجموعة نادي فريق مصرف إذاعة مجلة`;
// The Arabic news training data is from 2003 and none of the lists here covers organisations that rose
// since; these are the ones Arabic news names every day.
const AR_RECENT_ORGANIZATIONS = `داعش،تنظيم الدولة الإسلامية،الدولة الإسلامية،جبهة النصرة،هيئة تحرير الشام،طالبان،حماس،حزب الله،
  الحوثيين،أنصار الله،بوكو حرام،الشباب المجاهدين،القاعدة،قوات سوريا الديمقراطية،الحشد الشعبي،الجيش السوري الحر،الناتو،
  حلف شمال الأطلسي،فيسبوك،تويتر،غوغل،يوتيوب،تلغرام،واتساب،إنستغرام،أمازون،أبل،مايكروسوفت،الاتحاد الأوروبي،
  جامعة الدول العربية،مجلس التعاون الخليجي،منظمة الصحة العالمية،صندوق النقد الدولي،البنك الدولي،الأمم المتحدة،
  مجلس الأمن،البنتاغون،البيت الأبيض،الكرملين،الكونغرس،وكالة الاستخبارات المركزية،مكتب التحقيقات الفيدرالي`.replace(/\s*\n\s*/g, '');
const AR_PLACE_TRIGGERS = `مدينة بلدة قرية محافظة ولاية منطقة عاصمة إقليم جزيرة نهر بحر جبل مخيم حي شارع دولة بلاد مطار ميناء`;
const EN_PERSON_TRIGGERS = `mr. mrs. ms. dr. gen. col. lt. sgt. capt. gov. sen. rep. prof. mr mrs ms dr president minister
  said told says senator governor king queen prince princess ceo professor chairman spokesman spokeswoman director
  secretary judge pope saint st. sir lord lady general colonel captain coach actor singer author writer player`;
const EN_ORG_TRIGGERS = `company inc. inc corp. corp ltd. ltd university party agency ministry council association institute
  bank group committee corporation foundation club team college school department union federation church library museum
  journal newspaper hospital academy army navy court parliament congress senate assembly commission authority bureau
  society orchestra airlines league fund organization organisation network`;
const EN_PLACE_TRIGGERS = `city town village province county state river lake mount island district region capital street`;

class LexiconBuilder {
  readonly words = new Map<string, number>();
  readonly phrases = new Map<number, number>();
  readonly phraseFirstWords = new Set<number>();

  constructor(readonly lang: NerLanguage) {}

  private keys(text: string): string[] {
    const words = this.lang === 'ar' ? text.trim().split(/\s+/) : tokenize(text).map((t) => t.text);
    return words.map((w) => lexiconKey(w, this.lang)).filter(Boolean);
  }

  word(text: string, mask: number): void {
    const key = lexiconKey(text.trim(), this.lang);
    if (key) this.words.set(key, (this.words.get(key) ?? 0) | mask);
  }

  /** A name of one word goes to the word table, longer names to the phrase table. */
  name(text: string, mask: number): void {
    const keys = this.keys(text);
    if (keys.length === 1) this.word(keys[0], mask);
    else if (keys.length > 1 && keys.length <= MAX_PHRASE_TOKENS) {
      const hash = phraseHash(keys.map(wordHash), 0, keys.length);
      this.phrases.set(hash, (this.phrases.get(hash) ?? 0) | mask);
      this.phraseFirstWords.add(wordHash(keys[0]));
    }
  }

  triggers(list: string, mask: number): void {
    for (const word of list.split(/\s+/).filter(Boolean)) this.word(word, mask);
  }

  arrays(): LexiconArrays {
    // Distinct words can share a 32-bit hash; the table holds one entry per hash.
    const byHash = new Map<number, number>();
    for (const [key, mask] of this.words) byHash.set(wordHash(key), (byHash.get(wordHash(key)) ?? 0) | mask);
    const wordEntries = [...byHash];
    const phraseEntries = [...this.phrases];
    return {
      words: Uint32Array.from(wordEntries, ([h]) => h),
      wordMasks: Uint32Array.from(wordEntries, ([, m]) => m),
      phrases: Uint32Array.from(phraseEntries, ([h]) => h),
      phraseMasks: Uint32Array.from(phraseEntries, ([, m]) => m),
      phraseStarts: phraseStartFilter(this.phraseFirstWords),
    };
  }
}

interface Country {
  name: { common: string; official: string };
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
  translations: Record<string, { common: string; official: string }>;
}

const countries = () =>
  JSON.parse(readFileSync(join(GAZ, 'countries/countries-unescaped.json'), 'utf8')) as Country[];

const WIKIFANE_BITS: Record<string, number> = {
  PER: bit('listPerson'),
  LOC: bit('listPlace'),
  ORG: bit('listOrganization'),
  MISC: bit('listMisc'),
};

function arabicLexicon(): LexiconBuilder {
  const lex = new LexiconBuilder('ar');
  for (const [, ar, count] of tsvRows('wikidata-person-name-tokens-en-ar/wd_person_name_tokens_en_ar.tsv')) {
    if (ar) lex.word(ar, bit('personName') | (Number(count) >= FREQUENT_NAME ? bit('frequentPersonName') : 0));
  }
  for (const line of lines('google-translit-ar-en/ar2en.txt')) lex.word(line.split('\t')[0], bit('personName'));
  for (const file of ['male-first--names-in-arabic.txt', 'female-first-names-in-arabic.txt']) {
    for (const name of lines(`arabic-names/${file}`)) lex.word(name, bit('firstName'));
  }
  for (const name of lines('arabic-names/last-names-in-arabic.txt')) lex.word(name, bit('personName'));
  for (const [name] of tsvRows('geonames-cities15000/geonames_cities15000_ar.tsv')) lex.name(name, bit('city') | bit('place'));
  for (const country of countries()) {
    const ar = country.translations.ara;
    if (ar) for (const name of [ar.common, ar.official]) lex.name(name, bit('country') | bit('place'));
  }
  for (const [name, type] of tsvRows('wikifane-gold-entities/wikifane_gold_entities.tsv')) {
    const mask = WIKIFANE_BITS[type];
    if (!mask) continue;
    lex.name(name, mask);
    if (type === 'PER') for (const part of name.split(/\s+/)) lex.word(part, mask);
  }
  for (const name of AR_RECENT_ORGANIZATIONS.split('،')) lex.name(name, bit('organization'));
  lex.triggers(AR_PERSON_TRIGGERS, bit('personTrigger'));
  lex.triggers(AR_ORG_TRIGGERS, bit('organizationTrigger'));
  lex.triggers(AR_PLACE_TRIGGERS, bit('placeTrigger'));
  return lex;
}

function addEnglishWordList(lex: LexiconBuilder): void {
  if (!existsSync(ENGLISH_WORD_LIST)) {
    throw new Error(`${ENGLISH_WORD_LIST} is missing: apt-get install -y wamerican-huge`);
  }
  const all = readFileSync(ENGLISH_WORD_LIST, 'utf8').split('\n').filter((w) => w && !w.includes("'"));
  const lower = new Set(all.filter((w) => w === w.toLowerCase()));
  for (const word of lower) lex.word(word, bit('lowercaseWord'));
  for (const word of all) {
    if (word !== word.toLowerCase() && !lower.has(word.toLowerCase())) lex.word(word, bit('capitalisedOnly'));
  }
}

function englishLexicon(): LexiconBuilder {
  const lex = new LexiconBuilder('en');
  for (const [en, , count] of tsvRows('wikidata-person-name-tokens-en-ar/wd_person_name_tokens_en_ar.tsv')) {
    if (en && Number(count) >= 2) lex.word(en, bit('personName') | (Number(count) >= FREQUENT_NAME ? bit('frequentPersonName') : 0));
  }
  for (const line of lines('google-translit-ar-en/ar2en.txt')) {
    const en = line.split('\t')[1];
    if (en && en.length > 2) lex.word(en, bit('personName'));
  }
  for (const line of lines('ssa-first-names-en/atleast100.txt')) lex.word(line, bit('firstName'));
  for (const name of lines('arabic-names/Most-Popular-Arabic-FirstNames.txt')) lex.word(name, bit('firstName'));
  for (const name of lines('arabic-names/Most-Popular-Arabic-LastNames.txt')) lex.word(name, bit('personName'));
  for (const [name] of tsvRows('geonames-cities15000/geonames_cities15000_latin.tsv')) lex.name(name, bit('city') | bit('place'));
  for (const country of countries()) {
    for (const name of [country.name.common, country.name.official]) lex.name(name, bit('country') | bit('place'));
    for (const capital of country.capital ?? []) lex.name(capital, bit('city') | bit('place'));
    const demonyms = country.demonyms?.eng;
    if (demonyms) for (const d of [demonyms.f, demonyms.m]) lex.name(d, bit('demonym'));
  }
  for (const [name] of tsvRows('world-universities-en/world_universities.tsv')) {
    lex.name(name.replace(/^"|"$/g, ''), bit('organization'));
  }
  for (const line of lines('sp500-orgs/constituents.csv').slice(1)) {
    const name = line.split(',')[1]?.replace(/"/g, '');
    if (name) {
      lex.name(name, bit('organization'));
      lex.name(name.replace(/\s+(Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|plc|Group)$/i, ''), bit('organization'));
    }
  }
  lex.triggers(EN_PERSON_TRIGGERS, bit('personTrigger'));
  lex.triggers(EN_ORG_TRIGGERS, bit('organizationTrigger'));
  lex.triggers(EN_PLACE_TRIGGERS, bit('placeTrigger'));
  addEnglishWordList(lex);
  addWordNetNames(lex);
  return lex;
}

/** WordNet's lexicographer files (noun.group, noun.location, noun.person) by the lexicon bit of their names. */
const WORDNET_FILES: Record<number, number> = { 14: bit('listOrganization'), 15: bit('listPlace'), 18: bit('listPerson') };
const WORDNET_GROUPS = 14;

/**
 * Names from WordNet (Debian's wordnet-base; read at training time only): its instances, typed by
 * the lexicographer file they are filed under ("Einstein" a person, "Andalusia" a place; wars,
 * projects and works as MISC), and every capitalised group noun, which WordNet seldom makes an
 * instance ("United Nations"). Chosen on the English dev sets (docs/ner.md).
 */
function addWordNetNames(lex: LexiconBuilder): void {
  if (!existsSync(WORDNET_NOUNS)) throw new Error(`${WORDNET_NOUNS} is missing: apt-get install -y wordnet-base`);
  for (const line of readFileSync(WORDNET_NOUNS, 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    // "offset file pos wordCount (word lexId)* pointerCount (symbol offset pos source/target)* | gloss"
    const fields = line.split(' ');
    const file = Number(fields[1]);
    const wordCount = parseInt(fields[3], 16);
    const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i].replace(/\(.*$/, '').replace(/_/g, ' '));
    const pointerCount = Number(fields[4 + 2 * wordCount]);
    const symbols = Array.from({ length: pointerCount }, (_, i) => fields[5 + 2 * wordCount + 4 * i]);
    const instance = symbols.includes('@i');
    if (!instance && file !== WORDNET_GROUPS) continue;
    const mask = WORDNET_FILES[file] ?? bit('listMisc');
    for (const word of words) if (/^\p{Lu}/u.test(word)) lex.name(word, mask);
  }
}

export function buildLexicon(lang: NerLanguage): LexiconArrays {
  return (lang === 'ar' ? arabicLexicon() : englishLexicon()).arrays();
}

/** Lexicon bits that come from WikiFANE's own entity list: hidden on part of WikiFANE training data. */
export const WIKIFANE_LIST_BITS =
  bit('listPerson') | bit('listPlace') | bit('listOrganization') | bit('listMisc');
