import type { Metadata } from 'next'
import type { Locale } from '@/i18n/locales'
import type { Image, Seo, Translated } from '@/content'

/** The first value really written in the reader's language; failing that, the first there is. */
export const preferTranslated = (...values: (Translated | undefined)[]): Translated | undefined =>
  values.find((value) => value && !value.isFallback) ?? values.find(Boolean)

/** Title, description and Open Graph for a document page: the editor's SEO fields, else the content's own. */
export const documentMetadata = ({
  locale,
  seo,
  title,
  description,
  image,
  alternates,
  type = 'website',
  publishedTime,
}: {
  locale: Locale
  seo: Seo
  title: Translated | undefined
  description: Translated | undefined
  image?: Image
  alternates: Metadata['alternates']
  type?: 'website' | 'article'
  publishedTime?: string
}): Metadata => {
  const metaTitle = preferTranslated(seo.title, title)?.value
  const metaDescription = preferTranslated(seo.description, description)?.value
  const ogImage = seo.image ?? image
  return {
    title: metaTitle,
    description: metaDescription,
    alternates,
    openGraph: {
      type,
      locale,
      title: metaTitle,
      description: metaDescription,
      ...(publishedTime ? { publishedTime } : {}),
      images: ogImage ? [{ url: ogImage.url, alt: ogImage.alt?.value }] : undefined,
    },
  }
}
