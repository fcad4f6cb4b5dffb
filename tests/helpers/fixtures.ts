import sharp from 'sharp'

/** A small real PNG, so uploads go through sharp like an editor's would. */
export const pngImage = async (width = 800, height = 600): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 60, b: 110 } } })
    .png()
    .toBuffer()

export const uploadFile = async (name = 'test.png') => {
  const data = await pngImage()
  return { data, mimetype: 'image/png', name, size: data.length }
}

let counter = 0
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

/** Minimal valid English data for each collection that needs no upload, published where there are drafts. */
export const validData = {
  'focus-areas': () => ({
    title: `Safe migration ${unique()}`,
    summary: 'Why safe migration matters.',
    _status: 'published' as const,
  }),
  committees: () => ({
    name: `Test committee ${unique()}`,
    code: `T${unique()
      .replace(/[^a-z]/g, '')
      .toUpperCase()
      .slice(0, 4)
      .padEnd(2, 'X')}`,
    _status: 'published' as const,
  }),
  partners: () => ({
    name: `Partner ${unique()}`,
    country: 'NG' as const,
    website: 'https://example.org/partner',
    _status: 'published' as const,
  }),
  'news-releases': () => ({
    title: `Release ${unique()}`,
    publishedAt: '2026-05-12T01:00:00.000Z',
    publishedAt_tz: 'Asia/Tokyo' as const,
    scope: 'global' as const,
    _status: 'published' as const,
  }),
  contacts: () => ({
    name: `Ana Pérez ${unique()}`,
    email: 'a.perez@example.org',
    timeZone: 'America/Argentina/Buenos_Aires',
    phones: [{ kind: 'office' as const, number: '+44 20 7946 0123' }],
    languages: ['es', 'en'],
    isPressContact: true,
  }),
  users: () => ({
    email: `user-${unique()}@example.org`,
    password: 'a-long-test-password',
    roles: ['editor' as const],
  }),
}

/** A field that each collection lets us change in an update, and a new value for it. */
export const updateOf = {
  'focus-areas': { field: 'summary', value: 'A revised summary.' },
  committees: { field: 'description', value: 'A revised description.' },
  partners: { field: 'acronym', value: 'NEWP' },
  'news-releases': { field: 'dateline', value: 'Geneva' },
  contacts: { field: 'role', value: 'Media officer' },
  users: { field: 'name', value: 'Renamed Staff' },
  media: { field: 'credit', value: 'Photo desk' },
} as const
