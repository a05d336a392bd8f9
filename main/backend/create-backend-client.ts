/**
 * The payer backend's client: the service client over the backend's route table (shared/api/routes.ts),
 * signed with the session's token. The payment processor has its own (create-processor-client.ts).
 */
import { apiRoutes, type ApiRouteName, type ApiRoutes } from '../../shared/api/routes';
import { createServiceClient, type ServiceClient, type ServiceClientOptions, type ServiceFailureReport } from './create-service-client';

export type BackendClientOptions = Omit<ServiceClientOptions, 'serviceName' | 'isEveryDeclaredErrorAnOutcome' | 'onFailure'> & {
  /** Told of failures IT must look into (the backend broke or broke the contract), for the log. */
  readonly onFailure?: (report: BackendFailureReport) => void;
};

/** A ServiceFailureReport naming one of the backend's routes. */
export interface BackendFailureReport extends ServiceFailureReport {
  readonly route: ApiRouteName;
}

/** The client every service reaches the payer backend through. */
export type BackendClient = ServiceClient<ApiRoutes>;

/** Creates a client bound to one backend base URL. */
export function createBackendClient(options: BackendClientOptions): BackendClient {
  const { onFailure, ...rest } = options;
  return createServiceClient(apiRoutes, {
    ...rest,
    serviceName: 'payer backend',
    ...(onFailure ? { onFailure: (report: ServiceFailureReport) => onFailure(report as BackendFailureReport) } : {}),
  });
}
