import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'

/** Says, in the reader's language, that some of what follows is the English original. */
export async function FallbackNotice({ show, locale }: { show: boolean; locale: Locale }) {
  if (!show || locale === 'en') return null
  const t = await getTranslations({ locale, namespace: 'Fallback' })
  return (
    <p className="notice" role="note">
      {t('notice')}
    </p>
  )
}
