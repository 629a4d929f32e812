// Production estimates of stored items: each assessed designation's serials, read with its serial
// pattern and estimated by the production core, compared with the declared targets analysts record.
// Patterns and targets are shared reference data. Past production only; no forecast.
export { EstimatesRepository } from './estimates.repository.ts';
export { registerEstimateRoutes } from './estimates.routes.ts';
export {
  Designation,
  designationKey,
  ProductionAssessment,
  ProductionQuery,
  ProductionTarget,
  SerialPattern,
} from './estimates.schema.ts';
export { ProductionService } from './production.service.ts';
