// The pure deadline core: policy, lifecycle state machine, outcomes, labels.
export * from './types';
export * from './policy';
export * from './lifecycle';
export * from './stats';
export * from './labels';
