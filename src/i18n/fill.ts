export type FillValues = Record<string, string | number>

/** A message with its {placeholders} filled; an unknown one is left as written. */
export const fill = (template: string, values: FillValues = {}): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
