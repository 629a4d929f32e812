// Factories for test data: each test builds what it needs, with overrides, instead of sharing fixtures.
import type { App } from '../../src/app/index.ts';
import { localAdmin } from '../../src/core/actor.ts';
import type { ComponentInput, RecoveredItemInput } from '../../src/evidence/index.ts';

let n = 0;
const next = () => ++n;

export const actor = localAdmin;

export async function makeCase(app: App, title = `Test case ${next()} (synthetic test data)`) {
  return app.cases.create(actor, { title, summary: 'synthetic test data' });
}

export async function makeItem(app: App, caseId: number, overrides: Partial<RecoveredItemInput> = {}) {
  const i = next();
  return app.items.create(actor, {
    caseId,
    itemType: 'uav',
    externalRef: `T-${i}`,
    designationMarked: 'Testbird-1',
    serialNumber: `TB-${String(i).padStart(4, '0')}`,
    recoveredAt: '2024-03-07',
    latitude: 48.5,
    longitude: 35.1,
    country: 'UA',
    ...overrides,
  });
}

export async function makeComponent(app: App, itemId: number, overrides: Partial<ComponentInput> = {}) {
  return app.components.create(actor, {
    itemId,
    subsystem: 'flight_control',
    position: `U${next()}`,
    markingRaw: 'QZX32F4 / RGT6 / 2219 A3 / CHN',
    ...overrides,
  });
}
