import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { translate } from '../translated'
import type { SiteSettings } from '../types'
import { type Raw, toImage } from './shared'

export const querySiteSettings = async (payload: Payload, locale: Locale): Promise<SiteSettings> => {
  const doc = (await payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 1, overrideAccess: false })) as Raw
  return {
    organisationName: translate(doc.organisationName, locale),
    shortName: doc.shortName ?? '',
    tagline: translate(doc.tagline, locale),
    logo: toImage(doc.logo, locale),
  }
}
