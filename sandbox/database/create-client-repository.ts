/** The white-label clients, read once: they change only when the database is reseeded. */
import type { Client } from '../../shared/domain/client';
import type { SandboxDatabase } from './open-database';

/** Clients as the server serves them. */
export interface ClientRepository {
  /** In seed order (the team's fixed order), not alphabetical. */
  list(): readonly Client[];
  get(id: string): Client | undefined;
}

/** Loads the clients table into memory. */
export function createClientRepository(db: SandboxDatabase): ClientRepository {
  const clients = db
    .prepare<[], Client>(`SELECT id, name, short_name AS shortName, member_id_prefix AS memberIdPrefix, brand_color AS brandColor,
      member_services_phone AS memberServicesPhone FROM clients ORDER BY position`)
    .all();
  const byId = new Map(clients.map((c) => [c.id, c]));
  return { list: () => clients, get: (id) => byId.get(id) };
}
