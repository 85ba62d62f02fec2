/** CoNLL exact-match entity scoring: an entity counts only when its span and type are both right. */
import { spans } from './conll';

export interface TypeScore {
  p: number;
  r: number;
  f1: number;
}

export interface Score extends TypeScore {
  perType: Record<string, TypeScore>;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

function prf({ tp, fp, fn }: Counts): TypeScore {
  const p = tp + fp ? (100 * tp) / (tp + fp) : 0;
  const r = tp + fn ? (100 * tp) / (tp + fn) : 0;
  return { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
}

export function scoreEntities(gold: string[][], predicted: string[][], types?: Set<string>): Score {
  const counts = new Map<string, Counts>();
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const bucket = (type: string) => {
    if (!counts.has(type)) counts.set(type, { tp: 0, fp: 0, fn: 0 });
    return counts.get(type)!;
  };
  for (let s = 0; s < gold.length; s++) {
    const keep = (e: { type: string }) => !types || types.has(e.type);
    const goldSpans = spans(gold[s]).filter(keep);
    const predSpans = spans(predicted[s]).filter(keep);
    const key = (e: { start: number; end: number; type: string }) => `${e.start}:${e.end}:${e.type}`;
    const goldKeys = new Set(goldSpans.map(key));
    const predKeys = new Set(predSpans.map(key));
    for (const e of predSpans) {
      const hit = goldKeys.has(key(e));
      bucket(e.type)[hit ? 'tp' : 'fp']++;
      total[hit ? 'tp' : 'fp']++;
    }
    for (const e of goldSpans) {
      if (predKeys.has(key(e))) continue;
      bucket(e.type).fn++;
      total.fn++;
    }
  }
  const perType: Record<string, TypeScore> = {};
  for (const type of [...counts.keys()].sort()) perType[type] = prf(counts.get(type)!);
  return { ...prf(total), perType };
}

/**
 * Recall on gold entities whose normalised surface form never occurs as an entity in training:
 * the number that says whether the model generalises or memorises.
 */
export function unseenRecall(
  gold: string[][],
  predicted: string[][],
  words: string[][],
  seen: Set<string>,
  normalise: (word: string) => string,
): { unseen: number; unseenRecall: number; seenRecall: number } {
  let unseen = 0;
  let unseenHit = 0;
  let seenCount = 0;
  let seenHit = 0;
  for (let s = 0; s < gold.length; s++) {
    const predKeys = new Set(spans(predicted[s]).map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const e of spans(gold[s])) {
      const surface = words[s].slice(e.start, e.end).map(normalise).join(' ');
      const hit = predKeys.has(`${e.start}:${e.end}:${e.type}`);
      if (seen.has(surface)) {
        seenCount++;
        if (hit) seenHit++;
      } else {
        unseen++;
        if (hit) unseenHit++;
      }
    }
  }
  return {
    unseen,
    unseenRecall: round(unseen ? (100 * unseenHit) / unseen : 0),
    seenRecall: round(seenCount ? (100 * seenHit) / seenCount : 0),
  };
}
