/**
 * The payment processor's client: the service client over the processor's route table, on its own
 * base URL and timeout from policy. It never signs with the rep's session (the processor is not the
 * payer backend and must not see its token), never retries (a card is sent once per Enter), and treats
 * the processor's declared codes (CARD_NUMBER_INVALID…) as outcomes about the card, not faults.
 */
import { processorRoutes, type ProcessorRoutes } from '../../shared/api/processor-routes';
import { createServiceClient, type ServiceClient, type ServiceFailureReport } from './create-service-client';

/** The client the tokenizer reaches the processor through. */
export type ProcessorClient = ServiceClient<ProcessorRoutes>;

/** Where the processor is, how long to wait for it, and where its faults are reported (route and status only). */
export interface ProcessorClientOptions {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly onFailure?: (report: ServiceFailureReport) => void;
}

/** Creates the processor's client. */
export function createProcessorClient(options: ProcessorClientOptions): ProcessorClient {
  return createServiceClient(processorRoutes, {
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    maxRetries: 0,
    getToken: () => null,
    serviceName: 'payment processor',
    isEveryDeclaredErrorAnOutcome: true,
    ...(options.onFailure ? { onFailure: options.onFailure } : {}),
  });
}
