// The search text's folding, its highlighting ranges and its plain text from rich text.
import { describe, expect, it } from '@jest/globals'
import { foldedMatchRanges, foldForSearch } from '@/lib/search/fold'
import { lexicalPlainText } from '@/lib/search/plainText'
import { toLexical } from '@/seed/lexical'

const marked = (text: string, words: string[]) =>
  foldedMatchRanges(text, words).map(([start, end]) => text.slice(start, end))

describe('foldForSearch', () => {
  it('drops case and Latin accents, and widens nothing it should not', () => {
    expect(foldForSearch('Migración NIÑOS Über')).toBe('migracion ninos uber')
    expect(foldForSearch('ＩＭＡＤＲ　２０２６')).toBe('imadr 2026')
    expect(foldForSearch('ｶﾀｶﾅ')).toBe('カタカナ')
  })
  it('keeps Japanese voicing marks: か and が stay different', () => {
    expect(foldForSearch('が')).toBe('が')
    expect(foldForSearch('パ')).not.toBe(foldForSearch('ハ'))
  })
})

describe('foldedMatchRanges', () => {
  it('marks the original characters of accent-free, case-free matches', () => {
    expect(marked('La Migración en Perú', ['migracion', 'peru'])).toEqual(['Migración', 'Perú'])
  })
  it('marks a Japanese word inside unspaced text and merges overlaps', () => {
    expect(marked('人身取引の被害者', ['取引'])).toEqual(['取引'])
    expect(marked('abcdef', ['abc', 'cde'])).toEqual(['abcde'])
  })
  it('keeps the original text intact around full-width input', () => {
    const text = 'ＩＭＡＤＲは'
    expect(marked(text, ['imadr'])).toEqual(['ＩＭＡＤＲ'])
  })
})

describe('lexicalPlainText', () => {
  it('gives the words of every block, one per line', () => {
    const value = toLexical([
      { type: 'heading', text: 'Título' },
      { type: 'paragraph', text: 'Primer párrafo.' },
      { type: 'list', items: ['uno', 'dos'] },
    ])
    expect(lexicalPlainText(value)).toBe('Título\nPrimer párrafo.\nuno\ndos')
    expect(lexicalPlainText(null)).toBe('')
  })
})
