// Markings: reads what is printed on a part (maker, part number, date code, lot, country of
// assembly) with its confidence, flags remarked, generic and clone parts, never invents a date, and
// resolves maker names to the one organization each stands for.

export { createEngine, type MarkingEngine, referenceData, referenceEngine } from './markings.engine.ts';
export { MarkingsReview } from './markings.review.ts';
export { registerMarkingsRoutes } from './markings.routes.ts';
export { MarkingsService } from './markings.service.ts';
export * from './markings.types.ts';
export { MarkingsViewsRepository } from './markings.views.repository.ts';
