export * from './types';
export * from './validate';
export * from './search';
export * from './handover';
export * from './defaults';
