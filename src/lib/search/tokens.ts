// The search index's terms, the same for what is indexed and what is asked: text is folded first
// (foldForSearch: case, accents, full-width forms), then cut into words at anything that is not a
// letter, a mark or a digit. Words of spaced scripts are terms as they are. Japanese, Chinese and
// Korean runs have no spaces to cut at, so a run becomes its overlapping pairs of characters
// (bigrams) plus its last character: any word inside unspaced text is found by its pairs.
import { foldForSearch } from './fold'

/** At most this many terms are asked for: each is one more condition on every match. */
export const MAX_QUERY_TERMS = 16

/** A term of a query: found as a whole term, or (prefix) as the beginning of one. */
export interface QueryTerm {
  text: string
  prefix: boolean
}

const CJK = '\\p{scx=Han}\\p{scx=Hira}\\p{scx=Kana}\\p{scx=Hang}'
const wordRuns = /[\p{L}\p{M}\p{N}]+/gu
// A run of letters split where it passes between unspaced (CJK) and spaced scripts: IMADRは → IMADR, は.
const scriptRuns = new RegExp(`[${CJK}]+|[^${CJK}]+`, 'gu')
const unspaced = new RegExp(`^[${CJK}]`, 'u')

/** The runs of one script in folded text, each marked spaced or not. */
const runs = (text: string): { run: string[]; cjk: boolean }[] =>
  (foldForSearch(text).match(wordRuns) ?? []).flatMap((word) =>
    (word.match(scriptRuns) ?? []).map((run) => ({ run: [...run], cjk: unspaced.test(run) })),
  )

const pairs = (chars: string[]): string[] =>
  chars.slice(0, -1).map((char, index) => char + chars[index + 1])

/** The distinct terms a text is indexed by. */
export const documentTerms = (text: string): string[] => {
  const terms = new Set<string>()
  for (const { run, cjk } of runs(text)) {
    if (!cjk) {
      terms.add(run.join(''))
      continue
    }
    for (const pair of pairs(run)) terms.add(pair)
    // The last character stands alone too; every other one begins a pair.
    terms.add(run[run.length - 1])
  }
  return [...terms]
}

/**
 * The terms a query asks for, every one required. A word of two or more letters matches the
 * beginning of a word (migra finds migración); a single letter or digit only itself. A single CJK
 * character matches any pair it begins (or a run's last character); longer CJK words ask for each
 * of their pairs, wherever they stand in the document.
 */
export const queryTerms = (query: string): QueryTerm[] => {
  const terms = new Map<string, QueryTerm>()
  const add = (text: string, prefix: boolean) => {
    if (!terms.has(text)) terms.set(text, { text, prefix })
  }
  for (const { run, cjk } of runs(query)) {
    if (!cjk) add(run.join(''), run.length >= 2)
    else if (run.length === 1) add(run[0], true)
    else for (const pair of pairs(run)) add(pair, false)
  }
  return [...terms.values()].slice(0, MAX_QUERY_TERMS)
}
