import { Link } from '@/components/Link'
import { getTranslations } from 'next-intl/server'
import type { ComponentProps } from 'react'
import type { Locale } from '@/i18n/locales'
import { absoluteUrl } from '@/i18n/navigation'
import { JsonLd } from './JsonLd'

type Href = ComponentProps<typeof Link>['href']

export interface Crumb {
  name: string
  href: Href
  lang?: string
}

/** Home > … > current page, with the same trail as BreadcrumbList structured data. */
export async function Breadcrumbs({
  locale,
  trail,
  current,
}: {
  locale: Locale
  trail: Crumb[]
  current: { name: string; lang?: string }
}) {
  const t = await getTranslations({ locale, namespace: 'Breadcrumb' })
  const items = trail.map((crumb, i) => ({
    '@type': 'ListItem',
    position: i + 1,
    name: crumb.name,
    item: absoluteUrl(locale, crumb.href as Parameters<typeof absoluteUrl>[1]),
  }))
  items.push({
    '@type': 'ListItem',
    position: trail.length + 1,
    name: current.name,
    item: undefined as unknown as string,
  })
  return (
    <nav aria-label={t('label')} className="breadcrumbs">
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.name}>
            <Link href={crumb.href} lang={crumb.lang}>
              {crumb.name}
            </Link>
          </li>
        ))}
        <li aria-current="page" lang={current.lang}>
          {current.name}
        </li>
      </ol>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: items,
        }}
      />
    </nav>
  )
}
