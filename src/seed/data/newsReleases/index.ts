import type { NewsReleaseSeed } from '../../types'
import { newsReleasesPart1 } from './part1'
import { newsReleasesPart2 } from './part2'
import { embargoedNewsReleases } from './embargoed'

export const newsReleases: NewsReleaseSeed[] = [...newsReleasesPart1, ...newsReleasesPart2, ...embargoedNewsReleases]
