// A script ended with code 13 from outside its own steps, as Node's module loader ends one.
import { stepsOf } from '../../../scripts/steps'

const step = stepsOf('The script ended by its loader')
step('requiring a module')
process.exit(13)
