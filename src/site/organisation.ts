import type { SiteSettings } from '@/content'

/** The organisation's name as the site shows it: in the reader's language, else its short name. */
export const organisationName = (settings: SiteSettings): string =>
  settings.organisationName?.value ?? settings.shortName
