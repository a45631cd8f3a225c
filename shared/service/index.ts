export * from './types';
export { DEFAULT_SERVICE_RULES, DEFAULT_FORBIDDEN, DEFAULT_QUICK_REPLIES } from './defaults';
export { checkReply, applySuggestion, patternSource, reasonIn } from './check';
export { rankQuickReplies, categoryOrder, CATEGORY_LABELS } from './quickReplies';
export { validateServiceRules, serviceRulesSchema, placeOf, type ValidateResult } from './validate';
