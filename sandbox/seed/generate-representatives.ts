/**
 * The people on file who may act for a member — about one member in five has one: an appointed
 * representative (CMS-1696, valid one year from signing, so some have lapsed by the as-of date) or a
 * personal representative under state law (durable power of attorney or guardianship, open-ended).
 */
import type { Representative } from '../../shared/domain/representatives';
import { formatIsoDate } from '../../shared/lib/dates';
import { isoDates } from '../calendar/iso-dates';
import type { IdentifierFactory } from './create-identifier-factory';
import type { Random } from './create-random';
import type { Identity } from './generate-identity';

const FAMILY: Readonly<Record<string, 'F' | 'M' | null>> = { Daughter: 'F', Son: 'M', Niece: 'F', Nephew: 'M', Sister: 'F', Brother: 'M', Spouse: null };
const APPOINTED = ['Daughter', 'Son', 'Spouse', 'Niece', 'Nephew', 'Sister', 'Brother', 'Friend'];
const POWER_OF_ATTORNEY = ['Daughter', 'Son', 'Spouse', 'Attorney'];

function pickName(random: Random, member: Identity, relationship: string): string {
  const sex = relationship === 'Spouse' ? (member.sex === 'F' ? 'M' : 'F') : (FAMILY[relationship] ?? (random.chance(0.5) ? 'F' : 'M'));
  const first = random.pick(sex === 'F' ? member.group.female : member.group.male);
  const isFamily = relationship in FAMILY;
  return `${first} ${isFamily && random.chance(0.7) ? member.lastName : random.pick(member.group.last)}`;
}

function one(random: Random, ids: IdentifierFactory, member: Identity, asOf: string): Representative {
  const id = ids.representativeId();
  if (random.chance(0.55)) {
    const relationship = random.pick(APPOINTED);
    const signedOn = isoDates.addDays(asOf, -random.int(5, 540));
    // Valid one year from signing: expiresOn is the day the appointment lapses.
    const expiresOn = isoDates.dateOf(isoDates.yearOf(signedOn) + 1, isoDates.monthOf(signedOn), isoDates.dayOf(signedOn));
    return { id, name: pickName(random, member, relationship), kind: 'appointed', relationship, document: `CMS-1696 signed ${formatIsoDate(signedOn)}`, expiresOn };
  }
  const filedOn = isoDates.addDays(asOf, -random.int(30, 2_500));
  if (random.chance(0.25)) {
    return { id, name: pickName(random, member, 'Guardian'), kind: 'personal', relationship: 'Court-appointed guardian', document: `Court order of guardianship, filed ${formatIsoDate(filedOn)}`, expiresOn: null };
  }
  const relationship = random.pick(POWER_OF_ATTORNEY);
  return { id, name: pickName(random, member, relationship), kind: 'personal', relationship, document: `Durable power of attorney, filed ${formatIsoDate(filedOn)}`, expiresOn: null };
}

/** None for most members; one, now and then two, for about a fifth of them. */
export function generateRepresentatives(random: Random, ids: IdentifierFactory, member: Identity, asOf: string): Representative[] {
  if (!random.chance(0.2)) return [];
  return random.chance(0.08) ? [one(random, ids, member, asOf), one(random, ids, member, asOf)] : [one(random, ids, member, asOf)];
}
