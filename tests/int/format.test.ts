// Lists, as readers see them joined: each language's own separators, never a hand-written ", ".
import { describe, expect, it } from '@jest/globals'
import { formatList, formatListParts } from '@/i18n/format'

describe('formatList', () => {
  it('joins with the reader’s language’s separators', () => {
    expect(formatList(['人身取引', '移住労働者の権利', '人種差別'], 'ja')).toBe(
      '人身取引、移住労働者の権利、人種差別',
    )
    expect(formatList(['Trafficking', 'Migrant workers', 'Racism'], 'en')).toBe(
      'Trafficking, Migrant workers, and Racism',
    )
    expect(formatList(['Trata', 'Migración', 'Racismo'], 'es')).toBe('Trata, Migración y Racismo')
  })
})

describe('formatListParts', () => {
  it('places any item (a link) between the language’s separators, in order', () => {
    const links = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }]
    expect(formatListParts(links, 'ja')).toEqual([links[0], '、', links[1], '、', links[2]])
    expect(formatListParts(links, 'es')).toEqual([links[0], ', ', links[1], ' y ', links[2]])
    expect(formatListParts(links.slice(0, 2), 'en')).toEqual([links[0], ' and ', links[1]])
    expect(formatListParts([links[0]], 'ja')).toEqual([links[0]])
    expect(formatListParts([], 'ja')).toEqual([])
  })

  it('items that look like numbers are still placed, not replaced', () => {
    expect(formatListParts(['1', '0'], 'ja')).toEqual(['1', '、', '0'])
  })
})
