/** The live hint under the search field: which key the rep's text reads as, before they press Enter. */
import { SEARCH_KEY_LABELS, type ParsedSearchText } from '../../../shared/domain/member-search';

const PROMPT = 'Search by MBI, member ID, phone, or last name and date of birth.';

/** A detected key reads "Searching by MBI"; text with no key (a card number) shows the parser's warning at once. */
export function describeSearchHint(text: string, parsed: ParsedSearchText): string {
  if (text.trim() === '') return PROMPT;
  if (parsed.ok) return `Searching by ${SEARCH_KEY_LABELS[parsed.query.by]}`;
  return parsed.key ? `Searching by ${SEARCH_KEY_LABELS[parsed.key]}` : parsed.message;
}
