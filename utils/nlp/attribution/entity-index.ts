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

export class EntityIndex {
  private readonly startAt = new Map<number, EntityMatch>();
  private readonly endAt = new Map<number, EntityMatch>();
  private readonly names = new Map<string, Entity | null>();

  constructor(
    private readonly tokens: Token[],
    readonly entities: Entity[],
  ) {
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
    for (let n = Math.min(MAX_NAME_TOKENS, i + 1); n >= 1; n--) {
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
    const words = this.tokens.slice(first, last + 1).map((t) => normalizeWord(t.text));
    const exact = this.names.get(words.join(' '));
    if (exact) return exact;
    if (!allowProclitic) return undefined;
    const head = stripConjunction(words[0]);
    const withoutPreposition = words[0].replace(/^[وف]?[بلك]/, '');
    // "للقوات الجوية" is ل + "القوات الجوية": the article's alif drops after ل.
    const withArticle = words[0].replace(/^[وف]?لل/, 'ال');
    for (const variant of new Set([head, withoutPreposition, withArticle])) {
      if (variant === words[0]) continue;
      const entity = this.names.get([variant, ...words.slice(1)].join(' '));
      if (entity) return entity;
    }
    return undefined;
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
      const key = form.split(/\s+/).map(normalizeWord).join(' ');
      if (key.length < 2) continue;
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
