import * as migration_20261122_113034_initial from './20261122_113034_initial';

export const migrations = [
  {
    up: migration_20261122_113034_initial.up,
    down: migration_20261122_113034_initial.down,
    name: '20261122_113034_initial'
  },
];
