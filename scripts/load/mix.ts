// The pages a load run requests, in turn: what readers and journalists mostly open. Slugs come from
// the demo content, so the mix fits a seeded site.
import { pathOf, slugs } from '../fuzz/site'

const japaneseQuery = encodeURIComponent('人身取引')

export const mix: string[] = [
  // Home in each language.
  '/en',
  '/ja',
  '/es',
  // Lists.
  pathOf('/news', 'en'),
  pathOf('/news', 'ja'),
  pathOf('/news', 'es'),
  `${pathOf('/news', 'en')}?page=2`,
  `${pathOf('/news', 'en')}?scope=regional&focusArea=${slugs.focusArea}`,
  pathOf('/focus-areas', 'en'),
  pathOf('/committees', 'en'),
  pathOf('/partners', 'en'),
  // Documents.
  pathOf('/news/[slug]', 'en'),
  pathOf('/news/[slug]', 'ja'),
  pathOf('/focus-areas/[slug]', 'en'),
  // Search.
  `${pathOf('/search', 'en')}?q=trafficking`,
  `${pathOf('/search', 'ja')}?q=${japaneseQuery}`,
  // The press room.
  pathOf('/press', 'en'),
  `${pathOf('/press', 'en')}?topic=${slugs.focusArea}&language=ja`,
  pathOf('/press/[slug]', 'en'),
]
