// Lighthouse for the bench: Beacon's pages through the site's nginx, as readers get them (nginx
// compresses; the app itself does not, so measuring the app would count 2.5 times the bytes), and
// the peer's pages for the same roles, as its own server (which compresses) sends them.
import { lighthouseScores, type Scores } from '../lighthouse'
import { PEER_URL, pages, peerPages } from './pages'

const lighthousePages = ['home', 'release', 'news list', 'press room'] as const

export type LighthouseReport = Record<string, Scores>

export const runLighthouse = async (frontDoorUrl: string): Promise<LighthouseReport> => {
  const report: LighthouseReport = {}
  for (const name of lighthousePages) {
    report[name] = await lighthouseScores(`${frontDoorUrl}${pages[name]}`)
    if (PEER_URL && peerPages[name])
      report[`${name} (template)`] = await lighthouseScores(`${PEER_URL}${peerPages[name]}`)
  }
  return report
}

export const printLighthouse = (report: LighthouseReport) => {
  if (!Object.keys(report).length) return
  console.log(
    '\nLighthouse (mobile, simulated throttling; Beacon through nginx; aim: 100 in each)\n',
  )
  console.table(
    Object.fromEntries(
      Object.entries(report).map(([name, { missed, ...scores }]) => [name, scores]),
    ),
  )
  for (const [name, { missed }] of Object.entries(report))
    if (missed.length) console.log(`${name}: ${missed.join('; ')}`)
}
