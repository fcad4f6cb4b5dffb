import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { locales } from '@/i18n/locales'
import { siteSettings } from './data/siteSettings'
import { seedContext } from './upsert'

const LOGO_FILE = 'logo.png'
const markSvg = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets', 'mark.svg')

/** The demo organisation's logo: the site's own mark (src/app/icon.svg too), drawn as a PNG upload. */
const seedLogo = async (payload: Payload): Promise<number | string> => {
  const found = await payload.find({
    collection: 'media',
    where: { filename: { equals: LOGO_FILE } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (found.docs[0]) return found.docs[0].id
  const data = await sharp(readFileSync(markSvg), { density: 384 })
    .resize(256, 256)
    .png()
    .toBuffer()
  const created = await payload.create({
    collection: 'media',
    data: { alt: siteSettings.logoAlt.en },
    file: { data, mimetype: 'image/png', name: LOGO_FILE, size: data.length },
    locale: 'en',
    overrideAccess: true,
    context: seedContext,
  })
  for (const locale of locales) {
    await payload.update({
      collection: 'media',
      id: created.id,
      data: { alt: siteSettings.logoAlt[locale] },
      locale,
      overrideAccess: true,
      context: seedContext,
    })
  }
  return created.id
}

export const seedSiteSettings = async (payload: Payload) => {
  const logo = await seedLogo(payload)
  for (const locale of locales) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: {
        shortName: siteSettings.shortName,
        organisationName: siteSettings.organisationName[locale],
        tagline: siteSettings.tagline[locale],
        // Generated types give SQLite's numeric ids; on MongoDB the id is a string.
        logo: logo as number,
      },
      overrideAccess: true,
      context: seedContext,
    })
  }
}
