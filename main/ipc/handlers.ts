/** The handler table every host binds: one function per contract channel, so a missing one fails the build. */
import type { InvokeChannel, InvokeOutput, InvokeParsedInput } from '../../shared/ipc/contract';

export type InvokeHandlers = {
  [C in InvokeChannel]: (input: InvokeParsedInput<C>) => Promise<InvokeOutput<C>>;
};
