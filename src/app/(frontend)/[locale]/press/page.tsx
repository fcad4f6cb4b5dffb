import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { FilterSelect } from '@/components/FilterSelect'
import { Pagination } from '@/components/Pagination'
import { PressContactCard } from '@/components/PressContactCard'
import { isRegion } from '@/documents/choices'
import { localeParams } from '@/i18n/localeParams'
import { Link } from '@/components/Link'
import { getPathname } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'
import { getSiteSettings, listPressContacts } from '@/content'
import { languageName } from '@/i18n/format'
import { directoryOptions, filterPressDirectory, pressFilters } from '@/site/press/directory'
import { alternatesFor, isPageNumber } from '@/site/urls'
import { organisationName } from '@/site/organisation'

// Filters come from the URL and each card shows the time now where the contact works: rendered
// per request, from the cached list of press contacts.
export const dynamic = 'force-dynamic'

// Enough to scan at a glance; a directory of thousands is narrowed with the filters or paged.
const PRESS_PAGE_SIZE = 24

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The page of the directory a URL asks for; one that cannot exist is a 404, for the title too. */
const directoryView = async (
  locale: Locale,
  query: Record<string, string | string[] | undefined>,
) => {
  const filters = pressFilters(query)
  const pageParam = Array.isArray(query.page) ? query.page[0] : query.page
  if (pageParam !== undefined && !isPageNumber(pageParam)) notFound()
  const page = pageParam ? Number(pageParam) : 1
  const all = await listPressContacts(locale)
  const contacts = filterPressDirectory(all, filters)
  const totalPages = Math.ceil(contacts.length / PRESS_PAGE_SIZE)
  if (page > Math.max(totalPages, 1)) notFound()
  return { filters, page, all, contacts, totalPages }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params)
  await directoryView(locale, await searchParams)
  const [settings, t] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'Press' }),
  ])
  return {
    title: t('title'),
    description: t('metaDescription', { organisation: organisationName(settings) }),
    alternates: alternatesFor(locale, '/press', locales),
  }
}

export default async function PressPage({ params, searchParams }: Props) {
  const { locale } = await localeParams(params)
  setRequestLocale(locale)
  const [{ filters, page, all, contacts, totalPages }, t, regionName] = await Promise.all([
    directoryView(locale, await searchParams),
    getTranslations({ locale, namespace: 'Press' }),
    getTranslations({ locale, namespace: 'Region' }),
  ])
  const options = directoryOptions(all)
  const shown = contacts.slice((page - 1) * PRESS_PAGE_SIZE, page * PRESS_PAGE_SIZE)
  const filtered = Object.values(filters).some(Boolean)
  const now = new Date()

  return (
    <div className="page press">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form
        className="filters press__filters"
        method="get"
        action={getPathname({ locale, href: '/press' })}
        aria-label={t('filters')}
      >
        <label>
          {t('text')}
          <input type="search" name="q" defaultValue={filters.q ?? ''} maxLength={100} />
        </label>
        <FilterSelect
          label={t('topic')}
          name="topic"
          value={filters.topic}
          anyLabel={t('any')}
          options={options.topics.map((topic) => ({ value: topic.slug, label: topic.title }))}
          locale={locale}
        />
        <FilterSelect
          label={t('region')}
          name="region"
          value={filters.region}
          anyLabel={t('any')}
          options={options.regions
            .filter(isRegion)
            .map((region) => ({ value: region, label: regionName(region) }))}
          locale={locale}
        />
        <FilterSelect
          label={t('office')}
          name="office"
          value={filters.office}
          anyLabel={t('any')}
          options={options.offices.map((office) => ({ value: office.key, label: office.label }))}
          locale={locale}
        />
        <FilterSelect
          label={t('language')}
          name="language"
          value={filters.language}
          anyLabel={t('any')}
          options={options.languages.map((tag) => ({
            value: tag,
            label: languageName(tag, locale),
          }))}
          locale={locale}
        />
        <button type="submit">{t('apply')}</button>
      </form>

      <p role="status" className="press__count">
        {t('count', { count: contacts.length })}
      </p>
      {contacts.length === 0 ? (
        <div className="empty">
          <p>{t('empty')}</p>
          {filtered ? <Link href="/press">{t('clearFilters')}</Link> : null}
        </div>
      ) : (
        <ul className="press__list">
          {shown.map((contact) => (
            <li key={contact.slug}>
              <PressContactCard contact={contact} locale={locale} now={now} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        locale={locale}
        page={page}
        totalPages={totalPages}
        query={{ ...filters }}
        pathname="/press"
      />
      {filtered && contacts.length > 0 ? (
        <p>
          <Link href="/press">{t('clearFilters')}</Link>
        </p>
      ) : null}
    </div>
  )
}
