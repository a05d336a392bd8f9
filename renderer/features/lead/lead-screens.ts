/**
 * The team-lead screens, each loaded only when a team lead opens it: a rep's start-up bundle never
 * carries them (bench: renderer.initial_js_gzip_kb). Nothing in rep start-up code may import the
 * screens themselves; import this registry and call `load()`.
 */
import type { ComponentType } from 'react';

export type LeadScreenId = 'approvals' | 'floor' | 'audit';

/** One lazily loaded screen of the team area. */
export interface LeadScreen {
  readonly id: LeadScreenId;
  readonly label: string;
  readonly load: () => Promise<{ default: ComponentType }>;
}

export const LEAD_SCREENS: readonly LeadScreen[] = [
  { id: 'approvals', label: 'Approvals queue', load: () => import('../approvals/approvals-screen') },
  { id: 'floor', label: 'Floor board', load: () => import('../floor/floor-board') },
  { id: 'audit', label: 'Audit trail', load: () => import('../audit/audit-screen') },
];
