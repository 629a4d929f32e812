// Opens a Teardown instance: database (migrated), file store, and every service wired to it.
import { join } from 'node:path';
import { AuditRepository, AuditService } from '../audit/index.ts';
import { type Db, migrateToLatest, openDatabase } from '../db/index.ts';
import {
  AuditedWriter,
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
  StatsService,
} from '../evidence/index.ts';
import { ImportService, importJob } from '../imports/index.ts';
import { JobService, verifyJob } from '../jobs/index.ts';
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
  custody: CustodyService;
  parties: PartyService;
  search: SearchService;
  stats: StatsService;
  jobs: JobService;
  imports: ImportService;
  itemRepo: ItemRepository;
  componentRepo: ComponentRepository;
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
  const app: App = {
    config,
    db,
    files,
    audit,
    auditLog: new AuditRepository(),
    writer,
    cases: new CaseService(writer),
    items: new ItemService(writer, itemRepo),
    components: new ComponentService(writer, componentRepo),
    evidenceFiles: new EvidenceFileService(writer, files, config.maxUploadBytes),
    custody: new CustodyService(writer),
    parties: new PartyService(writer, new PartyRepository(db.dialect)),
    search: new SearchService(db, new SearchRepository(db.dialect)),
    stats: new StatsService(db, itemRepo, componentRepo),
    jobs,
    imports: new ImportService(writer),
    itemRepo,
    componentRepo,
    close: async () => {
      await jobs.stop();
      await db.close();
    },
  };
  jobs.register('import', importJob(app.imports));
  jobs.register('verify', verifyJob(app));
  return app;
}
