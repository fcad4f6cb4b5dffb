// What staff read in the admin, in each admin language: dates in the language's own format, the
// publish button naming the language in the admin's language, an embargo with its time and zone,
// and the translation panel's times to the second.
import { describe, expect, it } from '@jest/globals'
import { getTranslation, initI18n, type I18nClient } from '@payloadcms/translations'
import { formatDate } from '@payloadcms/ui/shared'
import type { SanitizedConfig } from 'payload'
import { locales, type Locale } from '@/i18n/locales'
import { embargoUntilText } from '@/admin/embargo'
import { formatDateTime } from '@/i18n/dateTime'
import { changedSinceTranslation } from '@/documents/translationStatus'

const config: SanitizedConfig = await (await import('@payload-config')).default
const i18nFor = async (language: Locale) =>
  (await initI18n({ config: config.i18n, context: 'client', language })) as unknown as I18nClient

describe('admin dates', () => {
  // A wall-clock time in the process's own zone, as the admin formats dates in the browser's.
  const date = new Date(2026, 11, 2, 3, 56)

  it.each([
    ['ja', '2026年12月2日 3:56'],
    ['es', '2 de diciembre de 2026 a las 03:56'],
    ['en', 'December 2nd, 2026 at 3:56 AM'],
  ] as const)('read in %s word order: %s', async (language, expected) => {
    expect(
      formatDate({ date, i18n: await i18nFor(language), pattern: config.admin.dateFormat }),
    ).toBe(expected)
  })
})

describe('the publish button', () => {
  it.each([
    ['ja', 'en', '英語で公開する'],
    ['ja', 'es', 'スペイン語で公開する'],
    ['ja', 'ja', '日本語で公開する'],
    ['es', 'en', 'Publicar en inglés'],
    ['en', 'ja', 'Publish in Japanese'],
  ] as const)('in the %s admin, editing %s, reads %s', async (language, locale, expected) => {
    const i18n = await i18nFor(language)
    const label = config.localization
      ? config.localization.locales.find((candidate) => candidate.code === locale)?.label
      : undefined
    expect(label).toBeDefined()
    // As Payload's PublishButton builds it.
    expect(i18n.t('version:publishIn', { locale: getTranslation(label ?? '', i18n) })).toBe(
      expected,
    )
  })

  it('has a label for every locale in every admin language', () => {
    const labels = config.localization
      ? config.localization.locales.map((locale) => locale.label)
      : []
    expect(labels).toHaveLength(locales.length)
    for (const label of labels) expect(Object.keys(label).sort()).toEqual([...locales].sort())
  })
})

describe('the embargo mark', () => {
  // The demo's embargo: 10:00 in Buenos Aires (UTC-3) on 16 December.
  const release = {
    embargoUntil: '2026-12-16T13:00:00.000Z',
    embargoUntil_tz: 'America/Argentina/Buenos_Aires' as const,
  }
  const before = new Date('2026-12-02T03:56:00Z')

  it.each([
    ['en', 'Embargoed until December 16, 2026 at 10:00 AM Argentina Standard Time'],
    ['ja', '報道解禁前（2026年12月16日 10:00 アルゼンチン標準時まで）'],
    ['es', 'Embargo hasta el 16 de diciembre de 2026 a las 10:00 hora estándar de Argentina'],
  ] as const)('names the time in the embargo’s own zone, in %s', async (language, expected) => {
    const until = embargoUntilText(release, language, before)
    expect(until).not.toBeNull()
    expect((await i18nFor(language)).t('beacon:embargoedUntil' as never, { until })).toBe(expected)
  })

  it('is gone once the embargo has passed, and absent without one', () => {
    expect(embargoUntilText(release, 'ja', new Date('2026-12-16T13:00:00.000Z'))).toBeNull()
    expect(embargoUntilText({ embargoUntil: null }, 'ja', before)).toBeNull()
    expect(embargoUntilText(undefined, 'ja', before)).toBeNull()
  })

  it('falls back to the field’s default zone, named, when none is stored', () => {
    expect(embargoUntilText({ embargoUntil: release.embargoUntil }, 'en', before)).toBe(
      'December 16, 2026 at 10:00 PM Japan Standard Time',
    )
  })
})

describe('the translation panel', () => {
  it('tells apart two saves in the same minute, with a named zone', () => {
    const zone = 'Asia/Tokyo'
    expect(
      formatDateTime('2026-12-02T03:56:07.120Z', zone, 'ja', { zoneName: 'long', seconds: true }),
    ).toBe('2026年12月2日 12時56分07秒 日本標準時')
    expect(
      formatDateTime('2026-12-02T03:56:41.000Z', zone, 'en', { zoneName: 'long', seconds: true }),
    ).toBe('December 2, 2026 at 12:56:41 PM Japan Standard Time')
  })

  it('lists the English fields changed since the translation was saved, oldest change first', () => {
    const record = {
      sourceChangedAt: '2026-12-02T03:56:41.000Z',
      sourceFieldsChangedAt: {
        title: '2026-11-01T00:00:00.000Z',
        body: '2026-12-02T03:56:41.000Z',
        summary: '2026-12-02T03:56:20.000Z',
      },
      savedAt: { ja: '2026-12-02T03:56:07.000Z' },
      hasText: { ja: true, es: true },
    }
    expect(changedSinceTranslation(record, 'ja')).toEqual(['summary', 'body'])
    expect(changedSinceTranslation(record, 'es')).toEqual(['title', 'summary', 'body'])
    expect(changedSinceTranslation({ hasText: { ja: true } }, 'ja')).toEqual([])
  })
})
