// Which database a process uses follows DATABASE_URI; the same config serves SQLite and MongoDB.
import { afterEach, describe, expect, it } from '@jest/globals'
import { databaseAdapter } from '@/db/adapter'
import { DEFAULT_SQLITE_URI, databaseUri, isMongoUri } from '@/db/databaseUri'

const original = process.env.DATABASE_URI
afterEach(() => {
  process.env.DATABASE_URI = original
})

describe('databaseUri', () => {
  it('defaults to the embedded SQLite file', () => {
    delete process.env.DATABASE_URI
    expect(databaseUri()).toBe(DEFAULT_SQLITE_URI)
    process.env.DATABASE_URI = '   '
    expect(databaseUri()).toBe(DEFAULT_SQLITE_URI)
  })

  it.each([
    ['mongodb://localhost:27017/beacon', true],
    ['mongodb+srv://cluster.example.org/beacon', true],
    ['file:./data/beacon.db', false],
    ['postgres://localhost/beacon', false],
    ['', false],
  ])('%s is MongoDB: %s', (uri, expected) => {
    expect(isMongoUri(uri)).toBe(expected)
  })
})

describe('databaseAdapter', () => {
  it('chooses MongoDB for a mongodb:// URI and SQLite otherwise, without connecting', async () => {
    process.env.DATABASE_URI = 'mongodb://127.0.0.1:1/beacon?replicaSet=rs0'
    expect((await databaseAdapter()).name).toBe('mongoose')
    process.env.DATABASE_URI = 'mongodb+srv://cluster.example.org/beacon'
    expect((await databaseAdapter()).name).toBe('mongoose')
    process.env.DATABASE_URI = 'file:/tmp/beacon-adapter-check/test.db'
    expect((await databaseAdapter()).name).toBe('sqlite')
  })
})

describe('MongoDB collection names', () => {
  it('keeps embargo links in the collection they were stored in as preview links, without connecting', async () => {
    const { default: configPromise } = await import('@payload-config')
    const config = await configPromise
    process.env.DATABASE_URI = 'mongodb://127.0.0.1:1/beacon'
    const db = (await databaseAdapter()).init({
      payload: { config, collections: {} } as never,
    }) as unknown as {
      init: () => Promise<void>
      collections: Record<string, { collection: { collectionName: string } }>
    }
    await db.init()
    expect(db.collections['embargo-links'].collection.collectionName).toBe('preview-links')
    expect(db.collections['news-releases'].collection.collectionName).toBe('news-releases')
  })
})
