// Opens a Teardown instance: database (migrated), file store, and every service wired to it.
import { join } from 'node:path';
import {
  AccountsRepository,
  GrantsService,
  LoginThrottle,
  MemberService,
  SessionService,
  TokenService,
  UserService,
} from '../accounts/index.ts';
import { AttributionRepository, AttributionService, ProfileStore } from '../attribution/index.ts';
import { AuditRepository, AuditService } from '../audit/index.ts';
import { CatalogRepository, CatalogService, chplEntryOf, codesOfTier } from '../catalog/index.ts';
import { type Db, migrateToLatest, openDatabase } from '../db/index.ts';
import { EstimatesRepository, ProductionService } from '../estimates/index.ts';
import {
  AuditedWriter,
  CaseReader,
  CaseService,
  ComponentRepository,
  ComponentService,
  CustodyService,
  EvidenceFileService,
  FileStore,
  ItemRepository,
  ItemService,
  PartyRepository,
  PartyService,
  SearchRepository,
  SearchService,
  StatsRepository,
  StatsService,
  ThumbnailService,
} from '../evidence/index.ts';
import { ImportService, importJob } from '../imports/index.ts';
import { JobService, verifyJob } from '../jobs/index.ts';
import { MarkingsReview, MarkingsService, MarkingsViewsRepository } from '../markings/index.ts';
import { PublicationService, PublishingRepository, RestrictionService } from '../publishing/index.ts';
import { ExportService } from '../reports/index.ts';
import {
  RESCREEN_JOB,
  rescreenAfterImport,
  rescreenJob,
  ScreeningCache,
  ScreeningService,
  WatchlistService,
} from '../screening/index.ts';
import { type AppConfig, resolveConfig } from './app.config.ts';

export { type AppConfig, resolveConfig };

export interface App {
  config: AppConfig;
  db: Db;
  files: FileStore;
  audit: AuditService;
  auditLog: AuditRepository;
  writer: AuditedWriter;
  cases: CaseService;
  items: ItemService;
  components: ComponentService;
  evidenceFiles: EvidenceFileService;
  thumbnails: ThumbnailService;
  custody: CustodyService;
  parties: PartyService;
  search: SearchService;
  stats: StatsService;
  jobs: JobService;
  imports: ImportService;
  itemRepo: ItemRepository;
  componentRepo: ComponentRepository;
  exports: ExportService;
  reader: CaseReader;
  users: UserService;
  sessions: SessionService;
  tokens: TokenService;
  members: MemberService;
  grants: GrantsService;
  publications: PublicationService;
  restrictions: RestrictionService;
  markings: MarkingsService;
  markingsReview: MarkingsReview;
  catalog: CatalogService;
  watchlists: WatchlistService;
  screening: ScreeningService;
  attribution: AttributionService;
  production: ProductionService;
  close(): Promise<void>;
}

export async function openApp(config: AppConfig): Promise<App> {
  const db = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  const files = new FileStore(join(config.dataDir, 'files'));
  const audit = new AuditService(db.dialect);
  const writer = new AuditedWriter(db, audit);
  const itemRepo = new ItemRepository(db.dialect);
  const componentRepo = new ComponentRepository(db.dialect);
  const jobs = new JobService(db);
  const reader = new CaseReader(writer, { gridKm: config.publishedGridKm });
  const accounts = new AccountsRepository();
  const publishing = new PublishingRepository();
  const markings = new MarkingsService(writer);
  const watchlists = new WatchlistService(writer);
  const attributionRepo = new AttributionRepository(db.dialect);
  const app: App = {
    config,
    db,
    files,
    audit,
    auditLog: new AuditRepository(),
    writer,
    cases: new CaseService(writer),
    items: new ItemService(writer, itemRepo, reader),
    components: new ComponentService(writer, componentRepo, reader),
    evidenceFiles: new EvidenceFileService(writer, files, config.maxUploadBytes, reader),
    thumbnails: new ThumbnailService(reader, files, join(config.dataDir, 'thumbs')),
    custody: new CustodyService(writer, reader),
    parties: new PartyService(writer, new PartyRepository(db.dialect)),
    search: new SearchService(db, new SearchRepository(db.dialect)),
    stats: new StatsService(
      db,
      itemRepo,
      componentRepo,
      new StatsRepository(db.dialect),
      new AuditRepository(),
    ),
    jobs,
    imports: new ImportService(writer),
    itemRepo,
    componentRepo,
    exports: new ExportService(db, reader),
    reader,
    users: new UserService(writer, accounts),
    sessions: new SessionService(writer, accounts, new LoginThrottle(accounts), {
      idleMinutes: config.sessionIdleMinutes,
      maxHours: config.sessionMaxHours,
    }),
    tokens: new TokenService(writer, accounts),
    members: new MemberService(writer, accounts),
    grants: new GrantsService(db, accounts),
    publications: new PublicationService(writer, publishing),
    restrictions: new RestrictionService(writer, publishing),
    markings,
    markingsReview: new MarkingsReview(writer, markings, new MarkingsViewsRepository(db.dialect)),
    catalog: new CatalogService(writer, new CatalogRepository(db.dialect)),
    watchlists,
    screening: new ScreeningService(writer, watchlists.repo, new ScreeningCache(db, watchlists.repo)),
    attribution: new AttributionService(
      writer,
      attributionRepo,
      reader,
      new ProfileStore(writer, attributionRepo),
    ),
    production: new ProductionService(writer, new EstimatesRepository(db.dialect)),
    close: async () => {
      await jobs.stop();
      await db.close();
    },
  };
  jobs.register('import', importJob(app.imports));
  jobs.register('verify', verifyJob(app));
  jobs.register(RESCREEN_JOB, rescreenJob(app.screening));
  const rescreen = rescreenAfterImport(jobs);
  app.watchlists.onImported = async (actor, change) => {
    await rescreen(actor, change);
  };
  app.parties.onPartyChanged = async (actor, type, id) => {
    await app.screening.screenParty(actor, type, id);
  };
  app.components.markings = app.markings;
  app.imports.markings = app.markings;
  app.stats.tierOf = (hs6) => chplEntryOf(hs6)?.tier ?? null;
  app.components.tierCodes = codesOfTier;
  return app;
}
