import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { EmbargoBanner } from '@/components/EmbargoBanner'
import { ReleaseArticle } from '@/components/ReleaseArticle'
import { localeParams } from '@/i18n/localeParams'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { getEmbargoLink } from '@/content'

// A secret link: checked on every request (a revoked link stops at once) and never stored in a cache.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; token: string }> }

const hidden: Metadata = {
  robots: {
    index: false,
    follow: false,
    nocache: true,
    googleBot: { index: false, follow: false, noimageindex: true },
  },
  // The token is the key: it must not travel to other sites in a Referer header.
  referrer: 'no-referrer',
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, token } = await localeParams(params)
  const view = await getEmbargoLink(locale, token)
  if (!view) return hidden
  const t = await getTranslations({ locale, namespace: 'Embargo' })
  return {
    ...hidden,
    title: t('metaTitle', { title: view.release.title?.value ?? view.release.slug }),
  }
}

export default async function EmbargoLinkPage({ params }: Props) {
  const { locale, token } = await localeParams(params)
  setRequestLocale(locale)
  const view = await getEmbargoLink(locale, token)
  if (!view) notFound()
  if (view.isPublic)
    redirect(
      getPathname({
        locale,
        href: { pathname: '/news/[slug]', params: { slug: view.release.slug } },
      }),
    )
  return (
    <ReleaseArticle
      release={view.release}
      locale={locale}
      notice={
        <EmbargoBanner
          embargoUntil={view.embargoUntil}
          timeZone={view.embargoTimeZone}
          expiresAt={view.expiresAt}
          locale={locale}
        />
      }
    />
  )
}
