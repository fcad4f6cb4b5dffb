import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { inAllLocales } from '../raw'
import { translate } from '../translated'
import type { SiteSettings } from '../types'
import { toImage } from './image'

export const querySiteSettings = async (
  payload: Payload,
  locale: Locale,
): Promise<SiteSettings> => {
  const [doc] = inAllLocales('site-settings', [
    await payload.findGlobal({
      slug: 'site-settings',
      locale: 'all',
      depth: 1,
      overrideAccess: false,
    }),
  ])
  return {
    organisationName: translate(doc.organisationName, locale),
    shortName: doc.shortName ?? '',
    tagline: translate(doc.tagline, locale),
    logo: toImage(doc.logo, locale),
  }
}
