import type { Payload } from 'payload'
import { locales } from '../src/i18n/locales'

/** The newest working embargo link, so a new user can see an embargoed release right away. */
export const printEmbargoLinks = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'embargo-links',
    where: {
      and: [
        { revoked: { not_equals: true } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const link = docs[0]
  if (!link) return
  console.log(
    `  Embargoed release, embargo link (works until ${new Date(link.expiresAt).toUTCString()}):`,
  )
  for (const locale of locales) console.log(`    ${locale}: ${link[`link_${locale}`]}`)
  console.log('')
}
