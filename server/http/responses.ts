import { commonErrorResponses, errorBodySchema } from './errors.js';

/** Errors a versioned write may answer with. */
export const writeErrorResponses = { ...commonErrorResponses, 409: errorBodySchema, 412: errorBodySchema, 428: errorBodySchema };
