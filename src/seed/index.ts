import type { Payload } from 'payload'
import { seedAdminUser, seedDemoStaff } from './adminUser'
import { seedCommittees } from './committees'
import { seedContacts } from './contacts'
import { linkFocusAreas, seedFocusAreas } from './focusAreas'
import { seedMedia } from './media'
import { seedNewsReleases } from './newsReleases'
import { seedPartners } from './partners'
import { seedSiteSettings } from './siteSettings'

type Log = (line: string) => void

/** Loads the demo content in en, ja and es. Idempotent: documents are matched by slug (media by file name). */
export const seed = async (payload: Payload, log: Log = () => {}) => {
  const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const started = Date.now()
    const result = await run()
    const count = result instanceof Map ? ` ${result.size}` : ''
    log(`  ✓ ${label}${count} (${Date.now() - started} ms)`)
    return result
  }

  await step('admin user', () => seedAdminUser(payload))
  await step('demo staff', () => seedDemoStaff(payload))
  await step('site settings', () => seedSiteSettings(payload))
  const media = await step('media', () => seedMedia(payload))
  const focusAreas = await step('focus areas', () => seedFocusAreas(payload, media))
  const partners = await step('partners', () => seedPartners(payload, focusAreas))
  const contacts = await step('contacts', () => seedContacts(payload, focusAreas))
  const committees = await step('committees', () =>
    seedCommittees(payload, { focusAreas, contacts }),
  )
  await step('focus-area links', () =>
    linkFocusAreas(payload, { focusAreas, committees, partners }),
  )
  const newsReleases = await step('news releases', () =>
    seedNewsReleases(payload, { focusAreas, committees, contacts, media }),
  )
  return { media, focusAreas, partners, contacts, committees, newsReleases }
}

/** True when the database holds no content yet (users aside). */
export const isEmpty = async (payload: Payload): Promise<boolean> => {
  const { totalDocs } = await payload.count({ collection: 'news-releases', overrideAccess: true })
  const { totalDocs: areas } = await payload.count({
    collection: 'focus-areas',
    overrideAccess: true,
  })
  return totalDocs + areas === 0
}
