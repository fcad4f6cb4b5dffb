import { expect } from '@jest/globals'
import { api } from './api'

// Made here, so that the workflow test's fixing of the demo's outdated translations changes nothing.
export const OUTDATED_TITLE_JA = '千葉で一斉摘発、2か所を捜索'
export const UNTRANSLATED_TITLE = 'Bonded Labour in Brick Kilns'

/**
 * Translation work for the Japanese admin to show: a release translated into Japanese whose English
 * summary was reworded since (returns its id), and a focus area in English alone.
 */
export const createTranslationWork = async (auth: Record<string, string>): Promise<number> => {
  // Translated into Japanese, then the English summary reworded: the Japanese is outdated.
  const release = await api(
    'POST',
    '/news-releases?locale=en',
    {
      title: 'Police raid two sites in Chiba',
      slug: 'police-raid-two-sites-in-chiba',
      summary: 'Police raided two sites.',
      publishedAt: new Date().toISOString(),
      publishedAt_tz: 'Asia/Tokyo',
      scope: 'country',
      _status: 'published',
    },
    auth,
  )
  expect(release.status).toBe(201)
  const id = release.body.doc.id as number
  expect(
    (
      await api(
        'PATCH',
        `/news-releases/${id}?locale=ja&draft=true`,
        { title: OUTDATED_TITLE_JA, summary: '警察が2か所を捜索した。' },
        auth,
      )
    ).status,
  ).toBe(200)
  expect(
    (
      await api(
        'PATCH',
        `/news-releases/${id}?locale=en`,
        { summary: 'Police raided two sites on Tuesday.' },
        auth,
      )
    ).status,
  ).toBe(200)
  // A focus area in English alone: its Japanese translation is missing.
  const created = await api(
    'POST',
    '/focus-areas?locale=en',
    {
      title: UNTRANSLATED_TITLE,
      slug: 'bonded-labour-in-brick-kilns',
      summary: 'Families held by debt.',
      _status: 'draft',
    },
    auth,
  )
  expect(created.status).toBe(201)
  return id
}
