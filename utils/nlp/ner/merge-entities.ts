/**
 * Groups mentions into entities: a shorter mention whose words are a run inside a longer mention of
 * the same type names the same thing ("فوتل" in "جوزيف فوتل", "Obama" in "Barack Obama").
 * Places are the exception: "Sudan" is not "South Sudan", nor "سوريا" "شمال سوريا", so a place
 * joins only the same name.
 */
import type { Entity } from '@/utils/analysis/types';
import type { TypedMention } from '@/utils/nlp/ner/mentions';

// Head nouns that describe an organisation rather than name it: "تنظيم داعش" is Daesh, while
// "مركز كويليام" is the Quilliam Centre's name.
const DESCRIPTORS = new Set(['تنظيم', 'حركه', 'جماعه', 'ميليشيا', 'the']);

const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

function containsRun(haystack: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, k) => haystack[i + k] === w)) return true;
  }
  return false;
}

interface Group {
  /** Creation order: among equally near candidates, the first-made group wins. */
  order: number;
  mentions: TypedMention[];
  /** Distinct word lists of the mentions, and their joined keys. */
  forms: string[][];
  formKeys: Set<string>;
}

function canonicalName(group: Group): string {
  const fullest = [...group.mentions].sort((a, b) => b.words.length - a.words.length || a.start - b.start)[0];
  if (fullest.words.length > 1 && DESCRIPTORS.has(fullest.words[0])) return fullest.text.replace(/^\S+\s+/, '');
  return fullest.text;
}

function addForm(group: Group, words: string[], byWord: Map<string, Set<Group>>, type: string): void {
  const key = words.join(' ');
  if (group.formKeys.has(key)) return;
  group.formKeys.add(key);
  group.forms.push(words);
  for (const word of words) {
    const groups = byWord.get(`${type} ${word}`) ?? new Set();
    byWord.set(`${type} ${word}`, groups.add(group));
  }
}

export function mergeMentions(mentions: TypedMention[]): Entity[] {
  const groups: Group[] = [];
  // Groups by type and word: a group can only take a mention whose first word one of its forms has.
  const byWord = new Map<string, Set<Group>>();
  const ordered = [...mentions].sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const mention of ordered) {
    const candidates = [...(byWord.get(`${mention.type} ${mention.words[0]}`) ?? [])]
      .filter((g) => g.forms.some((form) => (mention.type === 'LOCATION' ? sameWords(form, mention.words) : containsRun(form, mention.words))))
      .sort((a, b) => a.order - b.order);
    // An ambiguous short form ("Smith" with two Smiths) goes to the entity mentioned last before it.
    const nearest = (g: Group) => Math.max(...g.mentions.map((m) => (m.start <= mention.start ? m.start : -1)));
    const target = candidates.sort((a, b) => nearest(b) - nearest(a))[0];
    if (target) {
      target.mentions.push(mention);
      addForm(target, mention.words, byWord, mention.type);
    } else {
      const group: Group = { order: groups.length, mentions: [mention], forms: [], formKeys: new Set() };
      addForm(group, mention.words, byWord, mention.type);
      groups.push(group);
    }
  }
  return groups
    .map((group) => {
      const sorted = [...group.mentions].sort((a, b) => a.start - b.start);
      const name = canonicalName(group);
      const aliases = [...new Set(sorted.map((m) => m.text))].filter((t) => t !== name);
      const entity: Entity = {
        type: sorted[0].type,
        name,
        mentions: sorted.map(({ text, start, end }) => ({ text, start, end })),
        aliases,
        role: null,
      };
      return entity;
    })
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
