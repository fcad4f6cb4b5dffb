import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { QueryTerm } from '@/lib/search/tokens'
import { searchStore } from './stores'
import type { Hit, TierQuery } from './store'

/**
 * One stretch of the documents whose text in `locale` holds every term, ranked: those with every
 * term in the title first, then the others, each newest first; with how many match in all. The
 * index counts the matches and reads only the stretch asked for, however many match.
 */
export const searchIndex = async (
  payload: Payload,
  locale: Locale,
  terms: QueryTerm[],
  { offset, limit, now = new Date() }: { offset: number; limit: number; now?: Date },
): Promise<{ hits: Hit[]; total: number }> => {
  if (!terms.length) return { hits: [], total: 0 }
  const store = searchStore(payload)
  const query = (tier: TierQuery['tier']): TierQuery => ({
    locale,
    terms,
    tier,
    now: now.toISOString(),
  })
  const [inTitle, total] = await Promise.all([
    store.count(query('title')),
    store.count(query('all')),
  ])
  const end = Math.min(offset + limit, total)
  // A page past the last: nothing to read (a negative limit would read every match, on SQLite).
  if (end <= offset) return { hits: [], total }
  const [titleHits, restHits] = await Promise.all([
    offset < inTitle ? store.hits(query('title'), offset, Math.min(end, inTitle) - offset) : [],
    end > inTitle
      ? store.hits(query('rest'), Math.max(offset - inTitle, 0), end - Math.max(offset, inTitle))
      : [],
  ])
  return { hits: [...titleHits, ...restHits], total }
}
