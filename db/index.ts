export { openDb } from './open';
export type { OpenOptions } from './open';
export { migrate, LATEST_VERSION, userVersion, NewerDatabaseError } from './migrations/index';
export * from './queries/sessions';
export * from './queries/comments';
export * from './queries/questions';
export * from './queries/stageCounts';
