// Public API of the comment classifier (issue 6). Pure: no network, no Node, no DOM.
export type { ClassifyInput, Classifier } from './classifier';
export { createClassifier, questionKey } from './classifier';
export type {
  BlockedAction,
  BlockedKind,
  BlockedTerm,
  ClassifierConfig,
  Sensitivity,
  TopicType,
} from './config';
export {
  DEFAULT_CLASSIFIER_CONFIG,
  DEFAULT_TYPE_KEYWORDS,
  SENSITIVITIES,
  TOPIC_TYPES,
  classifierConfigSchema,
  validateClassifierConfig,
} from './config';
export { DuplicateIndex } from './duplicates';
export type { DuplicateIndexOptions } from './duplicates';
