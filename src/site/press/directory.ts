// The press room's filters: by topic, region, office and language, plus free text, all from the URL.
import type { PressDirectoryEntry } from '@/content'
import { foldForSearch } from '@/lib/search/fold'

export type PressFilters = {
  topic?: string
  region?: string
  office?: string
  language?: string
  q?: string
}

export const FILTER_NAMES = ['topic', 'region', 'office', 'language', 'q'] as const
const MAX_QUERY = 100

/** The filters in a URL's query; blank values are no filter. */
export const pressFilters = (query: Record<string, string | string[] | undefined>): PressFilters =>
  Object.fromEntries(
    FILTER_NAMES.map((name) => {
      const raw = query[name]
      const value = (Array.isArray(raw) ? raw[0] : raw)
        ?.replace(/\s+/g, ' ')
        .trim()
        .slice(0, MAX_QUERY)
      return [name, value || undefined]
    }),
  )

const primary = (tag: string) => tag.split('-')[0].toLowerCase()

/** Every word of the free text must appear in the contact's name, role, office or topics. */
const matchesText = (entry: PressDirectoryEntry, q: string) => {
  const haystack = foldForSearch(
    [
      entry.name,
      entry.nameLatin,
      entry.role?.value,
      entry.office?.value,
      ...entry.topics.map((topic) => topic.title?.value),
    ]
      .filter(Boolean)
      .join('\n'),
  )
  return foldForSearch(q)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word))
}

export const filterPressDirectory = (
  entries: PressDirectoryEntry[],
  filters: PressFilters,
): PressDirectoryEntry[] =>
  entries.filter(
    (entry) =>
      (!filters.topic || entry.topics.some((topic) => topic.slug === filters.topic)) &&
      (!filters.region || entry.regions.includes(filters.region)) &&
      (!filters.office || entry.officeKey === filters.office) &&
      (!filters.language ||
        entry.languages.some((tag) => primary(tag) === primary(filters.language!))) &&
      (!filters.q || matchesText(entry, filters.q)),
  )

/** The choices each filter offers: only values some press contact has. */
export const directoryOptions = (entries: PressDirectoryEntry[]) => {
  const topics = new Map<string, PressDirectoryEntry['topics'][number]>()
  const offices = new Map<string, NonNullable<PressDirectoryEntry['office']>>()
  const regions = new Set<string>()
  const languages = new Set<string>()
  for (const entry of entries) {
    for (const topic of entry.topics) topics.set(topic.slug, topic)
    if (entry.officeKey && entry.office) offices.set(entry.officeKey, entry.office)
    for (const region of entry.regions) regions.add(region)
    for (const tag of entry.languages) languages.add(primary(tag))
  }
  return {
    topics: [...topics.values()],
    offices: [...offices.entries()].map(([key, label]) => ({ key, label })),
    regions: [...regions],
    languages: [...languages],
  }
}
