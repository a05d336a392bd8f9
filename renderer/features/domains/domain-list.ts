/** The seven data domains in tab order; the tabs, Alt+1…Alt+7 and the command palette all read this list. */
export const DOMAIN_LIST = [
  { id: 'eligibility', label: 'Member & eligibility' },
  { id: 'participation', label: 'Participation' },
  { id: 'billing', label: 'Balance & bills' },
  { id: 'payments', label: 'Payments & autopay' },
  { id: 'refunds', label: 'Refunds' },
  { id: 'claims', label: 'Claims' },
  { id: 'contacts', label: 'Contact history' },
] as const;

/** The id of one data domain. */
export type DomainId = (typeof DOMAIN_LIST)[number]['id'];
