import { getTranslations } from 'next-intl/server'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'

/** A plain GET form: search works without JavaScript, and results have a shareable URL. */
export async function SearchForm({
  locale,
  defaultValue = '',
  id,
}: {
  locale: Locale
  defaultValue?: string
  id: string
}) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  return (
    <form
      role="search"
      className="search-form"
      method="get"
      action={getPathname({ locale, href: '/search' })}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('label')}
      </label>
      <input id={id} type="search" name="q" defaultValue={defaultValue} maxLength={100} />
      <button type="submit">{t('submit')}</button>
    </form>
  )
}
