/**
 * Where the given entities sit in the token stream. The NER's mentions come first; when a mention
 * was missed, the entity's name, aliases or (for people) surname written out in the text still count,
 * so "ومضى فوتل يقول" finds جوزيف فوتل even if only the full name was tagged.
 */
import type { Entity } from '@/utils/analysis/types';
import { normalizeArabic, stripConjunction } from '@/utils/nlp/attribution/arabic-text';
import { tokenIndexAt, type Token } from '@/utils/nlp/attribution/tokens';

export interface EntityMatch {
  entity: Entity;
  /** Token indexes of the first and last token the match covers. */
  first: number;
  last: number;
}

const PROCLITICS = /^[وفبلك]{1,2}$/;
const MAX_NAME_TOKENS = 6;

// Case is kept: a surname such as "Winter" must not match the season.
export const normalizeWord = (word: string) => normalizeArabic(word).replace(/[’']s$/, '');

/** The word as written, then without an attached conjunction, preposition or ل before ال (each form once). */
function withoutProclitics(word: string): string[] {
  // "للقوات الجوية" is ل + "القوات الجوية": the article's alif drops after ل.
  return [...new Set([word, stripConjunction(word), word.replace(/^[وف]?[بلك]/, ''), word.replace(/^[وف]?لل/, 'ال')])];
}

export class EntityIndex {
  private readonly startAt = new Map<number, EntityMatch>();
  private readonly endAt = new Map<number, EntityMatch>();
  private readonly names = new Map<string, Entity | null>();
  /** First and last words of every name key: most tokens start or end none, and are refused at once. */
  private readonly firstWords = new Set<string>();
  private readonly lastWords = new Set<string>();
  private readonly words: (string | undefined)[];
  private readonly forms: (string[] | undefined)[];

  constructor(
    private readonly tokens: Token[],
    readonly entities: Entity[],
  ) {
    this.words = new Array(tokens.length);
    this.forms = new Array(tokens.length);
    for (const entity of entities) {
      for (const mention of entity.mentions) this.addMention(entity, mention.start, mention.end);
      this.addNames(entity);
    }
  }

  private sorted?: EntityMatch[];
  private persons?: EntityMatch[];

  /** Every tagged mention, in text order. */
  mentionMatches(): EntityMatch[] {
    this.sorted ??= [...this.startAt.values()].sort((a, b) => a.first - b.first);
    return this.sorted;
  }

  /** The last tagged person mention that ends before token i. */
  personBefore(i: number): EntityMatch | undefined {
    const persons = (this.persons ??= this.mentionMatches().filter((m) => m.entity.type === 'PERSON'));
    let lo = 0;
    let hi = persons.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (persons[mid].last < i) lo = mid + 1;
      else hi = mid;
    }
    return persons[lo - 1];
  }

  /** An entity whose name begins at token i (an attached proclitic such as و or ل is allowed). */
  startingAt(i: number): EntityMatch | undefined {
    const mention = this.startAt.get(i);
    if (mention) return mention;
    if (i < 0 || i >= this.tokens.length || !this.headForms(i).some((w) => this.firstWords.has(w))) return undefined;
    for (let n = Math.min(MAX_NAME_TOKENS, this.tokens.length - i); n >= 1; n--) {
      const entity = this.nameAt(i, i + n - 1, true);
      if (entity) return { entity, first: i, last: i + n - 1 };
    }
    return undefined;
  }

  /** An entity whose name ends at token i. */
  endingAt(i: number): EntityMatch | undefined {
    const mention = this.endAt.get(i);
    if (mention) return mention;
    if (i < 0 || i >= this.tokens.length) return undefined;
    // A longer name ends in its last word as written; only a one-word name may carry a proclitic here.
    const longest = this.lastWords.has(this.word(i)) ? Math.min(MAX_NAME_TOKENS, i + 1) : 1;
    for (let n = longest; n >= 1; n--) {
      const entity = this.nameAt(i - n + 1, i, true);
      if (entity) return { entity, first: i - n + 1, last: i };
    }
    return undefined;
  }

  /** The entity a bare word or phrase names, when exactly one entity has that name or surname. */
  byName(phrase: string): Entity | undefined {
    return this.names.get(phrase.split(/\s+/).map(normalizeWord).join(' ')) ?? undefined;
  }

  private nameAt(first: number, last: number, allowProclitic: boolean): Entity | undefined {
    let rest = '';
    for (let k = first + 1; k <= last; k++) rest += ` ${this.word(k)}`;
    const [head, ...variants] = this.headForms(first);
    const exact = this.names.get(head + rest);
    if (exact) return exact;
    if (!allowProclitic) return undefined;
    for (const variant of variants) {
      const entity = this.names.get(variant + rest);
      if (entity) return entity;
    }
    return undefined;
  }

  private word(i: number): string {
    return (this.words[i] ??= normalizeWord(this.tokens[i].text));
  }

  /** Token i's word, then the other forms it may take as a name's first word. */
  private headForms(i: number): string[] {
    return (this.forms[i] ??= withoutProclitics(this.word(i)));
  }

  private addMention(entity: Entity, start: number, end: number) {
    const first = this.tokenAt(start);
    const last = this.tokenAt(end - 1);
    if (first < 0 || last < 0) return;
    const prefix = this.tokens[first].text.slice(0, start - this.tokens[first].start);
    if (prefix && !PROCLITICS.test(prefix)) return;
    const match = { entity, first, last };
    const longer = (old?: EntityMatch) => !old || old.last - old.first < last - first;
    if (longer(this.startAt.get(first))) this.startAt.set(first, match);
    if (longer(this.endAt.get(last))) this.endAt.set(last, match);
  }

  private addNames(entity: Entity) {
    const forms = [entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)];
    const words = entity.name.split(/\s+/);
    if (entity.type === 'PERSON' && words.length > 1) forms.push(words[words.length - 1]);
    // Arabic news shortens a definite organisation name to its head: "المرصد" for "المرصد السوري …".
    if (entity.type === 'ORGANIZATION' && words.length > 1 && words[0].startsWith('ال')) forms.push(words[0]);
    for (const form of forms) {
      const formWords = form.split(/\s+/).map(normalizeWord);
      const key = formWords.join(' ');
      if (key.length < 2) continue;
      this.firstWords.add(formWords[0]);
      this.lastWords.add(formWords[formWords.length - 1]);
      const known = this.names.get(key);
      // Two entities sharing a surname: the bare surname names neither.
      this.names.set(key, known === undefined || known === entity ? entity : null);
    }
  }

  private tokenAt(offset: number): number {
    const i = tokenIndexAt(this.tokens, offset);
    return i < this.tokens.length && this.tokens[i].start <= offset ? i : -1;
  }
}
