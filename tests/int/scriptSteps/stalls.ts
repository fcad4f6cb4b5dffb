// A script whose top-level await never settles: nothing is left for the event loop to run.
import { stepsOf } from '../../../scripts/steps'

const step = stepsOf('The stalling script')
step('waiting for a promise nobody resolves')
await new Promise(() => {})
process.exit(0)
