// translationState: the state of one language read from a translation status record.
import { describe, expect, it } from '@jest/globals'
import { translationState } from '@/documents/translationStatus'

describe('translationState', () => {
  it('reads a record, tolerating records from before tracking began', () => {
    expect(translationState(null, 'ja')).toBe('missing')
    expect(translationState({ hasText: { ja: true } }, 'ja')).toBe('current')
    expect(
      translationState({ hasText: { ja: true }, sourceChangedAt: '2026-01-02T00:00:00Z' }, 'ja'),
    ).toBe('outdated')
    expect(
      translationState(
        {
          hasText: { ja: true },
          sourceChangedAt: '2026-01-02T00:00:00Z',
          savedAt: { ja: '2026-01-01T00:00:00Z' },
        },
        'ja',
      ),
    ).toBe('outdated')
    expect(
      translationState(
        {
          hasText: { ja: true },
          sourceChangedAt: '2026-01-02T00:00:00Z',
          savedAt: { ja: '2026-01-03T00:00:00Z' },
        },
        'ja',
      ),
    ).toBe('current')
  })
})
