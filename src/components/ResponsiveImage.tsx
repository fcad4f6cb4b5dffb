import { preload } from 'react-dom'
import type { Image } from '@/content'
import type { Locale } from '@/i18n/locales'

/**
 * An uploaded image in the widths the layout needs (`sizes`: how wide it shows), sized by its width
 * and height attributes so nothing moves when it arrives. The page's largest image when it loads
 * (`priority`) is preloaded at high priority; any other waits until the reader scrolls near it.
 */
export function ResponsiveImage({
  image,
  locale,
  sizes,
  priority = false,
  decorative = false,
  className,
}: {
  image: Image
  locale: Locale
  sizes: string
  priority?: boolean
  /** Says nothing the text beside it does not: no alternative text. */
  decorative?: boolean
  className?: string
}) {
  // A data-cache entry written before images had widths has none: the original alone then.
  const widths = image.widths ?? []
  const srcSet = widths.length
    ? widths.map(({ url, width }) => `${url} ${width}w`).join(', ')
    : undefined
  if (priority)
    preload(image.url, {
      as: 'image',
      fetchPriority: 'high',
      imageSrcSet: srcSet,
      imageSizes: srcSet && sizes,
    })
  return (
    <img
      className={className}
      src={image.url}
      srcSet={srcSet}
      sizes={srcSet && sizes}
      alt={decorative ? '' : (image.alt?.value ?? '')}
      lang={!decorative && image.alt?.lang !== locale ? image.alt?.lang : undefined}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  )
}
