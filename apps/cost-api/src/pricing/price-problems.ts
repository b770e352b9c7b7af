/** What the writes of an organization's model prices refuse, through either router (pricing, GenAI overrides). */
export const PRICE_CREATE_PROBLEMS = {
  409: 'The period overlaps one of the organization’s prices of the model (named)',
  422: 'Invalid body, or valid_to not after valid_from',
} as const;

export const PRICE_UPDATE_PROBLEMS = {
  403: 'A global price',
  409: 'The period has started or ended (history is kept), or would overlap another',
} as const;

export const PRICE_DELETE_PROBLEMS = {
  403: 'A global price',
  409: 'The period has started: close it with PATCH valid_to',
} as const;
