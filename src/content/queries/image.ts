import { responsiveWidths, widthSizeName } from '@/documents/imageWidths'
import type { Locale } from '@/i18n/locales'
import { sitePath } from '@/lib/siteUrl'
import type { MediaDoc } from '../raw'
import { translate } from '../translated'
import type { Image } from '../types'
import { populatedOne } from './read'

/** The image's WebP widths that were made (none for a file smaller than a width, or not an image). */
const widthsOf = (doc: MediaDoc): Image['widths'] => {
  const widths = responsiveWidths.flatMap((width) => {
    const size = doc.sizes?.[widthSizeName(width)]
    return size?.url && size.width ? [{ url: sitePath(size.url), width: size.width }] : []
  })
  // An original narrower than the widest size is the sharpest there is: offered too. A wider one
  // is not, or a 3x phone would download it whole.
  const widest = responsiveWidths[responsiveWidths.length - 1]
  if (widths.length > 0 && doc.url && doc.width && doc.width < widest)
    widths.push({ url: sitePath(doc.url), width: doc.width })
  return widths
}

export const toImage = (
  media: number | MediaDoc | null | undefined,
  locale: Locale,
): Image | undefined => {
  const doc = populatedOne(media)
  if (!doc?.url) return undefined
  return {
    url: sitePath(doc.url),
    alt: translate(doc.alt, locale),
    width: doc.width ?? null,
    height: doc.height ?? null,
    widths: widthsOf(doc),
  }
}
