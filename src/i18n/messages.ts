import en from '../../messages/en.json' with { type: 'json' }
import es from '../../messages/es.json' with { type: 'json' }
import ja from '../../messages/ja.json' with { type: 'json' }
import type { Locale } from './locales'

export type Messages = typeof en

/** Every user-facing string, per language (messages/*.json); the one place they are loaded. */
export const messages: Record<Locale, Messages> = { en, ja, es }
