/**
 * Builds the pharmacies members fill at: a few real-chain storefronts per city plus each client's
 * home-delivery and specialty pharmacies, each with a made-up store number and NCPDP id.
 */
import type { Random } from './create-random';
import type { UsPlace } from './us-places';

/** A pharmacy claims and pharmacy transfers name. */
export interface Pharmacy {
  /** Position in the directory plus one; what claim rows store. */
  readonly id: number;
  readonly name: string;
  readonly ncpdpId: string;
}

/** All pharmacies of a run, and the lookups members are assigned from. */
export interface PharmacyDirectory {
  readonly all: readonly Pharmacy[];
  /** Storefronts in a city, keyed `City|ST`. */
  readonly retailByCity: ReadonlyMap<string, readonly Pharmacy[]>;
  readonly mailOrderByClient: ReadonlyMap<string, Pharmacy>;
  readonly specialtyByClient: ReadonlyMap<string, Pharmacy>;
}

const CHAINS: readonly (readonly [string, number])[] = [
  ['CVS Pharmacy', 30], ['Walgreens', 28], ['Walmart Pharmacy', 14], ['Rite Aid', 6], ['Kroger Pharmacy', 6],
  ['Costco Pharmacy', 4], ['Sam\'s Club Pharmacy', 2], ['Good Neighbor Pharmacy', 5], ['Health Mart', 5],
];

/** Creates the directory deterministically from the run's random source. */
export function createPharmacyDirectory(
  random: Random,
  placesByClient: Readonly<Record<string, readonly UsPlace[]>>,
  clients: readonly { readonly id: string; readonly shortName: string }[],
): PharmacyDirectory {
  const all: Pharmacy[] = [];
  const add = (name: string): Pharmacy => {
    const pharmacy = { id: all.length + 1, name, ncpdpId: String(random.int(1_000_000, 9_999_999)) };
    all.push(pharmacy);
    return pharmacy;
  };
  const retailByCity = new Map<string, Pharmacy[]>();
  for (const places of Object.values(placesByClient)) {
    for (const place of places) {
      const key = `${place.city}|${place.state}`;
      if (retailByCity.has(key)) continue;
      const count = 2 + Math.min(4, Math.round(place.weight / 2));
      const stores: Pharmacy[] = [];
      for (let i = 0; i < count; i += 1) {
        const chain = random.weighted(CHAINS);
        stores.push(add(chain === 'Good Neighbor Pharmacy' || chain === 'Health Mart'
          ? `${place.city} ${chain}`
          : `${chain} #${random.int(1000, 19_999)}`));
      }
      retailByCity.set(key, stores);
    }
  }
  const mailOrderByClient = new Map<string, Pharmacy>();
  const specialtyByClient = new Map<string, Pharmacy>();
  for (const client of clients) {
    mailOrderByClient.set(client.id, add(`${client.shortName} Home Delivery Pharmacy`));
    specialtyByClient.set(client.id, add(`${client.shortName} Specialty Pharmacy`));
  }
  return { all, retailByCity, mailOrderByClient, specialtyByClient };
}
