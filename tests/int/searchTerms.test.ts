// The search index's terms: what a text is indexed by and what a query asks for (one tokeniser for both).
import { describe, expect, it } from '@jest/globals'
import { documentTerms, MAX_QUERY_TERMS, queryTerms } from '@/lib/search/tokens'

const asked = (query: string) =>
  queryTerms(query).map(({ text, prefix }) => (prefix ? `${text}*` : text))

describe('documentTerms', () => {
  it('folds case, accents and full-width forms, and cuts words at anything not a letter or digit', () => {
    expect(documentTerms('La Migración, en PERÚ (2026): e-mail')).toEqual([
      'la',
      'migracion',
      'en',
      'peru',
      '2026',
      'e',
      'mail',
    ])
    expect(documentTerms('ＩＭＡＤＲ　２０２６')).toEqual(['imadr', '2026'])
    expect(documentTerms('ｶﾀｶﾅ')).toEqual(['カタ', 'タカ', 'カナ', 'ナ'])
  })

  it('cuts unspaced Japanese into overlapping pairs and the last character, apart from Latin words', () => {
    expect(documentTerms('人身取引の被害者')).toEqual([
      '人身',
      '身取',
      '取引',
      '引の',
      'の被',
      '被害',
      '害者',
      '者',
    ])
    // A Latin word inside Japanese text stands alone; punctuation (・、) ends a run; ー is a letter.
    expect(documentTerms('IMADRは2026年、コーヒー・ブレイク')).toEqual([
      'imadr',
      'は',
      '2026',
      '年',
      'コー',
      'ーヒ',
      'ヒー',
      'ー',
      'ブレ',
      'レイ',
      'イク',
      'ク',
    ])
    expect(documentTerms('한국어')).toEqual(['한국', '국어', '어'])
  })

  it('keeps Japanese voicing marks and gives each term once', () => {
    expect(documentTerms('がか')).toEqual(['がか', 'か'])
    expect(documentTerms('trata TRATA Trata')).toEqual(['trata'])
    expect(documentTerms('')).toEqual([])
  })
})

describe('queryTerms', () => {
  it('asks for a word of two or more letters by its beginning, a single letter or digit as itself', () => {
    expect(asked('Migración y Trata 2')).toEqual(['migracion*', 'y', 'trata*', '2'])
    expect(asked('ＩＭＡＤＲ')).toEqual(['imadr*'])
  })

  it('asks for the pairs of a Japanese word, and a single character by the pairs it begins', () => {
    expect(asked('取引')).toEqual(['取引'])
    expect(asked('人身取引')).toEqual(['人身', '身取', '取引'])
    expect(asked('取')).toEqual(['取*'])
    expect(asked('IMADRの活動')).toEqual(['imadr*', 'の活', '活動'])
  })

  it('finds every pair of a Japanese word among the document’s terms, wherever the word stands', () => {
    const indexed = new Set(documentTerms('国際的な人身取引の被害者を支援する'))
    for (const word of ['人身取引', '取引', '被害者', '支援', '取', '者', 'る'])
      expect(
        queryTerms(word).every(({ text, prefix }) =>
          prefix ? [...indexed].some((term) => term.startsWith(text)) : indexed.has(text),
        ),
      ).toBe(true)
  })

  it('asks nothing of punctuation and wildcards, each term once, and at most MAX_QUERY_TERMS', () => {
    expect(asked('% _ * " ( ) -- ・')).toEqual([])
    expect(asked('trata trata TRATA')).toEqual(['trata*'])
    const long = queryTerms('あいうえおかきくけこさしすせそたちつてとなにぬねの')
    expect(long).toHaveLength(MAX_QUERY_TERMS)
  })
})
