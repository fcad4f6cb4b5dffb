import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { languageNames } from '@/lib/intl'

/** Says, in the reader's language, that some of what follows is shown in another language, and which. */
export async function FallbackNotice({
  shownIn,
  locale,
}: {
  shownIn: Locale | null
  locale: Locale
}) {
  if (!shownIn || shownIn === locale) return null
  const t = await getTranslations({ locale, namespace: 'Fallback' })
  return (
    <p className="notice" role="note">
      {t('notice', { language: languageNames(locale).of(shownIn) ?? shownIn })}
    </p>
  )
}
