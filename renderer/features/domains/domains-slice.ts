/** Which data domain the rep is reading; kept across members so a rep checking balances stays on that tab. */
import type { SliceTools } from '../../state/console-state';
import type { DomainId } from './domain-list';

/** The selected domain and the action that changes it. */
export interface DomainsSlice {
  readonly activeDomain: DomainId;
  selectDomain(id: DomainId): void;
}

/** Builds the domains slice; it holds only a view choice, so it never calls main. */
export function createDomainsSlice({ set }: Pick<SliceTools, 'set'>): DomainsSlice {
  return {
    activeDomain: 'eligibility',
    selectDomain(id) {
      set({ activeDomain: id });
    },
  };
}
