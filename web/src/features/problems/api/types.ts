// The problems API's shapes, inferred from the server's zod schemas by type-only import (nothing reaches the bundle).
import type { z } from 'zod';
import type { indicatorSchema } from '#server/modules/indicators/indicators.schemas.js';
import type {
  chainActivitySchema,
  chainCauseSchema,
  createCauseBody,
  createProblemBody,
  linkActivityBody,
  problemCauseSchema,
  problemWithChainSchema,
  updateCauseBody,
  updateProblemBody,
} from '#server/modules/problems/problems.schemas.js';

export type Problem = z.infer<typeof problemWithChainSchema>;
export type ProblemPriority = Problem['priority'];
export type ProblemCause = z.infer<typeof problemCauseSchema>;
export type ChainCause = z.infer<typeof chainCauseSchema>;
export type CauseKind = ProblemCause['kind'];
export type ChainActivity = z.infer<typeof chainActivitySchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type CreateProblemInput = z.input<typeof createProblemBody>;
export type UpdateProblemInput = z.input<typeof updateProblemBody>;
export type CreateCauseInput = z.input<typeof createCauseBody>;
export type UpdateCauseInput = z.input<typeof updateCauseBody>;
export type LinkActivityInput = z.input<typeof linkActivityBody>;

export const priorities: readonly ProblemPriority[] = ['high', 'medium', 'low'];
export const causeKinds: readonly CauseKind[] = ['cause', 'risk_factor', 'protective_factor'];
