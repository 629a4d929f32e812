// Publishing cases: a publication approved by a second member, records marked restricted, and the
// replies of named companies. What a published view leaves out is decided in evidence.published.ts.
export { PublicationService, toPublication } from './publication.service.ts';
export { PublishingRepository } from './publishing.repository.ts';
export { registerPublishingRoutes } from './publishing.routes.ts';
export * from './publishing.schema.ts';
export { RestrictionService } from './restriction.service.ts';
