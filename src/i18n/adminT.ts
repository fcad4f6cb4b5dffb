import type en from '../../messages/en.json'

export type AdminTranslationKey = `beacon:${keyof (typeof en)['Admin']}`

/** Payload's `t`, typed for Beacon's keys (Payload's own type knows only its built-in ones). */
export type AdminT = (key: AdminTranslationKey, vars?: Record<string, unknown>) => string
export const adminT = (t: unknown): AdminT => t as AdminT
