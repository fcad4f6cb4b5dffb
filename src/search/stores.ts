import type { Payload } from 'payload'
import { mongoStore } from './mongo'
import { sqliteStore } from './sqlite'
import type { SearchStore } from './store'

const opened = new WeakMap<Payload, SearchStore>()

/** The search index of Payload's database: MongoDB's or SQLite's, by the adapter in use. */
export const searchStore = (payload: Payload): SearchStore => {
  let store = opened.get(payload)
  if (!store) {
    store = payload.db.name === 'mongoose' ? mongoStore(payload) : sqliteStore(payload)
    opened.set(payload, store)
  }
  return store
}
