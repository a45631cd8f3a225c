export * from './tags';
export * from './mute';
export * from './history';
export { VIEWER_COMMAND_NAMES, VIEWER_EVENT_NAMES } from './names';
