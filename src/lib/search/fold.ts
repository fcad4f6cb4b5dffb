// Search matching that forgives what readers leave out: case, accents (niño = nino), full-width
// letters and digits, half-width katakana. Japanese voicing marks are kept: か and が differ.

// Combining diacritics of Latin, Greek and Cyrillic letters (after NFD), not the kana voicing marks.
const latinDiacritics = /[\u0300-\u036f]/g

/** The form both the stored search text and the reader's words are compared in. */
export const foldForSearch = (text: string): string =>
  text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(latinDiacritics, '')
    .normalize('NFC')
    .toLowerCase()

/**
 * Where the words occur in the original text, compared in folded form, as [start, end) ranges of
 * the original string, sorted and merged, so they can be marked without changing the text.
 */
export const foldedMatchRanges = (text: string, words: string[]): [number, number][] => {
  // Fold one character at a time and remember which original character each folded one came from.
  let folded = ''
  const origin: number[] = []
  let index = 0
  for (const char of text) {
    const f = foldForSearch(char)
    folded += f
    for (let i = 0; i < f.length; i++) origin.push(index)
    index += char.length
  }
  origin.push(text.length)
  const ranges: [number, number][] = []
  for (const word of words.map(foldForSearch).filter(Boolean)) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      const start = origin[at]
      const last = origin[at + word.length - 1]
      const end = last + (text.codePointAt(last)! > 0xffff ? 2 : 1)
      ranges.push([start, end])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const previous = merged[merged.length - 1]
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1])
    else merged.push([...range])
  }
  return merged
}
