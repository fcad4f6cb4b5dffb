import type { Payload } from 'payload'
import { locales } from '@/i18n/locales'
import { siteSettings } from './data/siteSettings'
import { seedContext } from './upsert'

export const seedSiteSettings = async (payload: Payload) => {
  for (const locale of locales) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: {
        shortName: siteSettings.shortName,
        organisationName: siteSettings.organisationName[locale],
        tagline: siteSettings.tagline[locale],
      },
      overrideAccess: true,
      context: seedContext,
    })
  }
}
