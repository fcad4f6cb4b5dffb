import { randomBytes } from 'node:crypto'

// 32 random bytes: 43 URL-safe characters, far beyond guessing.
export const newEmbargoLinkToken = (): string => randomBytes(32).toString('base64url')

export const isEmbargoLinkTokenShape = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value)
