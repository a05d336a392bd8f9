/**
 * Who a synthetic member is: name, birth date, address, phone, email and language, with households
 * (a spouse at the same address, often on the same phone) the way real member files have them.
 */
import type { Address } from '../../shared/domain/member';
import { isoDates } from '../calendar/iso-dates';
import type { Random } from './create-random';
import { OTHER_LANGUAGES, PERSON_NAMES, type NameGroup } from './person-names';
import type { UsPlace } from './us-places';

/** A person, before any Medicare data: what a household shares is copied from it. */
export interface Identity {
  readonly firstName: string;
  readonly middleInitial: string | null;
  readonly lastName: string;
  readonly sex: 'F' | 'M';
  readonly dateOfBirth: string;
  readonly phone: string;
  readonly email: string | null;
  readonly address: Address;
  readonly preferredLanguage: string;
  readonly group: NameGroup;
}

const STREETS = `Main St, Oak Ave, Maple Dr, Cedar Ln, Elm St, Washington Ave, Lincoln Rd, Park Ave, Lakeview Dr,
  Sunset Blvd, Hillcrest Dr, Pine St, Birch Ct, Willow Way, Riverside Dr, Meadow Ln, Ridge Rd, 2nd St, 3rd Ave,
  5th St, Jefferson St, Highland Ave, Forest Dr, Spring St, Church St, Chestnut St, Walnut St, Prairie View Rd,
  Country Club Dr, Harbor Blvd, Palm Ave, Bay Shore Dr, Magnolia Ln, Dogwood Ct, Juniper Way, Aspen Ct, Sycamore Dr,
  Orchard Ln, Mill Rd, Sherwood Dr, Fairview Ave, Greenbriar Ln, Kingston Ct, Brookside Dr, Coral Way, Mesa Verde Dr,
  Canyon Rd, Evergreen Ter, Heritage Ln, Pleasant St, Grove St, Summit Ave, Valley View Rd, Union St, Franklin Ave`
  .split(/\s*,\s*/);

/** Birth-year weights: fewer of the oldest members, a bulge of people in their late 60s and 70s. */
function pickBirthYear(random: Random): number {
  const roll = random.next();
  if (roll < 0.06) return random.int(1932, 1939);
  if (roll < 0.3) return random.int(1940, 1949);
  if (roll < 0.95) return random.int(1950, 1960);
  return 1961;
}

function pickDateOfBirth(random: Random): string {
  const year = pickBirthYear(random);
  return isoDates.addDays(`${year}-01-01`, random.int(0, isoDates.daysBetween(`${year}-01-01`, `${year}-12-31`)));
}

function pickAddress(random: Random, place: UsPlace): Address {
  const roll = random.next();
  const line2 = roll < 0.08 ? `Apt ${random.int(1, 24)}${random.pick(['A', 'B', 'C', 'D'])}`
    : roll < 0.11 ? `Unit ${random.int(100, 420)}` : roll < 0.12 ? `Lot ${random.int(1, 180)}` : null;
  return {
    line1: `${random.int(100, 9899)} ${random.pick(STREETS)}`,
    line2,
    city: place.city,
    state: place.state,
    zip: random.chance(0.15) ? `${random.pick(place.zips)}-${String(random.int(1000, 9999))}` : random.pick(place.zips),
  };
}

function pickEmail(random: Random, first: string, last: string, dateOfBirth: string): string | null {
  const isUnder75 = dateOfBirth >= '1952-01-01';
  if (!random.chance(isUnder75 ? 0.5 : 0.22)) return null;
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  const local = random.chance(0.5) ? `${clean(first)}.${clean(last)}` : `${clean(first).slice(0, 1)}${clean(last)}${random.int(1, 99)}`;
  return `${local}@${random.pick(['example.com', 'example.net', 'example.org'])}`;
}

function pickLanguage(random: Random, group: NameGroup): string {
  if (group.language && random.chance(group.language[1])) return group.language[0];
  if (random.chance(0.02)) return random.chance(0.5) ? 'Spanish' : random.pick(OTHER_LANGUAGES);
  return 'English';
}

/**
 * A new member, or — when `spouseOf` is given — that member's spouse sharing the household (and, more
 * often than not, the phone). `newPhone` hands out a number no other member has.
 */
export function generateIdentity(random: Random, place: UsPlace, spouseOf: Identity | null, newPhone: () => string): Identity {
  const group = spouseOf && random.chance(0.85) ? spouseOf.group : random.weighted(PERSON_NAMES);
  const sex = spouseOf ? (spouseOf.sex === 'F' ? 'M' : 'F') : random.chance(0.56) ? 'F' : 'M';
  const firstName = random.pick(sex === 'F' ? group.female : group.male);
  const lastName = spouseOf && random.chance(0.85) ? spouseOf.lastName : random.pick(group.last);
  const dateOfBirth = spouseOf
    ? isoDates.min('1961-12-31', isoDates.max('1932-01-01', isoDates.addDays(spouseOf.dateOfBirth, random.int(-2400, 2400))))
    : pickDateOfBirth(random);
  return {
    firstName,
    middleInitial: random.chance(0.7) ? String.fromCharCode(65 + random.int(0, 25)) : null,
    lastName,
    sex,
    dateOfBirth,
    phone: spouseOf && random.chance(0.7) ? spouseOf.phone : newPhone(),
    email: pickEmail(random, firstName, lastName, dateOfBirth),
    address: spouseOf ? spouseOf.address : pickAddress(random, place),
    preferredLanguage: spouseOf && random.chance(0.9) ? spouseOf.preferredLanguage : pickLanguage(random, group),
    group,
  };
}
