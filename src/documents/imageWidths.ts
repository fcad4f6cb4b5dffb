// The widths, in pixels, each image upload is also stored in (WebP), for the pages' srcset: 80 for
// the header's logo (40 CSS px, up to 2x); for the release hero, which is at most the text column
// (42rem, 672 CSS px), 400 for phones at 1x, 672 for 1x (and phones at 1.75x, as Lighthouse's),
// 1008 for 1.5x and 1344 for 2x (and phones at 3x).
export const responsiveWidths = [80, 400, 672, 1008, 1344] as const

/** The name of the image size holding one of those widths (Payload's `sizes` key). */
export const widthSizeName = (width: (typeof responsiveWidths)[number]) => `w${width}` as const
