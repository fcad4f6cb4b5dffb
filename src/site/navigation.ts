import { committees, focusAreas, newsReleases, partners, pressContacts } from '@/documents/kinds'

/** The site's sections, in the order the header and the footer list them: each kind's list page. */
export const siteSections = [focusAreas, newsReleases, committees, partners, pressContacts].map(
  ({ section, list }) => ({ key: section, href: list }),
)
