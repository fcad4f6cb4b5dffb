import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { PressContacts } from '@/components/blocks/PressContacts'
import { DocumentHeading } from '@/components/DocumentHeading'
import { FocusAreaLinks } from '@/components/FocusAreaLinks'
import { Text } from '@/components/Text'
import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import { getCommittee } from '@/content'
import { documentMetadata } from '@/site/metadata'
import { alternatesFor } from '@/site/urls'
import { localeParams } from '@/i18n/localeParams'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Rendered on first request, then cached (see the layout).
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await localeParams(params)
  const committee = await getCommittee(locale, slug)
  if (!committee) notFound()
  return documentMetadata({
    locale,
    seo: committee.seo,
    title: committee.name,
    description: committee.description,
    alternates: alternatesFor(
      locale,
      { pathname: '/committees/[slug]', params: { slug } },
      committee.availableLocales,
    ),
  })
}

export default async function CommitteePage({ params }: Props) {
  const { locale, slug } = await localeParams(params)
  setRequestLocale(locale)
  const [committee, t, region] = await Promise.all([
    getCommittee(locale, slug),
    getTranslations({ locale, namespace: 'Committees' }),
    getTranslations({ locale, namespace: 'Region' }),
  ])
  if (!committee) notFound()
  return (
    <article className="page">
      <DocumentHeading
        locale={locale}
        kind="committees"
        title={committee.name}
        fallbackLang={committee.fallbackLang}
        slug={slug}
      />
      <dl className="release__facts">
        <div>
          <dt>{t('region')}</dt>
          <dd>{committee.region ? region(committee.region as never) : '—'}</dd>
        </div>
      </dl>
      <Text as="p" className="lead" value={committee.description} locale={locale} />

      {committee.work.length > 0 ? (
        <section aria-labelledby="work">
          <h2 id="work">{t('work')}</h2>
          {committee.work.map((item) => (
            <div key={item.focusArea.slug} className="activity">
              <h3>
                <Link
                  href={{ pathname: '/focus-areas/[slug]', params: { slug: item.focusArea.slug } }}
                >
                  <Text value={item.focusArea.title} locale={locale} />
                </Link>
              </h3>
              <Text as="p" value={item.text} locale={locale} />
            </div>
          ))}
        </section>
      ) : null}

      <FocusAreaLinks
        areas={committee.focusAreas}
        locale={locale}
        heading={t('focusAreas')}
        id="committee-areas"
      />

      <PressContacts contacts={committee.contacts} locale={locale} heading={t('contacts')} />
    </article>
  )
}
