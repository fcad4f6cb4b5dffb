/** A label or description in each admin language. */
export const tr = (en: string, ja: string, es: string) => ({ en, ja, es })
