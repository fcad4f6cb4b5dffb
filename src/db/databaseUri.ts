// The one place that decides which database a process uses.
export const DEFAULT_SQLITE_URI = 'file:./data/beacon.db'

export const isMongoUri = (uri: string | undefined): boolean =>
  /^mongodb(\+srv)?:\/\//.test(uri ?? '')

export const databaseUri = (): string => process.env.DATABASE_URI?.trim() || DEFAULT_SQLITE_URI
