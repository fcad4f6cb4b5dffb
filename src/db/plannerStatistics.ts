import type { Client } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

/**
 * SQLite plans each query from statistics on its indexes (ANALYZE); without them it takes any
 * equality to match a few rows. The public news list (published, newest first, a page) was then
 * answered by reading every published release to sort them all, rather than by walking the date
 * index and stopping after a page. Gathered on every connect, after the migrations. ANALYZE reads
 * each index once (2,000 releases: about 25 ms of CPU); sampling them (analysis_limit) misjudged
 * the status index and kept the slow plan. What the plans need is how selective each index is,
 * which holds as the content grows.
 */
export const withPlannerStatistics = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const connect = db.connect?.bind(db)
    db.connect = async (options) => {
      await connect?.(options)
      const { client } = db as unknown as { client?: Client }
      await client?.execute('ANALYZE')
    }
    return db
  },
})
