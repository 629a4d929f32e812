// Stored rows → API objects. Columns are snake_case text and JSON; the API speaks camelCase objects.
import type { Selectable } from 'kysely';
import type {
  CasesTable,
  ComponentsTable,
  CustodyEventsTable,
  EvidenceFilesTable,
  OrganizationsTable,
  PersonsTable,
  RecoveredItemsTable,
} from '../db/index.ts';
import type {
  Case,
  Component,
  CustodyEvent,
  EvidenceFile,
  Organization,
  Person,
  RecoveredItem,
} from './evidence.schema.ts';

const json = <T>(s: string | null, fallback: T): T => (s ? (JSON.parse(s) as T) : fallback);

export function toCase(r: Selectable<CasesTable>): Case {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    status: r.status,
    isDemo: r.is_demo === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export function toItem(r: Selectable<RecoveredItemsTable>): RecoveredItem {
  return {
    id: r.id,
    caseId: r.case_id,
    externalRef: r.external_ref,
    itemType: r.item_type as RecoveredItem['itemType'],
    designationMarked: r.designation_marked,
    designationAssessed: r.designation_assessed,
    designationAssessment: json(r.designation_assessment, null),
    serialNumber: r.serial_number,
    markings: r.markings,
    recoveredAt: r.recovered_at,
    recoveredPrecision: r.recovered_precision as RecoveredItem['recoveredPrecision'],
    latitude: r.latitude,
    longitude: r.longitude,
    placeName: r.place_name,
    country: r.country,
    condition: r.condition,
    source: r.source,
    observation: r.observation as RecoveredItem['observation'],
    sourceReliability: r.source_reliability as RecoveredItem['sourceReliability'],
    notes: r.notes,
    tags: json<string[] | null>(r.tags, null),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export function toComponent(r: Selectable<ComponentsTable>): Component {
  return {
    id: r.id,
    caseId: r.case_id,
    itemId: r.item_id,
    parentId: r.parent_id,
    subsystem: r.subsystem as Component['subsystem'],
    position: r.position,
    category: r.category,
    quantity: r.quantity,
    markingRaw: r.marking_raw,
    maker: r.maker,
    makerOrgId: r.maker_org_id,
    partNumber: r.part_number,
    dateCode: r.date_code,
    lotCode: r.lot_code,
    serial: r.serial,
    countryOfAssembly: r.country_of_assembly,
    partId: r.part_id,
    dateEarliest: r.date_earliest,
    dateLatest: r.date_latest,
    dateAmbiguous: r.date_ambiguous === 1,
    markingFlags: json(r.marking_flags, []),
    markingConfidence: r.marking_confidence,
    fieldOrigins: json(r.field_origins, {}),
    evidenceFileId: r.evidence_file_id,
    photoRegion: json(r.photo_region, null),
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export function toEvidenceFile(r: Selectable<EvidenceFilesTable>): EvidenceFile {
  return {
    id: r.id,
    caseId: r.case_id,
    itemId: r.item_id,
    componentId: r.component_id,
    sha256: r.sha256,
    size: r.size,
    mediaType: r.media_type,
    originalName: r.original_name,
    capturedAt: r.captured_at,
    gpsLatitude: r.gps_latitude,
    gpsLongitude: r.gps_longitude,
    exif: json(r.exif, null),
    description: r.description,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export function toCustodyEvent(r: Selectable<CustodyEventsTable>): CustodyEvent {
  return {
    id: r.id,
    caseId: r.case_id,
    itemId: r.item_id,
    evidenceFileId: r.evidence_file_id,
    occurredAt: r.occurred_at,
    action: r.action as CustodyEvent['action'],
    fromParty: r.from_party,
    toParty: r.to_party,
    place: r.place,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

function partyBase(r: Selectable<OrganizationsTable> | Selectable<PersonsTable>) {
  return {
    id: r.id,
    name: r.name,
    aliases: json<string[]>(r.aliases, []),
    countries: json<string[]>(r.countries, []),
    identifiers: json<Organization['identifiers']>(r.identifiers, []),
    addresses: json<Organization['addresses']>(r.addresses, []),
    roles: json<Organization['roles']>(r.roles, []),
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export function toOrganization(r: Selectable<OrganizationsTable>): Organization {
  return { ...partyBase(r), formerNames: json<string[]>(r.former_names, []), parentId: r.parent_id };
}

export function toPerson(r: Selectable<PersonsTable>): Person {
  return { ...partyBase(r), birthDate: r.birth_date };
}
