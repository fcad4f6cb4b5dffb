import { randomBytes } from 'node:crypto'

// 32 random bytes: 43 URL-safe characters, far beyond guessing.
export const newPreviewToken = (): string => randomBytes(32).toString('base64url')

export const isPreviewTokenShape = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value)
